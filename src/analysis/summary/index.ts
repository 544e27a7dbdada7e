// Analysis stage: the extractive executive summary — sentences quoted verbatim, chosen by LexRank
// centrality weighted by how many sources carry the same point, de-duplicated with MMR, ordered as the
// sources tell the story, each citing every source that supports it and the discrepancies it touches.
import type { Article } from '../../content/types.js';
import type { Discrepancy, SummarySentence } from '../types.js';
import { candidateSentences, type Candidate } from './candidates.js';
import { lexRank, similarityGraph } from './lexrank.js';
import { pointTerms } from './points.js';
import { cosine, tfidf } from './terms.js';
import { touchedDiscrepancies } from './touches.js';

/** Summary length: six sentences (the brief asks for 5–8), fewer only when the sources say less. */
const SENTENCES = 6;
/** Cosine at which a sentence in another source says the same thing (support). */
const SUPPORT = 0.25;
/** Cosine at which a candidate repeats a sentence already chosen. */
const REDUNDANT = 0.45;
/** Share of a candidate's content words already said by the chosen sentences that makes it a repeat. */
const COVERED = 0.6;
/** MMR trade-off between importance and novelty. */
const LAMBDA = 0.7;

export function summarize(articles: Article[], discrepancies: Discrepancy[]): SummarySentence[] {
  const cands = candidateSentences(articles);
  if (cands.length === 0) return [];
  const points = cands.map((c) => pointTerms(c.text));
  const vectors = tfidf(points);
  const graph = similarityGraph(cands.length, (i, j) => cosine(vectors[i], vectors[j]));
  const centrality = lexRank(graph);
  const support = graph.map((edges, i) => supportingSentences(cands, edges, i));
  const max = Math.max(...centrality);
  const score = cands.map((c, i) =>
    (centrality[i] / max) * (1 + 0.5 * new Set(support[i].map((j) => cands[j].source)).size) * (c.dependent ? 0.5 : 1));

  const terms = points.map((p) => new Set(p));
  const chosen = selectMmr(score, (i, j) => cosine(vectors[i], vectors[j]), terms, SENTENCES);
  const order = articles.map((a) => a.id);
  return chosen
    .map((i) => ({ i, at: Math.min(cands[i].position, ...support[i].map((j) => cands[j].position)) }))
    .sort((a, b) => a.at - b.at)
    .map(({ i }) => {
      const c = cands[i];
      const group = [c, ...support[i].map((j) => cands[j])];
      const sources = order.filter((s) => group.some((g) => g.source === s));
      const touched = touchedDiscrepancies([c], discrepancies);
      const citations = sources.map((s) => group.find((g) => g.source === s)!).map((g) => ({ source: g.source, paragraph: g.paragraph }));
      const out: SummarySentence = { text: c.text, sources, origin: { source: c.source, paragraph: c.paragraph }, citations };
      if (touched.length > 0) out.discrepancies = touched;
      return out;
    });
}

/** For each other source, its sentence most like candidate i, when similar enough. */
function supportingSentences(cands: Candidate[], edges: { to: number; w: number }[], i: number): number[] {
  const best = new Map<string, { j: number; w: number }>();
  for (const { to: j, w } of edges) {
    if (cands[j].source === cands[i].source || w < SUPPORT) continue;
    const b = best.get(cands[j].source);
    if (!b || w > b.w) best.set(cands[j].source, { j, w });
  }
  return [...best.values()].map((b) => b.j);
}

/**
 * Maximal Marginal Relevance: important sentences that do not repeat what is chosen — neither too
 * similar to one chosen sentence nor mostly made of words the chosen sentences already say.
 */
function selectMmr(score: number[], sim: (i: number, j: number) => number, terms: Set<string>[], k: number): number[] {
  const chosen: number[] = [];
  const top = Math.max(...score);
  while (chosen.length < k) {
    let best = -1;
    let bestValue = -Infinity;
    score.forEach((s, i) => {
      if (chosen.includes(i)) return;
      const overlap = chosen.length ? Math.max(...chosen.map((j) => sim(i, j))) : 0;
      const said = new Set(chosen.flatMap((j) => [...terms[j]]));
      const covered = terms[i].size ? [...terms[i]].filter((t) => said.has(t)).length / terms[i].size : 1;
      if (overlap >= REDUNDANT || covered >= COVERED) return;
      const value = LAMBDA * (s / top) - (1 - LAMBDA) * overlap;
      if (value > bestValue) { bestValue = value; best = i; }
    });
    if (best < 0) break;
    chosen.push(best);
  }
  return chosen;
}
