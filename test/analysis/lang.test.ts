// The English language pack words what the analysis finds: a rule gives sides (a value and its sources),
// the pack makes the sentence — so a second language is a second pack, and no rule writes English.
import { describe, expect, it } from 'vitest';
import { ACTION_VERBS, LEAD_ATTRIBUTION_VERBS, NOTES, PRONOUN_SPEECH_VERBS, SAYING_VERBS, SPEECH_VERBS } from '../../src/analysis/lang/en.js';
import { stripAttribution } from '../../src/analysis/summary/points.js';

describe('language pack (en)', () => {
  it('words a note from its sides, numbers as the language writes them', () => {
    const w = NOTES.sentenceCount('year', [{ value: 1, sources: ['S2'] }, { value: 3, sources: ['S3', 'S1'] }]);
    expect(w).toEqual({ about: 'number of years being served', note: 'Sources disagree on how many years are being served: one (S2); 3 (S1 and S3).' });
    expect(NOTES.unconfirmed('people killed', { value: ['the ministry'], sources: ['S1', 'S1'] }, ['S2', 'S4']).note)
      .toBe('S1 reports it on official authority (the ministry); S2 and S4 say it is unconfirmed, unclear or was withdrawn.');
  });
});

describe('reporting verbs (one table, named selections)', () => {
  it('draws every rule’s verbs from the one table: speech within action, saying forms within speech where both apply', () => {
    for (const w of SPEECH_VERBS) expect(ACTION_VERBS.has(w)).toBe(true);
    expect([...SAYING_VERBS].filter((w) => /ed$/.test(w) && !SPEECH_VERBS.has(w))).toEqual([]);
    for (const w of [...PRONOUN_SPEECH_VERBS, ...LEAD_ATTRIBUTION_VERBS.filter((v) => !v.includes(' '))]) expect(SAYING_VERBS.has(w)).toBe(true);
  });

  it('reads a present form that is also a noun ("member states", "notes") as no attribution', () => {
    const s = 'Five member states sent troops to the border region on Friday.';
    expect(stripAttribution(s)).toBe(s);
    expect(stripAttribution('Officials said that five member states sent troops to the border.')).toBe('five member states sent troops to the border.');
    expect(stripAttribution('Troops arrived at the border on Friday, the ministry said.')).toBe('Troops arrived at the border on Friday');
  });
});
