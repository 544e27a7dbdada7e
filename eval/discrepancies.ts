// Evaluation: scores the analysis' discrepancies against the gold. A gold discrepancy is found when one
// output discrepancy quotes at least two of its statements (or its only one); each output discrepancy
// answers for one gold discrepancy at most.
import type { Analysis, Discrepancy } from '../src/analysis/types.js';
import type { Article } from '../src/content/types.js';
import { type GoldFile, overlaps, placePhrase, placeQuote, type ScoreReport } from './gold.js';

export const DISCREPANCY_TARGET = 5 / 7;

export function scoreDiscrepancies(analysis: Analysis, gold: GoldFile, sourceMap: Record<string, string>, articles: Article[]): ScoreReport & { metrics: { found: number; total: number } } {
  const covered = (d: Discrepancy, g: GoldFile['discrepancies'][number]) => g.statements.filter((s) => {
    const place = placePhrase(articles, sourceMap[s.source], s.phrase);
    return d.statements.some((o) => overlaps(placeQuote(articles, o), place));
  }).length;
  const pairs = gold.discrepancies.flatMap((g) => analysis.discrepancies.map((d) => ({ g, d, n: covered(d, g) })))
    .filter((p) => p.n >= Math.min(2, p.g.statements.length))
    .sort((a, b) => b.n - a.n);
  const usedGold = new Map<string, Discrepancy>();
  const usedOut = new Set<string>();
  for (const p of pairs) {
    if (usedGold.has(p.g.id) || usedOut.has(p.d.id)) continue;
    usedGold.set(p.g.id, p.d);
    usedOut.add(p.d.id);
  }
  const found = usedGold.size;
  const total = gold.discrepancies.length;
  const need = Math.ceil(DISCREPANCY_TARGET * total - 1e-9);
  const passed = found >= need;
  const extra = analysis.discrepancies.filter((d) => !usedOut.has(d.id));
  return {
    name: 'discrepancies',
    metrics: { found, total },
    passed,
    lines: [
      `discrepancies found: ${found}/${total} (target ≥ ${need})`,
      ...gold.discrepancies.map((g) => {
        const d = usedGold.get(g.id);
        return d ? `  ✓ ${g.id} (${g.about}) → ${d.id} [${d.kind}] ${d.about}` : `  ✗ ${g.id} (${g.about}, ${g.kind})`;
      }),
      `discrepancies outside the gold (${extra.length}), for a person to judge:`,
      ...extra.map((d) => `  ? ${d.id} [${d.kind}] ${d.about}: ${d.note}`),
      `discrepancies: ${passed ? 'PASS' : 'FAIL'}`,
    ],
  };
}
