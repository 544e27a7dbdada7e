// Unit tests, on invented figures: a source that gives two bodies' different measurements is reporting
// who said what, not contradicting itself; a label that names a measure ("depth") is not "number of".
import { describe, expect, it } from 'vitest';
import { figureConflicts } from '../../src/analysis/discrepancies/figureConflicts.js';
import type { Figure, FigureValue } from '../../src/analysis/types.js';
import { worded } from './worded.js';

const value = (source: string, v: number, attribution: string | null, unit: string | null = null): FigureValue => ({
  source, value: v, qualifier: null, quote: `${v}`, paragraph: 1, start: 0, unit, attribution,
});
const figure = (label: string, values: FigureValue[]): Figure => ({ id: 'F1', label, agreement: 'conflicting', values });

describe('a figure conflict and who gave each value', () => {
  it('does not call a source self-contradicting when it gives two bodies different values', () => {
    const [d] = worded(figureConflicts([figure('magnitude of the earthquake', [
      value('S1', 6.1, null), value('S2', 5.9, 'the Geological Survey'), value('S2', 6.1, 'the Geophysical Institute'),
    ])]));
    expect(d.note).not.toMatch(/contradicts itself/);
    expect(d.note).toContain('5.9 — given by the Geological Survey (S2)');
  });

  it('still calls a source self-contradicting when one body, or its own voice, gives two values', () => {
    const [d] = worded(figureConflicts([figure('number of people killed', [
      value('S1', 12, 'police'), value('S1', 19, 'police'), value('S2', 12, null),
    ])]));
    expect(d.note).toMatch(/S1 contradicts itself/);
  });

  it('names a conflict on a measure by the measure, not as a number of it', () => {
    const [d] = worded(figureConflicts([figure('depth', [value('S1', 10, null, 'km'), value('S2', 8, null, 'km')])]));
    expect(d.about).toBe('depth');
  });
});
