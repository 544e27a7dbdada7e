// Unit test: the actors scorer's merge count — a profile showing a shorter name only ("Roe") holds a
// gold spelling ("Ann Roe") no more when another profile shows it in full, so two relatives' profiles,
// each with their shared surname, are not a split; the merge list says what is missing; an
// abbreviation's full stop or comma makes no other spelling; an honorific before a short surname is
// shown by the surname; a spelling the text writes only inside a longer spelling is not expected.
// Invented names.
import { describe, expect, it } from 'vitest';
import { scoreActors, type Gold } from '../../eval/actors.js';
import type { Actor, Analysis } from '../../src/analysis/types.js';
import { parseArticle } from '../../src/content/article.js';

const actor = (id: string, name: string, aliases: string[]): Actor => ({ id, name, kind: 'person', role: null, aliases, sources: ['S1'], mentions: 3, statements: [] });
const analysisOf = (actors: Actor[]): Analysis => ({ sources: [], summary: [] as unknown as Analysis['summary'], figures: [], actors, discrepancies: [] });
const gold: Gold = {
  actors: [
    { name: 'Ann Roe', kind: 'person', sources: ['01'], variants: [{ text: 'Ann Roe', sources: ['01'] }, { text: 'Miss Roe', sources: ['01'] }] },
    { name: 'Ben Roe', kind: 'person', sources: ['01'], variants: [{ text: 'Ben Roe', sources: ['01'] }, { text: 'Roe', sources: ['01'] }] },
  ],
};

describe('actors scorer: merges', () => {
  it('counts two relatives, each in one profile, as merged though both show the surname', () => {
    const { metrics } = scoreActors(analysisOf([actor('A1', 'Ann Roe', ['Miss Roe']), actor('A2', 'Ben Roe', ['Roe'])]), gold, {});
    expect(metrics.spellingsTogether).toBe(2);
    expect(metrics.mergeMisses).toEqual([]);
  });

  it('still counts a spelling shown only in another profile as a split', () => {
    const { metrics } = scoreActors(analysisOf([actor('A1', 'Ann Roe', []), actor('A2', 'Ben Roe', ['Roe', 'Miss Roe'])]), gold, {});
    expect(metrics.spellingsTogether).toBe(1);
    expect(metrics.mergeMisses).toEqual([expect.stringContaining('missing "Miss Roe"')]);
  });

  it('takes a spelling that differs only by the full stop or comma of an abbreviation as shown', () => {
    const org: Gold = { actors: [{ name: 'Vantor Corp', kind: 'organisation', sources: ['01'], variants: [{ text: 'Vantor Corp', sources: ['01'] }, { text: 'Vantor', sources: ['01'] }] }] };
    const shown: Actor = { ...actor('A1', 'Vantor Corp.', ['Vantor']), kind: 'organisation' };
    expect(scoreActors(analysisOf([shown]), org, {}).metrics.spellingsTogether).toBe(1);
    const person: Gold = { actors: [{ name: 'Al Roe Jr.', kind: 'person', sources: ['01'], variants: [{ text: 'Al Roe, Jr.', sources: ['01'] }, { text: 'Roe', sources: ['01'] }] }] };
    expect(scoreActors(analysisOf([actor('A1', 'Al Roe Jr.', ['Roe'])]), person, {}).metrics.spellingsTogether).toBe(1);
  });

  it('takes an honorific and a two-letter surname as shown by the surname', () => {
    const wu: Gold = { actors: [{ name: 'Lin Wu', kind: 'person', sources: ['01'], variants: [{ text: 'Lin Wu', sources: ['01'] }, { text: 'Ms. Wu', sources: ['01'] }] }] };
    expect(scoreActors(analysisOf([actor('A1', 'Lin Wu', ['Wu'])]), wu, {}).metrics.spellingsTogether).toBe(1);
    // a two-letter word after a name is no surname shown: "Lin Wu" does not show "Jon Wu"'s "Wu" for "Dr Jon Wu"
    const other: Gold = { actors: [{ name: 'Jon Wu', kind: 'person', sources: ['01'], variants: [{ text: 'Jon Wu', sources: ['01'] }, { text: 'Dr Jon Wu', sources: ['01'] }] }] };
    expect(scoreActors(analysisOf([actor('A1', 'Jon Wu', []), actor('A2', 'Wu', [])]), other, {}).metrics.spellingsTogether).toBe(1);
  });

  it('does not expect a spelling the text writes only inside a longer spelling of the same actor', () => {
    const text = 'Police arrested Marla Jo Ann Tunney on Friday. Jon al-Haddi said so, and Haddi repeated it.';
    const articles = [parseArticle('S1', 'articles/01-test.md', `---\ntitle: T\n---\n\n${text}\n`)];
    const g: Gold = { actors: [
      { name: 'Marla Jo Ann Tunney', kind: 'person', sources: ['01'], variants: [{ text: 'Marla Jo Ann Tunney', sources: ['01'] }, { text: 'Jo Ann Tunney', sources: ['01'] }] },
      { name: 'Jon Al-Haddi', kind: 'person', sources: ['01'], variants: [{ text: 'Jon Al-Haddi', sources: ['01'] }, { text: 'Haddi', sources: ['01'] }] },
    ] };
    const { metrics } = scoreActors(analysisOf([actor('A1', 'Marla Jo Ann Tunney', []), actor('A2', 'Jon al-Haddi', [])]), g, { '01': 'S1' }, articles);
    // "Jo Ann Tunney" is only part of the full name; "Haddi" is written alone once, so it is expected
    expect(metrics.mergeMisses).toEqual([expect.stringContaining('missing "Haddi"')]);
    expect(metrics.spellingsTogether).toBe(1);
  });

  it('takes a body\'s name shown with the "of X" after it as showing the name the annotation marked without it', () => {
    const g: Gold = { actors: [{ name: 'Central Board', kind: 'organisation', sources: ['01'], variants: [{ text: 'Central Board', sources: ['01'] }, { text: 'CB', sources: ['01'] }] }] };
    const shown: Actor = { ...actor('A1', 'Central Board of Calvania', ['CB']), kind: 'organisation' };
    expect(scoreActors(analysisOf([shown]), g, {}).metrics.spellingsTogether).toBe(1);
    // not a one-word name: "Bank" is not shown by "Bank of Calvania"
    const one: Gold = { actors: [{ name: 'Bank', kind: 'organisation', sources: ['01'], variants: [{ text: 'Bank', sources: ['01'] }, { text: 'BK', sources: ['01'] }] }] };
    expect(scoreActors(analysisOf([{ ...actor('A1', 'Bank of Calvania', ['BK']), kind: 'organisation' }]), one, {}).metrics.spellingsTogether).toBe(0);
  });
});
