// Unit tests: qualifiers before a number and the intervals they stand for; agreement by overlap.
import { describe, expect, it } from 'vitest';
import { intervalOf, intervalsOverlap, qualifierBefore } from '../../src/analysis/figures/qualifiers.js';

const iv = (v: number, q: string | null, max?: number) => intervalOf(v, max, q);

describe('qualifiers', () => {
  it('finds the qualifier right before the number, in the source’s own words', () => {
    expect(qualifierBefore('Officials said at least ')?.words).toBe('at least');
    expect(qualifierBefore('the ruling party won almost ')?.canonical).toBe('nearly');
    expect(qualifierBefore('turnout was some ')?.words).toBe('some');
    expect(qualifierBefore('allegedly numbering as many as ')?.canonical).toBe('up to');
    expect(qualifierBefore('the storm destroyed ')).toBeNull();
  });
  it('gives the span of the qualifier so quotes can include it', () => {
    const before = 'The budget rose by more than ';
    const q = qualifierBefore(before)!;
    expect(before.slice(before.length - q.length).trim()).toBe('more than');
  });
  it('turns qualifiers into bounds', () => {
    expect(iv(164, 'at least')).toEqual([164, Infinity]);
    expect(iv(160, 'more than')[0]).toBeGreaterThan(160);
    expect(iv(8000, 'nearly')[1]).toBeLessThan(8000);
    expect(iv(20000, 'as many as')).toEqual([0, 20000]);
    expect(iv(30, null, 40)).toEqual([30, 40]);
  });
  it('decides agreement by overlap', () => {
    expect(intervalsOverlap(iv(164, 'at least'), iv(160, 'more than'))).toBe(true); // death tolls
    expect(intervalsOverlap(iv(8000, 'nearly'), iv(8000, 'some'))).toBe(true); // arrests
    expect(intervalsOverlap(iv(2030, null), iv(2500, null))).toBe(false); // troop counts
    expect(intervalsOverlap(iv(52, null), iv(50, 'nearly'))).toBe(false); // flood toll
    expect(intervalsOverlap(iv(62, 'about'), iv(60, null))).toBe(true); // election turnout
    expect(intervalsOverlap(iv(3, 'fewer than'), iv(3, null))).toBe(false);
  });
  it('reads a bare number with three or more trailing zeros as rounded', () => {
    expect(intervalsOverlap(iv(7_500_000, null), iv(7_511_850, null))).toBe(true); // votes cast
    expect(intervalsOverlap(iv(2500, null), iv(2530, null))).toBe(false);
  });
});
