// Tests, on invented reports: two outlets naming different people as the holder of a role one person
// holds ("the suspect") is a claim discrepancy; a story with several suspects, one person under two
// spellings, or a source naming two holders is not.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleHolders } from '../../src/analysis/discrepancies/roleHolders.js';
import { analyzeArticles } from '../../src/analysis/index.js';
import { allSentences } from '../../src/analysis/text/corpus.js';
import type { Actor } from '../../src/analysis/types.js';
import { readContent } from '../../src/content/read.js';
import { makeArticles } from './articleFixture.js';
import { worded } from './worded.js';

const person = (id: string, name: string, aliases: string[] = []): Actor => ({ id, name, kind: 'person', role: null, aliases, sources: [], mentions: 1 });
const PEOPLE = [person('A1', 'Karl Denton', ['Denton']), person('A2', 'Mark Feeney', ['Feeney']), person('A3', 'Ravi Bhatt')];
const roles = (sources: string[][], actors = PEOPLE) => worded(roleHolders(allSentences(makeArticles(...sources)), actors));

describe('who held a role one person holds', () => {
  it('finds two outlets naming different suspects in one killing (fixture)', () => {
    const { articles } = readContent(join(import.meta.dirname, '..', 'fixtures', 'claims', 'crime'));
    const found = worded(analyzeArticles(articles).discrepancies).filter((d) => d.finding.rule === 'roleHolder');
    expect(found.map((d) => d.about)).toEqual(['who the suspect was']);
    expect(found[0].note).toBe('Sources name different people as the suspect: “Karl Denton” (S1) against “Mark Feeney” (S2).');
    expect(found[0].statements.map((s) => [s.source, s.paragraph, s.quote])).toEqual([
      ['S1', 2, 'The suspect, Karl Denton'],
      ['S2', 2, 'Police named the suspect as Mark Feeney'],
    ]);
  });

  it('reads "X, the alleged gunman" and "the gunman was identified as X"', () => {
    const [d] = roles([
      ['Karl Denton, the alleged gunman, was held at the scene.'],
      ['The gunman was identified as Mark Feeney by the county sheriff.'],
    ]);
    expect(d.about).toBe('who the gunman was');
    expect(d.statements.map((s) => s.quote)).toEqual(['Karl Denton, the alleged gunman', 'The gunman was identified as Mark Feeney by the county sheriff']);
  });

  it('is silent when some source counts several holders of the role', () => {
    expect(roles([
      ['The suspect, Karl Denton, was held on Friday.'],
      ['Police named the suspect as Mark Feeney.', 'A second suspect is still being sought.'],
    ])).toEqual([]);
    expect(roles([['The suspect, Karl Denton, was held.'], ['The suspect, Mark Feeney, fled.', 'Both suspects are in their twenties.']])).toEqual([]);
  });

  it('is silent for one person under two spellings and for a source that names two holders', () => {
    expect(roles([['The suspect, Karl Denton, was held.'], ['The suspect, Carl Denton, was held.']], [...PEOPLE, person('A4', 'Carl Denton')])).toEqual([]);
    expect(roles([
      ['The suspect, Karl Denton, was held.', 'Later police said the suspect was identified as Mark Feeney.'],
      ['The suspect, Mark Feeney, appeared in court.'],
    ])).toEqual([]);
  });

  it("does not take 'X, the victim’s mother' or 'the suspect’s attorney' as the holder of the role", () => {
    expect(roles([
      ['The victim, Karl Denton, died at the scene.'],
      ['Mark Feeney, the victim\'s brother, spoke to reporters.'],
    ])).toEqual([]);
    expect(roles([
      ['The suspect, Karl Denton, was held on Friday.'],
      ['Ravi Bhatt, the suspect’s attorney, declined to comment.'],
    ])).toEqual([]);
  });
});
