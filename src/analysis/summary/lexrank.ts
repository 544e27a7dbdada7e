// Analysis stage (summary): LexRank centrality — the stationary distribution of a random walk over the
// sentence-similarity graph (Erkan & Radev 2004, continuous variant with a similarity floor). The graph
// is kept sparse (edges at or above the floor only) so large corpora stay fast.
import { norm, type Vector } from './terms.js';

const DAMPING = 0.85;
export const FLOOR = 0.1;

/** A symmetric sparse graph in compressed rows: row i's neighbours are to[start[i] … start[i + 1]), ascending, weighted w. */
export interface Graph {
  start: Int32Array;
  to: Int32Array;
  w: Float64Array;
}

/** Centrality of each sentence, given the similarity graph (every edge listed in both rows). */
export function lexRank({ start, to, w }: Graph, iterations = 50): number[] {
  const n = start.length - 1;
  if (n <= 0) return [];
  const sums = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let k = start[i]; k < start[i + 1]; k++) sums[i] += w[k];
  let rank = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      if (sums[i] === 0) { dangling += rank[i]; continue; }
      const share = (DAMPING * rank[i]) / sums[i];
      for (let k = start[i]; k < start[i + 1]; k++) next[to[k]] += share * w[k];
    }
    const base = (1 - DAMPING) / n + (DAMPING * dangling) / n;
    let delta = 0;
    for (let j = 0; j < n; j++) { next[j] += base; delta += Math.abs(next[j] - rank[j]); }
    rank = next;
    if (delta < 1e-7) break;
  }
  return [...rank];
}

/**
 * The sparse cosine-similarity graph of TF-IDF vectors: pairs at or above FLOOR, each row in ascending
 * order. Only pairs that share a term can reach the floor, so they are found through an inverted index
 * instead of trying all pairs; each dot product is summed in the same order as `cosine` sums it (over
 * the smaller vector, in its own term order), so every weight equals `cosine(vectors[i], vectors[j])`.
 */
export function similarityGraph(vectors: Vector[]): Graph {
  const n = vectors.length;
  const ids = new Map<string, number>();
  const rows = vectors.map((v) => {
    const terms = new Int32Array(v.size);
    const values = new Float64Array(v.size);
    let k = 0;
    for (const [t, x] of v) {
      let id = ids.get(t);
      if (id === undefined) { id = ids.size; ids.set(t, id); }
      terms[k] = id;
      values[k++] = x;
    }
    return { terms, values, norm: norm(v) };
  });
  // postings[t]: the vectors holding term t, ascending, with their value for it
  const postings = Array.from({ length: ids.size }, () => ({ rows: [] as number[], values: [] as number[] }));
  rows.forEach((r, i) => r.terms.forEach((t, k) => { postings[t].rows.push(i); postings[t].values.push(r.values[k]); }));

  // pairs i < j at or above the floor, in ascending (i, j) order
  const pairI: number[] = [];
  const pairJ: number[] = [];
  const pairW: number[] = [];
  const dense = new Float64Array(ids.size); // row i's values by term
  const acc = new Float64Array(n); // dot of row i with each later row, summed in row i's order
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = rows[i];
    if (a.norm === 0) continue;
    for (let k = 0; k < a.terms.length; k++) {
      const t = a.terms[k];
      const x = a.values[k];
      dense[t] = x;
      const list = postings[t];
      // later rows only: postings are ascending, so start at the first row above i
      for (let p = lowerBound(list.rows, i + 1); p < list.rows.length; p++) {
        const j = list.rows[p];
        if (acc[j] === 0) touched.push(j);
        acc[j] += x * list.values[p];
      }
    }
    touched.sort((x, y) => x - y);
    for (const j of touched) {
      const b = rows[j];
      let dot = acc[j];
      acc[j] = 0;
      if (b.norm === 0) continue;
      if (b.terms.length < a.terms.length) {
        // cosine sums over the smaller vector: redo the sum in row j's order
        dot = 0;
        for (let k = 0; k < b.terms.length; k++) { const x = dense[b.terms[k]]; if (x) dot += b.values[k] * x; }
      }
      const w = dot / (a.norm * b.norm);
      if (w >= FLOOR) { pairI.push(i); pairJ.push(j); pairW.push(w); }
    }
    touched.length = 0;
    for (let k = 0; k < a.terms.length; k++) dense[a.terms[k]] = 0;
  }
  return compressedRows(n, pairI, pairJ, pairW);
}

/** Both directions of each pair into compressed rows; pairs come in ascending (i, j) order, so every row is ascending. */
function compressedRows(n: number, pairI: number[], pairJ: number[], pairW: number[]): Graph {
  const start = new Int32Array(n + 1);
  for (let p = 0; p < pairI.length; p++) { start[pairI[p] + 1]++; start[pairJ[p] + 1]++; }
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const to = new Int32Array(start[n]);
  const w = new Float64Array(start[n]);
  const fill = start.slice(0, n);
  for (let p = 0; p < pairI.length; p++) {
    const i = pairI[p];
    const j = pairJ[p];
    to[fill[i]] = j; w[fill[i]++] = pairW[p];
    to[fill[j]] = i; w[fill[j]++] = pairW[p];
  }
  return { start, to, w };
}

function lowerBound(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid] < value) lo = mid + 1; else hi = mid; }
  return lo;
}
