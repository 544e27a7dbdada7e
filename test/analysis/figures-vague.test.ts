// Unit tests: a vague quantity keeps its words (value null, qualifier "vague", wording) and never a
// number; agreement follows every value's interval (a vague one by its words), at 5 sources and at 500.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';
import { agreementOf, rangeOf } from '../../src/analysis/figures/grouping.js';
import type { FigureValue } from '../../src/analysis/types.js';
import { article } from './figuresHelpers.js';

const val = (value: number | null, extra: Partial<FigureValue> = {}): FigureValue =>
  ({ source: `S${Math.random()}`, value, qualifier: null, quote: 'q', paragraph: 1, ...extra });

describe('vague quantities', () => {
  it('carry no number, only their words, in the analysis', () => {
    const [f] = extractFigures([article('S1', ['Dozens of fishermen were injured when the pier gave way.'])]);
    expect(f.values[0]).toMatchObject({ value: null, qualifier: 'vague', wording: 'dozens' });
    expect(f.values[0].valueMax).toBeUndefined();
  });

  it('agree with a number inside their interval and conflict with one outside it', () => {
    const read = (...texts: string[]) => extractFigures(texts.map((t, i) => article(`S${i + 1}`, [t])));
    const [within] = read('Dozens of people were injured in the stampede.', 'Thirty people were injured in the stampede.');
    expect(within.agreement).toBe('consistent');
    expect(within.range).toEqual({ low: 24, high: 99 });
    const [outside] = read('Dozens of people were injured in the stampede.', 'Some 400 people were injured in the stampede.');
    expect(outside.agreement).toBe('conflicting');
  });
});

describe('agreement by intervals', () => {
  it('is consistent only when one amount fits every value, at 5 values and at 500', () => {
    const five = [val(52, { qualifier: 'at least' }), val(60, { qualifier: 'about' }), val(58), val(null, { qualifier: 'vague', wording: 'dozens' }), val(60, { qualifier: 'nearly' })];
    expect(agreementOf(five)).toBe('consistent');
    // Pairs 1–2 and 2–3 overlap, 1–3 do not: no amount fits all three.
    expect(agreementOf([val(100, { qualifier: 'about' }), val(115), val(120, { qualifier: 'about' })])).toBe('conflicting');
    const many = Array.from({ length: 500 }, (_, i) => val(1000 + (i % 50), { qualifier: 'about' }));
    expect(agreementOf(many)).toBe('consistent');
    expect(agreementOf([...many, val(123)])).toBe('conflicting');
    expect(rangeOf([...many, val(123), val(205, { valueMax: 210 })])).toEqual({ low: 123, high: 1049 });
  });
});
