// Key figures' agreement cell: its words follow from the values (property test over random value
// sets), and never say "=" and "≠" at once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementOf, rangeOf } from '../../src/analysis/figures/grouping.js';
import { valueInterval } from '../../src/analysis/figures/qualifiers.js';
import { formatNumber } from '../../src/analysis/text/numbers.js';
import type { FigureValue } from '../../src/analysis/types.js';
import { agreementWording } from '../../src/model/compose/figures.js';
import { loadTheme } from '../../src/style/theme.js';
import { EN } from '../../src/model/lang/en.js';

const theme = loadTheme();
const { consistent, conflicting } = theme.agreement;

const value = fc.record({
  source: fc.constantFrom('S1', 'S2', 'S3', 'S4', 'S5'),
  value: fc.tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom(1, 50)).map(([n, m]) => n * m),
  qualifier: fc.constantFrom(null, 'at least', 'more than', 'about', 'nearly', 'up to', 'some'),
  paragraph: fc.integer({ min: 1, max: 30 }),
}).map((v): FigureValue => ({ ...v, quote: String(v.value) }));

function overlapAll(values: FigureValue[]): boolean {
  const iv = values.map(valueInterval);
  return iv.every((a) => iv.every((b) => a[0] <= b[1] && b[0] <= a[1]));
}

describe('agreement wording', () => {
  it('says "same number" only when every interval overlaps and the numbers are equal; otherwise the range', () => {
    fc.assert(fc.property(fc.array(value, { minLength: 1, maxLength: 12 }), fc.option(fc.constantFrom('disputed', 'counts different things')), (values, caveat) => {
      const lines = agreementWording({ values, agreement: agreementOf(values), range: rangeOf(values) }, theme, EN.wording, caveat ?? undefined);
      const cell = lines.join(' ');
      const sources = new Set(values.map((v) => v.source)).size;
      const same = values.every((v) => v.value === values[0].value);
      // Never both symbols in one cell.
      expect(cell.includes(consistent.symbol) && cell.includes(conflicting.symbol)).toBe(false);
      if (cell.includes('same number')) {
        expect(same).toBe(true);
        expect(overlapAll(values)).toBe(true);
      }
      if (sources > 1 && !same) {
        const lo = Math.min(...values.map((v) => v.value!));
        const hi = Math.max(...values.map((v) => v.value!));
        expect(cell).toContain(`range ${formatNumber(lo)}–${formatNumber(hi)}`);
      }
      if (sources > 1 && !overlapAll(values)) expect(cell).toContain(conflicting.symbol);
      if (sources > 1 && overlapAll(values) && !caveat) expect(cell.startsWith(consistent.symbol)).toBe(true);
      // A caveat makes one statement: one line, never "same" beside "disputed" or "different".
      if (caveat) {
        expect(cell).toContain(caveat);
        expect(lines).toHaveLength(1);
        expect(cell).not.toMatch(/same/);
      }
    }), { numRuns: 300 });
  });

  it('does not call 15,000 and 21,000 agreement', () => {
    const v = (source: string, n: number): FigureValue => ({ source, value: n, qualifier: null, quote: String(n), paragraph: 1 });
    const values = [v('S1', 15000), v('S2', 21000)];
    const lines = agreementWording({ values, agreement: agreementOf(values), range: rangeOf(values) }, theme, EN.wording);
    expect(lines).toEqual([`${conflicting.symbol} ${EN.wording.agreement.conflicting}`, 'range 15,000–21,000']);
  });
});
