// Unit tests, on invented sentences: a weight in pounds is not money; a height is a figure; different
// arms are different counts; stolen weapons are not "equipment deployed"; guards are not "police".
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';
import { article } from './figuresHelpers.js';

const read = (...texts: string[]) => extractFigures(texts.map((t, i) => article(`S${i + 1}`, [t])));

describe('measures of a person', () => {
  it('reads a weight in pounds as a weight, never as money', () => {
    const figures = read('The suspect is described as weighing about 180 pounds.', 'Police are looking for a 5-foot-10, 180-pound man.');
    const weight = figures.find((f) => f.label === 'weight (pounds)');
    expect(weight?.values.map((v) => [v.value, v.unit])).toEqual([[180, 'pounds'], [180, 'pounds']]);
    expect(figures.some((f) => f.values.some((v) => v.unit === 'GBP'))).toBe(false);
  });

  it('still reads pounds sterling as money', () => {
    const [f] = read('The council will spend 40 million pounds on the new bridge.');
    expect(f.values[0].unit).toBe('GBP');
  });

  it('reads a height before "tall" or a person noun', () => {
    const [f] = read('He is 6-feet tall with short hair.');
    expect([f.label, f.values[0].value]).toEqual(['height (feet)', 6]);
  });

  it('reads feet and inches as one height, never the feet alone', () => {
    const figures = read('He is 6-feet-1 inches tall and weighs 190 pounds.', 'Police want a 6-foot-1, 190-pound man.', 'The man is about 185 centimetres, or 6 feet 1 inch tall.');
    const height = figures.find((f) => f.label.startsWith('height'));
    expect(height?.values.map((v) => [v.value, v.unit])).toEqual([[73, 'inches'], [73, 'inches'], [73, 'inches']]);
    expect(height?.agreement).toBe('consistent');
  });
});

describe('what is counted, in the text\'s own nouns', () => {
  it('keeps pistols and guns apart, and names stolen weapons as taken', () => {
    const figures = read('The gunman stole three guns from the store.', 'He carried two semi-automatic pistols.');
    expect(figures.map((f) => f.label).sort()).toEqual(['pistols carried', 'weapons taken']);
    expect(figures.every((f) => f.agreement === 'single-source')).toBe(true);
  });

  it('calls guards officers, not police', () => {
    const [f] = read('The inmate overpowered two prison guards during the transfer.');
    expect(f.label).toBe('officers overpowered');
  });
});

describe('crowds and birthdays', () => {
  it('reads a crowd in every form as one figure', () => {
    const figures = read('Reyes thanked the crowd of 15,000 after the bout.', 'She led the 15,000 crowd in a song.', 'A crowd of about 15,000 people watched.');
    const f = figures.find((x) => x.label === 'size of the crowd');
    expect(f?.values.map((v) => v.value)).toEqual([15000, 15000, 15000]);
    expect(f?.agreement).toBe('consistent');
  });

  it('gives a birthday age to the name the clause follows, not to the sentence subject', () => {
    const figures = read('Reyes, 31, sang for her coach Ada Stone, who turned 70 on Friday.');
    expect(figures.map((f) => [f.label, f.values[0].value])).toEqual([['age of Reyes', 31], ['age of Stone', 70]]);
  });
});
