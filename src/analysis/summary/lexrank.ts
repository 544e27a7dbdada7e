// Analysis stage (summary): LexRank centrality — the stationary distribution of a random walk over the
// sentence-similarity graph (Erkan & Radev 2004, continuous variant with a similarity floor). The graph
// is kept sparse (edges at or above the floor only) so large corpora stay fast.

const DAMPING = 0.85;
export const FLOOR = 0.1;

/** Centrality of each sentence, given each sentence's neighbours and similarities (both directions listed). */
export function lexRank(edges: { to: number; w: number }[][], iterations = 50): number[] {
  const n = edges.length;
  if (n === 0) return [];
  // compressed rows (typed arrays): the power iteration touches every edge on every pass
  const start = new Int32Array(n + 1);
  edges.forEach((es, i) => { start[i + 1] = start[i] + es.length; });
  const to = new Int32Array(start[n]);
  const w = new Float64Array(start[n]);
  const sums = new Float64Array(n);
  edges.forEach((es, i) => es.forEach((e, k) => { to[start[i] + k] = e.to; w[start[i] + k] = e.w; sums[i] += e.w; }));
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

/** The sparse graph of a similarity function over n sentences: pairs at or above FLOOR. */
export function similarityGraph(n: number, sim: (i: number, j: number) => number): { to: number; w: number }[][] {
  const edges: { to: number; w: number }[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = sim(i, j);
      if (w >= FLOOR) { edges[i].push({ to: j, w }); edges[j].push({ to: i, w }); }
    }
  }
  return edges;
}
