// Tests, on invented reports (test/fixtures/claims/): when one event happened, told differently — an
// earthquake's clock time, the day a coach was fired. Rough times, one night told from both sides,
// times in another zone and times that belong to another act are no disagreement.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventTimes } from '../../src/analysis/discrepancies/eventTimes.js';
import { analyzeArticles } from '../../src/analysis/index.js';
import { allSentences } from '../../src/analysis/text/corpus.js';
import { readContent } from '../../src/content/read.js';
import { makeArticles } from './articleFixture.js';
import { worded } from './worded.js';

const fixture = (name: string) => readContent(join(import.meta.dirname, '..', 'fixtures', 'claims', name)).articles;
const claimsOf = (name: string) => worded(analyzeArticles(fixture(name)).discrepancies).filter((d) => d.finding.rule === 'eventTime');
const times = (...sources: string[][]) => worded(eventTimes(allSentences(makeArticles(...sources)), []));

describe('when one event happened', () => {
  it('finds two clock times for one earthquake, leaving out the aftershock and the time in GMT', () => {
    const [d, ...rest] = claimsOf('quake');
    expect(rest).toEqual([]);
    expect(d.about).toBe('time of the earthquake');
    expect(d.note).toBe('Sources give different times for the earthquake: “5:38 a.m.” (S1) against “6:05 a.m.” (S2).');
    expect(d.statements.map((s) => [s.source, s.paragraph])).toEqual([['S1', 1], ['S2', 1]]);
    expect(d.statements[1].quote).toBe('The quake hit at 6:05 a.m. Sunday');
  });

  it('finds two days for one dismissal, named by the person fired, not by the day of an announcement', () => {
    const [d, ...rest] = claimsOf('coach');
    expect(rest).toEqual([]);
    expect(d.about).toBe('day of the dismissal of Jon Brasch');
    expect(d.note).toBe('Sources give different days for the dismissal of Jon Brasch: “Monday” (S1) against “Tuesday” (S2).');
  });

  it('lets a rough time agree with an exact one near it, and a rounded one with one a few minutes away', () => {
    expect(times(['The earthquake struck at about 5:30 a.m. on Sunday.'], ['The quake hit at 5:48 a.m. Sunday.'])).toEqual([]);
    expect(times(['The fire broke out at 3:30 a.m.'], ['The fire was reported at 3:33 a.m.'])).toEqual([]);
  });

  it('reads "Friday night" and "early Saturday" as one night', () => {
    expect(times(['The fire broke out Friday night in the old mill.'], ['The fire started early Saturday, neighbours said.'])).toEqual([]);
  });

  it('does not compare a local time with one in GMT, nor a day beside it when the zones differ', () => {
    expect(times(['The earthquake struck at 11:40 p.m. local time on Sunday.'], ['The quake struck at 0340 GMT on Monday.'])).toEqual([]);
  });

  it('leaves out a source that gives two times, and a day that belongs to another act', () => {
    expect(times(['The blast happened at 9:10 a.m.', 'A later blast at 11:30 a.m. shook the port.'], ['The blast happened at 9:10 a.m.'])).toEqual([]);
    expect(times(
      ['The shooting on Saturday night shocked the town.'],
      ['A vigil is planned for Sunday evening at the site of the shooting.', 'Students announced new rallies on Sunday after the shooting.'],
    )).toEqual([]);
  });

  it('reads a date with its year, and compares it only with dates of that year', () => {
    const [d, ...rest] = times(['The warehouse fire broke out on June 17, 2031, the county said.'], ['The fire started on 19 June 2031 in the loading bay.']);
    expect(rest).toEqual([]);
    expect(d.note).toBe('Sources give different dates for the fire: “June 17, 2031” (S1) against “19 June 2031” (S2).');
    // another year is another event; a date without a year may be of any year
    expect(times(['The fire broke out on June 17, 2029.'], ['The fire broke out on June 19, 2031.'])).toEqual([]);
    expect(times(['The fire broke out on June 17, 2031.'], ['The fire broke out on June 19.'])).toEqual([]);
    // a day before another number is still no date
    expect(times(['The fire broke out on June 17, 150 firefighters said.'], ['The fire broke out on June 19, 2031.'])).toEqual([]);
  });

  it('reads "ET" or "CET" after a time as its zone, and lets two unmarked times whole hours apart be two zones when one source names a zone', () => {
    expect(times(['The quake struck at 5:38 a.m. local time on Sunday.'], ['The quake struck at 9:08 p.m. ET on Saturday.'])).toEqual([]);
    expect(times(['The quake struck at 5:38 a.m. local time (0208 GMT) on Sunday.'], ['The quake struck at 9:08 p.m. Saturday, waking no one in the capital.'])).toEqual([]);
    // 27 minutes apart is no zone: still a disagreement
    const [d, ...rest] = times(['The quake struck at 5:38 a.m. local time (0208 GMT) on Sunday.'], ['The quake hit at 6:05 a.m. Sunday.']);
    expect(rest).toEqual([]);
    expect(d.note).toBe('Sources give different times for the earthquake: “5:38 a.m.” (S1) against “6:05 a.m.” (S2).');
  });
});
