// Model stage: the words the writers add come from one table per language.
import { describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../src/analysis/types.js';
import { EN } from '../../src/model/lang/en.js';
import { fillTerm, termsFor, wordDiscrepancy } from '../../src/model/terms.js';

describe('interface terms', () => {
  it('come from one table per language, English when there is none, and fill their placeholders', () => {
    expect(termsFor('en-GB')).toBe(termsFor('en'));
    expect(termsFor('xx')).toBe(termsFor('en'));
    expect(fillTerm(termsFor('en').pageOfPages, { page: 3, pages: 12 })).toBe('Page 3 of 12');
  });
});

describe('discrepancy notes', () => {
  const d = (finding: Discrepancy['finding'], words: Partial<Discrepancy> = {}): Discrepancy => ({ id: 'D1', kind: 'claim', finding, statements: [], ...words });

  it('say of a name spelt several ways only what the dossier did (read them as one), not why they differ', () => {
    // "Jon Smithe" beside "Jon Smith" is a slip, not a transliteration; a wrong merge is neither
    const w = wordDiscrepancy(d({ rule: 'nameSpellings', name: 'Jon Smith', spellings: [{ value: 'Jon Smith', sources: ['S1'] }, { value: 'Jon Smithe', sources: ['S2'] }] }, { kind: 'name' }), EN.wording);
    expect(w.note).toBe('The sources spell this name 2 ways: “Jon Smith” (S1), “Jon Smithe” (S2). They are read here as one name.');
  });

  it('are worded from the rule’s finding (sides, values), numbers as the language writes them', () => {
    expect(wordDiscrepancy(d({ rule: 'sentenceCount', sentence: 'year', counts: [{ value: 1, sources: ['S2'] }, { value: 3, sources: ['S3', 'S1'] }] }), EN.wording))
      .toEqual({ about: 'number of years being served', note: 'Sources disagree on how many years are being served: one (S2); 3 (S1 and S3).' });
    expect(wordDiscrepancy(d({ rule: 'unconfirmed', label: 'people killed', official: { value: ['the ministry'], sources: ['S1', 'S1'] }, hedging: ['S2', 'S4'] }), EN.wording).note)
      .toBe('S1 reports it on official authority (the ministry); S2 and S4 say it is unconfirmed, unclear or was withdrawn.');
  });

  it('take the analyst’s own words where curated', () => {
    const curated = d({ rule: 'spelling', a: { value: 'Bern', sources: ['S1'] }, b: { value: 'Berne', sources: ['S2'] } }, { note: 'Both are right.' });
    expect(wordDiscrepancy(curated, EN.wording)).toEqual({ about: 'spelling of “Bern”', note: 'Both are right.' });
  });
});
