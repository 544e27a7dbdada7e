// Tests, on invented reports: the final score of one match told differently is a claim discrepancy; two
// matches of one team, a half-time score, a lead, a record in brackets, or a source giving the scores
// of a series are not.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchScores } from '../../src/analysis/discrepancies/matchScores.js';
import { analyzeArticles } from '../../src/analysis/index.js';
import { allSentences } from '../../src/analysis/text/corpus.js';
import type { Actor } from '../../src/analysis/types.js';
import { readContent } from '../../src/content/read.js';
import { makeArticles } from './articleFixture.js';
import { worded } from './worded.js';

const team = (id: string, name: string, aliases: string[] = []): Actor => ({ id, name, kind: 'organisation', role: null, aliases, sources: [], mentions: 1 });
const TEAMS = [team('A1', 'Eastmoor Rovers', ['Rovers']), team('A2', 'Westvale Lions', ['Lions'])];
const scores = (...sources: string[][]) => worded(matchScores(allSentences(makeArticles(...sources)), TEAMS));

describe('the final score of one match', () => {
  it('finds two final scores of one cup tie (fixture)', () => {
    const { articles } = readContent(join(import.meta.dirname, '..', 'fixtures', 'claims', 'match'));
    const found = worded(analyzeArticles(articles).discrepancies).filter((d) => d.finding.rule === 'score');
    expect(found).toHaveLength(1);
    expect(found[0].note).toBe('Sources give different final scores: “3-1” (S1) against “3-2” (S2).');
    expect(found[0].statements.map((s) => s.source)).toEqual(['S1', 'S2']);
  });

  it('reads a score before a result noun, and the same score in any order of its numbers', () => {
    const [d] = scores(['The Rovers sealed a 2-1 victory over the Lions on Sunday.'], ['Eastmoor Rovers beat Westvale Lions 3-1.'], ['The Lions lost 1-2 to the Rovers.']);
    expect(d.finding).toMatchObject({ rule: 'score', scores: [{ value: '2-1', sources: ['S1', 'S3'] }, { value: '3-1', sources: ['S2'] }] });
  });

  it('does not pair two matches of one team against different opponents', () => {
    expect(scores(['The Rovers posted a 4-0 rout of the Harbour Pirates.'], ['The Rovers sealed a 2-1 victory against the Hill Rangers.'])).toEqual([]);
  });

  it('does not read half-time scores, leads or records in brackets', () => {
    expect(scores(['The Rovers led the Lions 2-0 at halftime.'], ['The Rovers beat the Lions 3-1.'])).toEqual([]);
    expect(scores(['The Rovers (11-4) beat the Lions 3-1.'], ['The Rovers beat the Lions 3-1, their eleventh win.'])).toEqual([]);
  });

  it('leaves out a source that gives the scores of several games', () => {
    expect(scores(['The Rovers beat the Lions 3-1 in the first game.', 'The Rovers beat the Lions 2-0 on Friday.'], ['The Rovers beat the Lions 2-0.'])).toEqual([]);
  });

  it('finds a team whose name first stands inside a longer word ("Lionsgate … the Lions")', () => {
    const [d] = scores(['Lionsgate fans saw the Lions beat the Harbour Pirates 3-1.'], ['Westvale Lions won 3-2 against the Harbour Pirates.']);
    expect(d?.finding).toMatchObject({ rule: 'score', scores: [{ value: '3-1', sources: ['S1'] }, { value: '3-2', sources: ['S2'] }] });
  });
});
