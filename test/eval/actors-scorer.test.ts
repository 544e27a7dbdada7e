// Unit test: the actors scorer's merge count — a profile showing a shorter name only ("Roe") holds a
// gold spelling ("Ann Roe") no more when another profile shows it in full, so two relatives' profiles,
// each with their shared surname, are not a split; the merge list says what is missing. Invented names.
import { describe, expect, it } from 'vitest';
import { scoreActors, type Gold } from '../../eval/actors.js';
import type { Actor, Analysis } from '../../src/analysis/types.js';

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
});
