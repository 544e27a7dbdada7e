// Summary: the sparse similarity graph found through an inverted index is the all-pairs cosine graph,
// weight for weight and in the same order — on the seeds, a generated corpus and near-identical paragraphs.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/article.js';
import type { Article } from '../../src/content/types.js';
import { candidateSentences } from '../../src/analysis/summary/candidates.js';
import { FLOOR, similarityGraph, type Graph } from '../../src/analysis/summary/lexrank.js';
import { pointTerms } from '../../src/analysis/summary/points.js';
import { cosine, tfidf, type Vector } from '../../src/analysis/summary/terms.js';
import { generateArticles } from '../fixtures/generate/corpus.mjs';
import { seedArticles } from './seedArticles.js';

/** The graph by definition: every pair, cosine at or above the floor, rows in ascending order. */
function allPairs(vectors: Vector[]): { to: number; w: number }[][] {
  const edges: { to: number; w: number }[][] = vectors.map(() => []);
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      const w = cosine(vectors[i], vectors[j]);
      if (w >= FLOOR) { edges[i].push({ to: j, w }); edges[j].push({ to: i, w }); }
    }
  }
  return edges;
}

/** The compressed rows as one list of { to, w } per sentence. */
const rowsOf = (g: Graph) => Array.from({ length: g.start.length - 1 }, (_, i) =>
  Array.from({ length: g.start[i + 1] - g.start[i] }, (_, k) => ({ to: g.to[g.start[i] + k], w: g.w[g.start[i] + k] })));

const vectorsOf = (articles: Article[]) => tfidf(candidateSentences(articles).map((c) => pointTerms(c.text)));

const generated = (n: number, seed: number) => generateArticles(n, seed).articles
  .map((a, i) => parseArticle(`S${i + 1}`, `articles/${a.fileName}`, a.text));

describe('similarityGraph', () => {
  it.each([
    ['the seeds', () => seedArticles().articles],
    ['40 generated articles', () => generated(40, 7)],
  ])('equals the all-pairs cosine graph on %s', (_name, articles) => {
    const vectors = vectorsOf(articles());
    const graph = rowsOf(similarityGraph(vectors));
    expect(graph.flat().length).toBeGreaterThan(0);
    expect(graph).toEqual(allPairs(vectors));
  });

  it('equals it when vectors differ in size, share every term, or are empty', () => {
    const texts = ['rain flood river town', 'rain flood', 'flood rain river town evacuated residents', '', 'rain', 'unrelated words only'];
    const vectors = tfidf(texts.map((t) => t.split(' ').filter(Boolean)));
    expect(rowsOf(similarityGraph(vectors))).toEqual(allPairs(vectors));
  });

  it('keeps only edges at or above the similarity floor', () => {
    const v = (entries: [string, number][]): Vector => new Map(entries);
    // cosine(0, 1) = 1; cosine(0, 2) = 0.05 / √(1 · 1.0025) < 0.1; 1 and 2 likewise
    const g = rowsOf(similarityGraph([v([['a', 1]]), v([['a', 1]]), v([['a', 0.05], ['b', 1]])]));
    expect(g.map((es) => es.map((e) => e.to))).toEqual([[1], [0], []]);
  });
});
