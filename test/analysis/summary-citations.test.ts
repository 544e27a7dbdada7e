// Summary: a cited source must say what the line says — not the opposite ("pleaded not guilty" for
// "was found guilty"), not another stage ("charged" for "convicted", "injured" for "killed"), not only
// the setting the line shares with it ("a fire destroyed the store" for "residents were allowed home"),
// and not only the outlet both credit. One point is given once even when one wording adds an age; the
// news opens the summary even when its doer announces it. Invented articles.
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/analysis/summary/index.js';
import { readingOrder } from '../../src/analysis/summary/order.js';
import { stripAttribution } from '../../src/analysis/summary/points.js';
import type { Candidate } from '../../src/analysis/summary/candidates.js';
import { keyContent, keyWeights, supportStrength } from '../../src/analysis/summary/support.js';
import { makeArticles } from './articleFixture.js';

describe('supportStrength: the supporter says the same thing', () => {
  const sentences = [
    /* 0 */ 'A jury in Harlow County convicted a Millbrook man of two counts of arson in the burning of the town hall.',
    /* 1 */ 'A Millbrook man has pleaded not guilty to two counts of arson in the burning of the Harlow County town hall.',
    /* 2 */ 'Prosecutors have charged a Millbrook man with two counts of arson in the burning of the Harlow County town hall.',
    /* 3 */ 'A Millbrook man was found guilty of two counts of arson in the burning of the Harlow County town hall.',
    /* 4 */ 'Residents evacuated after a huge fire destroyed the town hall in Millbrook were allowed to return to their homes on Sunday evening.',
    /* 5 */ 'A huge fire destroyed the town hall in Millbrook.',
    /* 6 */ 'The Valley Courier reports that the jury recommended the longest sentence the law allows for arson.',
    /* 7 */ 'The Valley Courier reports the arson suspect has been held without bail at the county jail since March.',
    /* 8 */ 'One firefighter was killed in the blaze at the Millbrook town hall.',
    /* 9 */ 'One firefighter was injured in the blaze at the Millbrook town hall.',
    /* 10 */ 'Jurors recommended the longest sentence the law allows for arson.',
  ];
  const keys = sentences.map(keyContent);
  const w = keyWeights(keys);
  const backs = (main: number, other: number) => supportStrength(keys[main], keys[other], w) > 0;

  it('accepts the same statement in other words', () => {
    expect(backs(0, 3)).toBe(true);
    expect(backs(6, 10)).toBe(true);
  });

  it('rejects the opposite polarity', () => {
    expect(backs(0, 1)).toBe(false);
    expect(backs(3, 1)).toBe(false);
  });

  it('rejects another stage of the same process', () => {
    expect(backs(0, 2)).toBe(false);
    expect(backs(8, 9)).toBe(false);
    expect(backs(9, 8)).toBe(false);
  });

  it('rejects a sentence that shares only the setting of the line', () => {
    expect(backs(4, 5)).toBe(false);
  });

  it('rejects a sentence that shares only the outlet both credit', () => {
    expect(stripAttribution(sentences[6])).toBe('the jury recommended the longest sentence the law allows for arson.');
    expect(backs(6, 7)).toBe(false);
  });
});

describe('summarize', () => {
  it('does not give one point twice because one wording adds an age', () => {
    const articles = makeArticles(
      ['Dario Venn, 52, hanged himself in his cell at Eastmoor prison hours after his arrest in a police raid.', 'The raid on Tuesday targeted a smuggling ring that shipped stolen cars to ports abroad.'],
      ['Police said Dario Venn hanged himself in his cell at Eastmoor prison after his arrest.', 'Officers seized forty stolen cars in the raid on the smuggling ring on Tuesday.'],
      ['Dario Venn hanged himself in his cell at Eastmoor prison, police said.', 'The smuggling ring shipped stolen cars to ports abroad, according to prosecutors.'],
    );
    const hanged = summarize(articles, []).filter((s) => /hanged himself/.test(s.text));
    expect(hanged).toHaveLength(1);
  });
});

describe('summarize: one verdict told twice', () => {
  it('gives the verdict once when one wording counts the charges and the other gives an age', () => {
    const articles = makeArticles(
      ['A jury in Harlow County has convicted a Millbrook man of two counts of arson in the fire that destroyed the town hall.', 'The fire in March destroyed the old town hall and the records office beside it.', 'The judge will sentence him next month, the county clerk said.'],
      ['Jurors in Harlow County on Thursday convicted a 41-year-old Millbrook carpenter after a week-long trial over the blaze that gutted the town hall.', 'Investigators found petrol cans in the basement of the town hall after the fire.', 'Sentencing is set for next month.'],
      ['A jury in Harlow County convicted a Millbrook man of two counts of arson on Thursday.', 'The jury deliberated for six hours before reaching its verdict on the town hall fire.', 'The defence said it would appeal the verdict.'],
    );
    const verdicts = summarize(articles, []).filter((s) => /convicted a/.test(s.text));
    expect(verdicts).toHaveLength(1);
  });
});

describe('readingOrder', () => {
  const mk = (text: string, source: string, rank: number): Candidate =>
    ({ source, paragraph: rank + 1, text, start: 0, position: rank / 10, quality: 1, rank });

  it('opens with the action its doer announces that most sources lead with', () => {
    const deal = mk('Norvale Systems said it has agreed to buy the chip designer Brightwave for $300 million.', 'S1', 6);
    const backing = [mk('Norvale Systems has agreed to buy Brightwave for $300 million.', 'S2', 0), mk('Norvale said on Monday it has agreed to buy Brightwave for $300 million.', 'S3', 1)];
    const detail = mk('Brightwave employs 350 people in four offices.', 'S2', 3);
    const view = mk('An analyst said the price looked high for a small firm.', 'S1', 2);
    const order = readingOrder([view, detail, deal], [[], [], backing]).map((x) => x.c);
    expect(order[0]).toBe(deal);
    expect(order[order.length - 1]).toBe(view);
  });

  it('reads a lead with a closing credit (", police said Saturday") as what happened, not as a statement', () => {
    const lead = mk('Two men were arrested over the fire that destroyed the Eastmoor mill, police said Saturday.', 'S1', 0);
    const backing = [mk('Two men have been arrested over the Eastmoor mill fire.', 'S2', 0), mk('Police arrested two men over the mill fire in Eastmoor.', 'S3', 1)];
    const detail = mk('The mill had stood empty since the spring.', 'S2', 3);
    const view = mk('The mayor said the town would rebuild the mill as a museum.', 'S3', 2);
    const order = readingOrder([view, detail, lead], [[], [], backing]).map((x) => x.c);
    expect(order[0]).toBe(lead);
    expect(order[order.length - 1]).toBe(view);
    const quake = mk('An earthquake of magnitude 4.6 shook the valley on Thursday, according to the U.S. Geological Survey.', 'S1', 0);
    expect(readingOrder([view, detail, quake], [[], [], [mk('A magnitude 4.6 quake shook the valley.', 'S2', 0)]]).map((x) => x.c)[0]).toBe(quake);
  });
});
