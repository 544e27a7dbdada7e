// The English language pack words what the analysis finds: a rule gives sides (a value and its sources),
// the pack makes the sentence — so a second language is a second pack, and no rule writes English.
import { describe, expect, it } from 'vitest';
import { NOTES } from '../../src/analysis/lang/en.js';

describe('language pack (en)', () => {
  it('words a note from its sides, numbers as the language writes them', () => {
    const w = NOTES.sentenceCount('year', [{ value: 1, sources: ['S2'] }, { value: 3, sources: ['S3', 'S1'] }]);
    expect(w).toEqual({ about: 'number of years being served', note: 'Sources disagree on how many years are being served: one (S2); 3 (S1 and S3).' });
    expect(NOTES.unconfirmed('people killed', { value: ['the ministry'], sources: ['S1', 'S1'] }, ['S2', 'S4']).note)
      .toBe('S1 reports it on official authority (the ministry); S2 and S4 say it is unconfirmed, unclear or was withdrawn.');
  });
});
