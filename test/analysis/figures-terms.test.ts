// Unit tests, on invented sentences: how long someone was at large, in any unit, compared in days; how
// many life sentences — a number is a figure, "a life sentence" against "three" is a claim discrepancy.
import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src/analysis/discrepancies/index.js';
import { extractFigures } from '../../src/analysis/figures/index.js';
import { article } from './figuresHelpers.js';
import { worded } from './worded.js';

const articles = (...texts: string[]) => texts.map((t, i) => article(`S${i + 1}`, [t]));

describe('time at large', () => {
  it('reads "after a week on the run", "a weeklong manhunt" and "nine days on the run" as one figure that conflicts', () => {
    const figures = extractFigures(articles('The robber was caught after a week on the run.', 'Police ended a weeklong manhunt on Friday.', 'He was arrested after nine days on the run.'));
    const f = figures.find((x) => x.label === 'time at large')!;
    expect(f.values.map((v) => [v.value, v.unit])).toEqual([[1, 'weeks'], [1, 'weeks'], [9, 'days']]);
    expect(f.agreement).toBe('conflicting');
  });

  it('agrees when the lengths are the same in days', () => {
    const [f] = extractFigures(articles('He was caught after a week on the run.', 'He was caught after seven days on the run.'));
    expect(f.agreement).toBe('consistent');
  });
});

describe('life sentences', () => {
  it('finds "serving a life sentence" against "serving two life sentences" across sources, with no figure for "a"', () => {
    const list = articles('The fugitive is serving a life sentence for murder.', 'The fugitive, serving two life sentences, escaped.');
    const figures = extractFigures(list);
    expect(figures.map((f) => f.values.map((v) => v.value))).toEqual([[2]]);
    const d = worded(findDiscrepancies(list, figures, [])).find((x) => x.about === 'number of life sentences being served');
    expect(d?.statements.map((s) => s.source)).toEqual(['S1', 'S2']);
  });

  it('does not flag one report that tells of one sentence and then two more', () => {
    const list = articles('He is serving a life sentence. He later began serving two life sentences more.');
    expect(worded(findDiscrepancies(list, extractFigures(list), [])).filter((d) => d.about.includes('life sentence'))).toEqual([]);
  });
});
