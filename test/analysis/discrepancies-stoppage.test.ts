// Tests, on invented reports: a contest stopped "at 2:56" by one report and "with two seconds remaining"
// by another disagree when the reports give the period's length (three minutes: 2:56 leaves four
// seconds), and without it when the story names its rounds (2:58 in all is no whole number of minutes);
// when the times add up, when the story names no round, or when the times are of different rounds,
// nothing is said.
import { describe, expect, it } from 'vitest';
import { stoppageTimes } from '../../src/analysis/discrepancies/stoppageTimes.js';
import { allSentences } from '../../src/analysis/text/corpus.js';
import { makeArticles } from './articleFixture.js';
import { worded } from './worded.js';

const stoppages = (...sources: string[][]) => worded(stoppageTimes(allSentences(makeArticles(...sources))));
const ROUND = 'Each three-minute round went to the champion.';

describe('when a contest was stopped', () => {
  it('finds a clock time and a time remaining that do not add up to the stated round', () => {
    const [d, ...rest] = stoppages(
      ['Referee Ana Morel stopped the bout at 2:56 of the fourth round.'],
      ['Jon Brasch stopped his challenger with two seconds remaining in the fourth.', ROUND],
      ['The referee waved it off at 2:56.'],
    );
    expect(rest).toEqual([]);
    expect(d.about).toBe('when the contest was stopped');
    expect(d.note).toBe('The sources put the stoppage at different moments of a period of 3:00: “at 2:56” (S1 and S3) against “with two seconds remaining” (S2), that is 2:58 into it.');
    expect(d.statements.map((s) => s.source)).toEqual(['S1', 'S2', 'S3']);
  });

  it('is silent when the times add up, when no source gives the length, or when two lengths are given', () => {
    expect(stoppages(['The referee stopped the bout at 2:58.'], ['He stopped him with two seconds left.', ROUND])).toEqual([]);
    expect(stoppages(['The referee stopped the bout at 2:56.'], ['He stopped him with two seconds left.'])).toEqual([]);
    expect(stoppages(['The referee stopped the bout at 2:56.'], ['He stopped him with two seconds left.', ROUND, 'Amateurs fight two-minute rounds.'])).toEqual([]);
  });

  it('reads no stoppage in a time of day or a time without a verb of stopping', () => {
    expect(stoppages(['The referee stopped the weigh-in at 2:15 p.m.'], ['The bell rang at 2:56.', ROUND], ['He stopped him with two seconds left.'])).toEqual([]);
  });

  it('reads no contest in talks or a working session that ended at a clock time', () => {
    expect(stoppages(
      ['The 90-minute session of talks ended at 11:30, a spokesman said.'],
      ['Negotiators said the talks ended with 20 minutes left of the 90-minute session.'],
    )).toEqual([]);
  });

  it('without a stated length, finds a time gone and a time left that make no whole number of minutes', () => {
    const [d, ...rest] = stoppages(
      ['Referee Ana Morel stopped the bout at 2:56 of the fourth round.'],
      ['Jon Brasch stopped his challenger with two seconds remaining of the fourth round.'],
    );
    expect(rest).toEqual([]);
    expect(d.note).toBe('The sources put the stoppage at different moments: “at 2:56” (S1) against “with two seconds remaining” (S2); 2:56 gone and 0:02 left make 2:58, and a round or period lasts whole minutes.');
    expect(d.statements.map((s) => s.source)).toEqual(['S1', 'S2']);
  });

  it('without a stated length, is silent when the times make whole minutes or name different rounds', () => {
    expect(stoppages(['The referee stopped the bout at 2:58 of the fourth round.'], ['He stopped him with two seconds left in the fourth round.'])).toEqual([]);
    expect(stoppages(['The referee stopped the bout at 1:58 in round four.'], ['He stopped him with 1:02 remaining in round four.'])).toEqual([]);
    // no numbered round (a round fired, a period of weeks), or no time left: nothing says it is a game clock
    expect(stoppages(['Police stopped the car at 2:45 after a round was fired.'], ['Officers stopped him with two minutes left on the meter over a period of weeks.'])).toEqual([]);
    expect(stoppages(['Police stopped the van at 2:45 before the second round of talks.'], ['Police stopped the van at 2:50.'])).toEqual([]);
    // a time left of something else than a numbered period is no contest's clock, whatever rounds the story numbers elsewhere
    expect(stoppages(['Police stopped the van at 2:15, the third round of raids this month.'], ['Officers stopped the driver with ten minutes left before the curfew.'])).toEqual([]);
    // two bouts of one card: the times are of different rounds
    expect(stoppages(
      ['Ana Morel stopped her opponent at 1:47 of the second round.'],
      ['Jon Brasch stopped his challenger with ten seconds remaining of the fifth round.'],
    )).toEqual([]);
  });
});
