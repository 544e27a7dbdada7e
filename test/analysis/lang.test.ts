// The English language pack: the words the analysis reads reports by, each spelt once (the notes'
// wording is compose's: test/model/terms.test.ts).
import { describe, expect, it } from 'vitest';
import { ACTION_VERBS, LEAD_ATTRIBUTION_VERBS, PRONOUN_SPEECH_VERBS, SAYING_VERBS, SPEECH_VERBS } from '../../src/analysis/lang/en.js';
import { stripAttribution } from '../../src/analysis/summary/points.js';

describe('reporting verbs (one table, named selections)', () => {
  it('draws every rule’s verbs from the one table: speech within action, saying forms within speech where both apply', () => {
    for (const w of SPEECH_VERBS) expect(ACTION_VERBS.has(w)).toBe(true);
    expect([...SAYING_VERBS].filter((w) => /ed$/.test(w) && !SPEECH_VERBS.has(w))).toEqual([]);
    for (const w of PRONOUN_SPEECH_VERBS) expect(SAYING_VERBS.has(w)).toBe(true);
    // A leading attribution is a verb of saying or of reporting ("The Daily Courier reports …"): both are table verbs.
    for (const w of LEAD_ATTRIBUTION_VERBS.filter((v) => !v.includes(' '))) expect(SAYING_VERBS.has(w) || ACTION_VERBS.has(w)).toBe(true);
  });

  it('reads a present form that is also a noun ("member states", "notes") as no attribution', () => {
    const s = 'Five member states sent troops to the border region on Friday.';
    expect(stripAttribution(s)).toBe(s);
    expect(stripAttribution('Officials said that five member states sent troops to the border.')).toBe('five member states sent troops to the border.');
    expect(stripAttribution('Troops arrived at the border on Friday, the ministry said.')).toBe('Troops arrived at the border on Friday');
  });
});
