// Unit tests, on invented sentences: amounts in every written form; one amount in two currencies is one
// figure; negation is no count; a road name is no money.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';
import { article } from './figuresHelpers.js';

const read = (t: string) => extractFigures([article('S1', [t])]).map((f) => [f.label, f.values.map((v) => [v.value, v.unit])]);

describe('amounts', () => {
  it('reads "2m euros", "R26 million" and a headline "$2.5 million grant"', () => {
    expect(read('The club paid 2m euros for the striker.')).toEqual([['amount (EUR)', [[2e6, 'EUR']]]]);
    expect(read('The province will spend R26 million on clinics.')).toEqual([['spending (ZAR)', [[26e6, 'ZAR']]]]);
    expect(read('Harbour town gets $2.5 million grant')).toEqual([['grant (USD)', [[2.5e6, 'USD']]]]);
  });

  it('reads "two-million-euro ($2.6-million)" as one amount, not two that conflict', () => {
    expect(read('She signed a two-million-euro ($2.6-million) contract.')).toEqual([['amount (EUR)', [[2e6, 'EUR']]]]);
  });

  it('does not take a road number for money', () => {
    expect(read('The R26 road was closed after 3 people were killed.')).toEqual([['people killed', [[3, null]]]]);
  });

  it('reads the bore of a weapon', () => {
    expect(read('He fled with a 20-gauge shotgun.')).toEqual([['gauge of the shotgun', [[20, null]]]]);
  });
});

describe('negation', () => {
  it('is not a count, while "no more than" still is', () => {
    expect(read('No one was killed or injured in the blast.')).toEqual([]);
    expect(read('Not one person was hurt.')).toEqual([]);
    expect(read('No more than 40 people were hurt.')).toEqual([['people injured', [[40, null]]]]);
  });
});
