// Analysis stage: the extractive executive summary — sentences quoted verbatim, chosen by LexRank
// centrality weighted by how many sources carry the same point and how well the sentence reads alone;
// each point is given in its most readable wording, never twice, ordered what-happened first, and
// cites only the source paragraphs that carry the same key content (see support.ts).
import type { Article } from '../../content/types.js';
import type { Discrepancy, Figure, SummarySentence } from '../types.js';
import { candidateSentences, type Candidate } from './candidates.js';
import { figuresStated, sharedFigures, weighFigures } from './figureNotes.js';
import { lexRank, similarityGraph, type Graph } from './lexrank.js';
import { readingOrder } from './order.js';
import { pointTerms } from './points.js';
import { keyContent, keyWeights, supportStrength } from './support.js';
import { cosine, tfidf } from './terms.js';
import { touchedDiscrepancies } from './touches.js';

/** Summary length: up to seven sentences, at least five when the sources say that much. */
const SENTENCES = 7;
const MIN_SENTENCES = 5;
/** Beyond the minimum, a point scoring below this share of the best one is an aside, left out. */
const ASIDE = 0.15;
/** Cosine at which a candidate repeats a sentence already chosen. */
const REDUNDANT = 0.45;
/** Share of a candidate's content words already said by the chosen sentences that makes it a repeat. */
const COVERED = 0.6;
/** MMR trade-off between importance and novelty. */
const LAMBDA = 0.7;

export function summarize(articles: Article[], discrepancies: Discrepancy[], figures: Figure[] = []): SummarySentence[] {
  const all = candidateSentences(articles);
  const allStated = figuresStated(all, figures);
  const kept = all.map((c, i) => weighFigures(c, allStated[i]));
  const cands = all.filter((_, i) => kept[i]);
  const stated = allStated.filter((_, i) => kept[i]);
  if (cands.length === 0) return [];
  const points = cands.map((c) => pointTerms(c.text));
  const vectors = tfidf(points);
  const graph = similarityGraph(vectors);
  const centrality = lexRank(graph);
  const keys = cands.map((c) => keyContent(c.text));
  const weight = keyWeights(keys);
  const strength = (i: number, j: number) => supportStrength(keys[i], keys[j], weight);
  const overlap = (i: number, j: number) => supportStrength(keys[i], keys[j], weight, 0);
  const support = cands.map((_, i) => supportingSentences(cands, graph, i, strength));
  const max = centrality.reduce((m, c) => Math.max(m, c), -Infinity); // not ...spread: 10⁵ sentences overflow it
  // sources backing its words, or, where no sentence is backed word for word, giving its figure with the same number
  const sharedAll = cands.map((c, i) => sharedFigures(c, stated[i]));
  const backed = new Set(sharedAll.flatMap((m, i) => (support[i].length > 0 ? [...m.keys()] : [])));
  const shared = sharedAll.map((m) => [...m].filter(([f]) => !backed.has(f)).map(([, n]) => n));
  const spread = (i: number) => 1 + Math.max(support[i].length, ...shared[i]);
  const score = cands.map((c, i) => (centrality[i] / max) * spread(i) * c.quality);

  // the same point in the best wording: among a sentence and its supporters that other sources back
  // too (or that gives more figures), the most readable, preferring one that gives more of the figures, then one carried more widely
  const worth = (j: number) => cands[j].quality * (1 + 0.3 * support[j].length) * (1 + 0.25 * keys[j].facts.size);
  const wording = (i: number) => [i, ...support[i]]
    .filter((j) => j === i || support[j].length >= Math.min(1, support[i].length) || hasMore(keys[j].facts, keys[i].facts))
    .sort((a, b) => worth(b) - worth(a))[0];
  const terms = points.map((p) => new Set(p));
  // candidate i repeats chosen j unless it gives figures j lacks (then it says more: a different point) — an age is not one
  // or both give the number most reports share ("$3.1 billion", worded several ways): one point, however worded
  const samePoint = (i: number, j: number) => !hasMore(keys[i].facts, keys[j].facts)
    && ([...sharedAll[i].keys()].some((f) => sharedAll[j].has(f)) || cosine(vectors[i], vectors[j]) >= REDUNDANT || overlap(i, j) > 0 || overlap(j, i) > 0);
  const chosen = selectMmr(score, (i, j) => cosine(vectors[i], vectors[j]), samePoint, terms, wording, strength, SENTENCES);
  return readingOrder(chosen.map((i) => cands[i]), chosen.map((i) => support[i].map((j) => cands[j])))
    .map(({ c, group }) => {
      const order = articles.map((a) => a.id);
      const all = [c, ...group];
      const sources = order.filter((s) => all.some((g) => g.source === s));
      const citations = sources.map((s) => all.find((g) => g.source === s)!).map((g) => ({ source: g.source, paragraph: g.paragraph }));
      const out: SummarySentence = { text: c.text, sources, origin: { source: c.source, paragraph: c.paragraph }, citations };
      const touched = touchedDiscrepancies([c], discrepancies);
      if (touched.length > 0) out.discrepancies = touched;
      return out;
    });
}

const hasMore = (a: Set<number>, b: Set<number>) => [...a].some((v) => !b.has(v));

/** For each other source, its sentence that best supports candidate i, if any does. */
function supportingSentences(cands: Candidate[], graph: Graph, i: number, strength: (i: number, j: number) => number): number[] {
  const best = new Map<string, { j: number; w: number }>();
  for (let k = graph.start[i]; k < graph.start[i + 1]; k++) {
    const j = graph.to[k];
    if (cands[j].source === cands[i].source) continue;
    const w = strength(i, j);
    if (w === 0) continue;
    const b = best.get(cands[j].source);
    if (!b || w > b.w) best.set(cands[j].source, { j, w });
  }
  return [...best.values()].map((b) => b.j);
}

/**
 * Maximal Marginal Relevance over points: the most important point not yet made — neither the same
 * point as a chosen sentence nor mostly made of words already said — then given in its best wording.
 */
function selectMmr(
  score: number[], sim: (i: number, j: number) => number, samePoint: (i: number, j: number) => boolean,
  terms: Set<string>[], wording: (i: number) => number, strength: (i: number, j: number) => number, k: number,
): number[] {
  const chosen: number[] = [];
  const top = score.reduce((m, c) => Math.max(m, c), -Infinity);
  while (chosen.length < k) {
    let best = -1;
    let bestValue = -Infinity;
    const said = new Set(chosen.flatMap((j) => [...terms[j]]));
    score.forEach((s, i) => {
      if (chosen.some((j) => samePoint(i, j))) return;
      const covered = terms[i].size ? [...terms[i]].filter((t) => said.has(t)).length / terms[i].size : 1;
      if (covered >= COVERED) return;
      if (chosen.length >= MIN_SENTENCES && s < ASIDE * top) return;
      const overlap = chosen.length ? Math.max(...chosen.map((j) => sim(i, j))) : 0;
      const value = LAMBDA * (s / top) - (1 - LAMBDA) * overlap;
      if (value > bestValue) { bestValue = value; best = i; }
    });
    if (best < 0) break;
    const w = chosen.some((j) => samePoint(wording(best), j)) ? best : wording(best);
    // a sentence that backs a chosen one and gives more figures says the same point more fully: it replaces it
    const fuller = chosen.findIndex((j) => strength(j, w) > 0);
    if (fuller >= 0) chosen[fuller] = w;
    else chosen.push(w);
  }
  return chosen;
}
