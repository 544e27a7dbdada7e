// Figures: a toll dated to a month before the event began is an earlier event's, by the reports' own dates.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';
import { article } from './figuresHelpers.js';

const killed = (fs: ReturnType<typeof extractFigures>) => fs.filter((f) => f.label.startsWith('people killed'))
  .map((f) => [f.label, Boolean(f.background), f.values.map((v) => v.value)]);

describe('a toll dated by its month', () => {
  it('is background when the month, with its year, is before the event began', () => {
    const fs = extractFigures([
      article('S1', ['The flood killed 40 people in the valley.', 'A landslide killed 300 people in January 2031 in the hills.'], '2031-10-14'),
      article('S2', ['At least 40 people died in the flood.'], '2031-10-15'),
    ]);
    expect(killed(fs)).toEqual([
      ['people killed', false, [40, 40]],
      ['people killed (January 2031)', true, [300]],
    ]);
  });

  it('is background when the sentence opens with an earlier time ("Earlier this year, … left three dead")', () => {
    const fs = extractFigures([
      article('S1', ['The gunman killed two co-workers at the plant on Friday.', 'Earlier this year, a clerk was charged with murder in a depot shooting that left three drivers dead.'], '2031-09-11'),
      article('S2', ['Two workers were killed at the plant, police said.'], '2031-09-11'),
    ]);
    expect(fs.filter((f) => !f.background).flatMap((f) => f.values.map((v) => v.value))).not.toContain(3);
    expect(fs.filter((f) => f.background).flatMap((f) => f.values.map((v) => v.value))).toEqual([3]);
  });

  it('keeps this event\'s toll when the sentence opens with "the previous night"', () => {
    const fs = extractFigures([
      article('S1', ['The previous night, the storm killed 12 people on the coast.'], '2031-09-11'),
      article('S2', ['The storm killed 12 people, officials said.'], '2031-09-11'),
    ]);
    expect(killed(fs)).toEqual([['people killed', false, [12, 12]]]);
  });

  it('keeps this event\'s count when "previous" names its own day or no earlier record', () => {
    const fs = extractFigures([
      article('S1', ['The storm killed 12 people the previous day.', 'Nine people with no previous convictions were arrested.'], '2031-09-11'),
      article('S2', ['The storm killed 12 people, officials said. Police arrested nine people.'], '2031-09-11'),
    ]);
    expect(fs.filter((f) => f.background).map((f) => f.label)).toEqual([]);
    const quake = extractFigures([article('S1', ['The quake killed 40 people.', 'A previous quake killed 300 people in the valley.'], '2031-09-11')]);
    expect(quake.filter((f) => f.background).flatMap((f) => f.values.map((v) => v.value))).toEqual([300]);
  });

  it('does not set two undated earlier events against each other', () => {
    const fs = extractFigures([
      article('S1', ['The gunman killed two co-workers at the plant on Friday.', 'Earlier this year, a clerk was charged with murder in a depot shooting that left three drivers dead.'], '2031-09-11'),
      article('S2', ['Two workers were killed at the plant, police said.', 'A fire at the same plant killed five people years ago.'], '2031-09-11'),
    ]);
    const past = fs.filter((f) => f.background);
    expect(past.map((f) => f.values.map((v) => v.value))).toEqual([[3], [5]]);
  });

  it('reads a month with no year as the latest one before the report, and "last month"', () => {
    const fs = extractFigures([
      article('S1', ['The quake killed 12 people.', 'In February, a quake in the north killed 600 people.', 'A storm last month killed 9 people on the coast.'], '2031-11-28'),
      article('S2', ['At least 12 people died.', 'The December quake killed 2,000 people in the south.'], '2031-11-29'),
    ]);
    expect(killed(fs)).toEqual([
      ['people killed', false, [12, 12]],
      ['people killed (February 2031)', true, [600]],
      ['people killed (October 2031)', true, [9]],
      ['people killed (December 2030)', true, [2000]],
    ]);
  });

  it('takes the report\'s month from a stamp in its text when it has no date', () => {
    const undated = (id: string, paragraphs: string[]) => ({ ...article(id, paragraphs), meta: { title: id } });
    const fs = extractFigures([
      undated('S1', ['Posted: March 29, 2031', 'The quake killed 12 people.', 'A tsunami killed 5,000 people in December 2030.']),
      undated('S2', ['Updated March 29, 2031', 'At least 12 people died.']),
    ]);
    expect(killed(fs)).toEqual([
      ['people killed', false, [12, 12]],
      ['people killed (2030)', true, [5000]],
    ]);
  });

  it('keeps the event\'s own month, the month before it in its first days, and a later report\'s "last month"', () => {
    const fs = extractFigures([
      article('S1', ['The storm killed 8 people on March 30.'], '2031-04-02'),
      article('S2', ['At least 8 people were killed in late March.'], '2031-04-03'),
      article('S3', ['The storm that killed 8 people last month is under review.'], '2031-05-10'),
    ]);
    expect(killed(fs)).toEqual([['people killed', false, [8, 8, 8]]]);
  });

  it('leaves alone a month to come, a period running until now, and a tenure dated by its end', () => {
    const fs = extractFigures([
      article('S1', [
        'The quake killed 12 people.',
        'The clinic that will treat 40 people injured in the quake opens in December.',
        'Since January, 30 people have been killed on the roads.',
        'The coach, fired on March 2 after four seasons, was hired yesterday.',
      ], '2031-06-20'),
    ]);
    expect(fs.filter((f) => f.background).map((f) => f.label)).toEqual([]);
  });
});
