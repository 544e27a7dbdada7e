// Analysis stage (summary): LexRank centrality — the stationary distribution of a random walk over the
// sentence-similarity graph (Erkan & Radev 2004, continuous variant with a similarity floor).

const DAMPING = 0.85;
const FLOOR = 0.1;

/** Centrality of each sentence from a symmetric similarity matrix. */
export function lexRank(sim: number[][], iterations = 100): number[] {
  const n = sim.length;
  if (n === 0) return [];
  const weights = sim.map((row, i) => row.map((v, j) => (i !== j && v >= FLOOR ? v : 0)));
  const rowSums = weights.map((row) => row.reduce((a, b) => a + b, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill((1 - DAMPING) / n);
    for (let i = 0; i < n; i++) {
      if (rowSums[i] === 0) { for (let j = 0; j < n; j++) next[j] += (DAMPING * rank[i]) / n; continue; }
      for (let j = 0; j < n; j++) if (weights[i][j] > 0) next[j] += (DAMPING * rank[i] * weights[i][j]) / rowSums[i];
    }
    const delta = next.reduce((d, v, k) => d + Math.abs(v - rank[k]), 0);
    rank = next;
    if (delta < 1e-9) break;
  }
  return rank;
}
