// Evaluation: scores the analysis' figures against the gold — gold figures found, their statements
// found (an output value whose quote overlaps the gold phrase, same value), and each gold figure's
// statements gathered in ONE output figure.
import type { Analysis, Figure, FigureValue } from '../src/analysis/types.js';
import type { Article } from '../src/content/types.js';
import { type GoldFile, type GoldStatement, overlaps, placePhrase, placeQuote, type ScoreReport } from './gold.js';

export const FIGURE_TARGETS = { figures: 8 / 9, statements: 21 / 24, together: 5 / 6 };

export interface FigureMetrics {
  figuresFound: number; figuresTotal: number;
  statementsFound: number; statementsTotal: number;
  together: number; multiStatement: number;
}

const need = (share: number, total: number) => Math.ceil(share * total - 1e-9);

export function scoreFigures(analysis: Analysis, gold: GoldFile, sourceMap: Record<string, string>, articles: Article[]): ScoreReport & { metrics: FigureMetrics } {
  const lines: string[] = [];
  const m: FigureMetrics = { figuresFound: 0, figuresTotal: gold.figures.length, statementsFound: 0, statementsTotal: 0, together: 0, multiStatement: 0 };
  for (const g of gold.figures) {
    const hits = g.statements.map((s) => ({ s, where: matches(analysis.figures, s, sourceMap, articles) }));
    const found = hits.filter((h) => h.where.length > 0);
    m.statementsTotal += g.statements.length;
    m.statementsFound += found.length;
    if (found.length) m.figuresFound++;
    let together = '';
    if (g.statements.length > 1) {
      m.multiStatement++;
      const one = analysis.figures.find((f) => hits.every((h) => h.where.includes(f)));
      if (one) m.together++;
      together = one ? ` · all in ${one.id}` : ` · split over ${[...new Set(hits.flatMap((h) => h.where.map((f) => f.id)))].join(', ') || 'nothing'}`;
    }
    lines.push(`  ${found.length ? '✓' : '✗'} ${g.id} (${g.quantity}): ${found.length}/${g.statements.length} statements${together}`);
    for (const h of hits) if (!h.where.length) lines.push(`      missed ${h.s.source} “${h.s.phrase}” (${h.s.value})`);
  }
  const passed = m.figuresFound >= need(FIGURE_TARGETS.figures, m.figuresTotal)
    && m.statementsFound >= need(FIGURE_TARGETS.statements, m.statementsTotal)
    && m.together >= need(FIGURE_TARGETS.together, m.multiStatement);
  const extra = analysis.figures.filter((f) => !gold.figures.some((g) => g.statements.some((s) => matches([f], s, sourceMap, articles).length)));
  return {
    name: 'figures',
    metrics: m,
    passed,
    lines: [
      `figures found: ${m.figuresFound}/${m.figuresTotal} (target ≥ ${need(FIGURE_TARGETS.figures, m.figuresTotal)})`,
      `statements found: ${m.statementsFound}/${m.statementsTotal} (target ≥ ${need(FIGURE_TARGETS.statements, m.statementsTotal)})`,
      `statements of a figure in one output figure: ${m.together}/${m.multiStatement} (target ≥ ${need(FIGURE_TARGETS.together, m.multiStatement)})`,
      ...lines,
      `figures outside the gold (${extra.length}), for a person to judge:`,
      ...extra.map((f) => `  ? ${f.id} ${f.label} [${f.agreement}] ${f.values.map((v) => `${v.source} ¶${v.paragraph} “${v.quote}”`).join('; ')}`),
      `figures: ${passed ? 'PASS' : 'FAIL'}`,
    ],
  };
}

/** The output figures holding a value that matches the gold statement (same value, overlapping quote). */
function matches(figures: Figure[], s: GoldStatement, sourceMap: Record<string, string>, articles: Article[]): Figure[] {
  const source = sourceMap[s.source];
  const place = placePhrase(articles, source, s.phrase);
  const sameValue = (v: FigureValue) => s.value === undefined || v.value === s.value || (v.valueMax !== undefined && v.value <= s.value && s.value <= v.valueMax);
  return figures.filter((f) => f.values.some((v) => v.source === source && sameValue(v) && overlaps(placeQuote(articles, v), place)));
}
