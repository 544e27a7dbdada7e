// Evaluation: scores the analysis' discrepancies against the gold. A gold discrepancy is found when one
// output discrepancy quotes at least two of its statements (or its only one); each output discrepancy
// answers for one gold discrepancy at most, in the assignment that answers the most.
import type { Analysis, Discrepancy } from '../src/analysis/types.js';
import type { Article } from '../src/content/types.js';
import { languageFor, wordDiscrepancy } from '../src/model/terms.js';
import { type GoldFile, overlaps, placePhrase, placeQuote, type ScoreReport } from './gold.js';

export const DISCREPANCY_TARGET = 5 / 7;

export function scoreDiscrepancies(analysis: Analysis, gold: GoldFile, sourceMap: Record<string, string>, articles: Article[]): ScoreReport & { metrics: { found: number; total: number } } {
  const covered = (d: Discrepancy, g: GoldFile['discrepancies'][number]) => g.statements.filter((s) => {
    const place = placePhrase(articles, sourceMap[s.source], s.phrase);
    return d.statements.some((o) => overlaps(placeQuote(articles, o), place));
  }).length;
  // The most gold discrepancies answered, each by its own output discrepancy (a bipartite matching:
  // a greedy pass could give one output to the gold it covers best and leave another gold unanswered).
  const candidates = new Map(gold.discrepancies.map((g) => [g.id, analysis.discrepancies
    .map((d) => ({ d, n: covered(d, g) }))
    .filter((p) => p.n >= Math.min(2, g.statements.length))
    .sort((a, b) => b.n - a.n)
    .map((p) => p.d)]));
  const owner = new Map<string, string>(); // output id → gold id
  const assign = (gid: string, seen: Set<string>): boolean => {
    for (const d of candidates.get(gid) ?? []) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      const other = owner.get(d.id);
      if (other === undefined || assign(other, seen)) { owner.set(d.id, gid); return true; }
    }
    return false;
  };
  for (const g of gold.discrepancies) assign(g.id, new Set());
  const usedGold = new Map<string, Discrepancy>();
  const usedOut = new Set<string>();
  for (const [did, gid] of owner) {
    usedGold.set(gid, analysis.discrepancies.find((d) => d.id === did)!);
    usedOut.add(did);
  }
  const found = usedGold.size;
  const total = gold.discrepancies.length;
  const need = Math.ceil(DISCREPANCY_TARGET * total - 1e-9);
  const passed = found >= need;
  const extra = analysis.discrepancies.filter((d) => !usedOut.has(d.id));
  const worded = (d: Discrepancy) => wordDiscrepancy(d, languageFor('en').wording);
  return {
    name: 'discrepancies',
    metrics: { found, total },
    passed,
    lines: [
      `discrepancies found: ${found}/${total} (target ≥ ${need})`,
      ...gold.discrepancies.map((g) => {
        const d = usedGold.get(g.id);
        return d ? `  ✓ ${g.id} (${g.about}) → ${d.id} [${d.kind}] ${worded(d).about}` : `  ✗ ${g.id} (${g.about}, ${g.kind})`;
      }),
      `discrepancies outside the gold (${extra.length}), for a person to judge:`,
      ...extra.map((d) => `  ? ${d.id} [${d.kind}] ${worded(d).about}: ${worded(d).note}`),
      `discrepancies: ${passed ? 'PASS' : 'FAIL'}`,
    ],
  };
}
