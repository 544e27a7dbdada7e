// Summary: comparing what sentences report, whoever the outlet credits and however it writes numbers.
import { describe, expect, it } from 'vitest';
import { pointTerms, stripAttribution } from '../../src/analysis/summary/points.js';

describe('stripAttribution', () => {
  it.each([
    ['According to the regional health office, 40 people were taken to hospital.', '40 people were taken to hospital.'],
    ['Mayor Ana Ruiz told reporters: “Every school will reopen on Monday”', '“Every school will reopen on Monday”'],
    ['Forty people were taken to hospital, officials said.', 'Forty people were taken to hospital'],
    ['Ruiz added that every school would reopen on Monday.', 'every school would reopen on Monday.'],
  ])('%s', (input, output) => expect(stripAttribution(input)).toBe(output));

  it('keeps a sentence that is only an attribution', () => {
    expect(stripAttribution('The ministry said so.')).toBe('The ministry said so.');
  });
});

describe('pointTerms', () => {
  it('makes the same fact credited to different people and written differently alike', () => {
    const a = pointTerms('According to the finance ministry, $10 billion will go to defence.');
    const b = pointTerms('€10bn will go to defence, the opposition said.');
    expect(new Set(a)).toEqual(new Set(b));
  });
});

describe('pointTerms keeps the report whole', () => {
  it('does not take a thousands separator for the comma before an attribution', () => {
    const t = pointTerms('At least 20 people died and nearly 8,000 people have been arrested, according to the authorities.');
    expect(t).toContain('arrest');
    expect(t).toContain('#8000');
  });
});
