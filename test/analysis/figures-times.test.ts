// Unit tests, on invented sentences: how many times something was done is a figure when a past verb
// stands beside the count ("twice wrestled", "rebuffed him three times"); a ratio, a rate or "many times"
// is not; a count "since October" is not the same figure as a lifetime count; "arrested four times" is
// no count of people arrested.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';
import { article } from './figuresHelpers.js';

const read = (...texts: string[]) => extractFigures(texts.map((t, i) => article(`S${i + 1}`, [t])));
const rows = (texts: string[]) => read(...texts).map((f) => [f.label, f.values.map((v) => v.value)]);

describe('how many times something was done', () => {
  it('reads the count with its verb and object, before or after it, and groups the same act', () => {
    expect(rows(['Reyes twice wrestled Brandt to the floor.', 'The club rebuffed him three times, officials said.', 'Reyes twice wrestled Brandt to the canvas early on.']))
      .toEqual([['times wrestled Brandt', [2, 2]], ['times rebuffed him', [3]]]);
  });

  it('reads no ratio, rate or vague count', () => {
    expect(read('The bill is twice as high and three times larger than planned.', 'He visits twice a week and calls three times a day.', 'It was twice the size.', 'He tried many times.')).toEqual([]);
  });

  it('keeps a count over a period apart, and is no count of people', () => {
    const figures = read('Vance had previously been arrested four times on theft charges.', 'Vance had been arrested three times since October.');
    expect(figures.map((f) => [f.label, f.agreement])).toEqual([['times arrested', 'single-source'], ['times arrested, counted over a period', 'single-source']]);
  });

  it('reads "for the second time" as two times, with the particle after the object, and not "for the first time"', () => {
    expect(rows(['A two-handed assault sent Brandt down for the second time.', 'For the first time, Brandt spoke.'])).toEqual([['times sent Brandt down', [2]]]);
  });

  it('takes a name after the determiner whole: "times reached the NBA Playoffs"', () => {
    expect(rows(['During his time there, the club reached the NBA Playoffs twice.'])).toEqual([['times reached the NBA Playoffs', [2]]]);
  });
});
