// Held-out check of figures on invented multi-source mini-events of kinds the labelled dev clusters lack
// (an election, a company deal in two currencies, a flood with an earlier year's toll, a change of chief
// executive, a protest). Each lists every row the table may hold: precision (no row outside the list,
// no value in the wrong row, no invented number) and recall (each expected row, with its values).
import { describe, expect, it } from 'vitest';
import { extractFigures, readFigures } from '../../src/analysis/figures/index.js';
import type { Figure } from '../../src/analysis/types.js';
import { article } from './figuresHelpers.js';

/** Each row as "label [agreement]: value, value" (a vague value by its words), background marked. */
const rows = (figures: Figure[]) => figures.map((f) => `${f.background ? 'BG ' : ''}${f.label} [${f.agreement}]: ${f.values.map((v) => v.value ?? v.wording).join(', ')}`).sort();

describe('held-out mini-events', () => {
  it('an election: turnout (61 and 61.4 percent agree), seats won, eligible voters; the last election\'s turnout is background', () => {
    const figures = extractFigures([
      article('S1', [
        'Voters in Valdoria re-elected the ruling Unity Party on Sunday, the election commission said.',
        'Turnout was 61.4 percent, down from 66 percent in 2019.',
        'The Unity Party won 87 seats in the 150-seat assembly, while the opposition Civic Alliance took 49.',
        'About 4.2 million people were eligible to vote.',
      ], '2024-03-11'),
      article('S2', [
        'The ruling party won 87 seats, according to preliminary results.',
        'Turnout reached 61 percent, the commission said.',
        'Some 4.2 million eligible voters were registered at 5,300 polling stations.',
      ], '2024-03-11'),
      article('S3', [
        'With turnout of about 62%, the Unity Party secured 87 of the 150 seats.',
        '"No one should doubt this result," the prime minister, 58, told supporters.',
      ], '2024-03-12'),
    ]);
    expect(rows(figures)).toEqual([
      'BG turnout (%) (2019) [single-source]: 66',
      'people eligible to vote [consistent]: 4200000, 4200000',
      'seats won [consistent]: 87, 87, 87',
      'turnout (%) [consistent]: 61.4, 61, 62',
    ]);
  });

  it('a company deal: one price in two currencies is no conflict; a share-price change is left out', () => {
    const figures = extractFigures([
      article('S1', [
        'Harlow Systems agreed to buy the chip designer Quenta for $1.2 billion in cash, the companies said on Monday.',
        'Quenta has 1,400 employees.',
        'Harlow shares rose 4% in early trading.',
      ], '2024-05-06'),
      article('S2', ['Harlow Systems will pay £950 million for Quenta, which employs about 1,400 staff.'], '2024-05-06'),
      article('S3', ['The deal values Quenta at $1.2bn.'], '2024-05-07'),
    ]);
    const price = figures.filter((f) => f.values.some((v) => v.unit === 'USD' || v.unit === 'GBP'));
    expect(price.every((f) => f.agreement !== 'conflicting')).toBe(true);
    expect(price.flatMap((f) => f.values.map((v) => `${v.unit} ${v.value}`)).sort()).toEqual(['GBP 950000000', 'USD 1200000000', 'USD 1200000000']);
    expect(figures.some((f) => f.values.some((v) => v.value === 4))).toBe(false);
    // A headcount nothing happened to is no key figure, however many sources give it: it is among the
    // other numbers mentioned, with its words.
    expect(figures.some((f) => f.label === 'workers')).toBe(false);
    const { others } = readFigures([article('S1', ['Quenta has 1,400 employees.']), article('S2', ['Quenta employs about 1,400 staff.'])]);
    expect(others.map((f) => f.values.map((v) => [v.value, v.qualifier]))).toEqual([[[1400, null], [1400, 'about']]]);
  });

  it('a flood: this flood\'s toll in one row, an earlier year\'s toll as background, vague amounts kept in words', () => {
    const figures = extractFigures([
      article('S1', [
        'Floods in the Marren valley killed at least 14 people on Tuesday, officials said.',
        'Hundreds of homes were flooded and 2,300 people were evacuated.',
        'In 2011, floods in the same valley killed 60 people.',
      ], '2024-09-18'),
      article('S2', [
        'The death toll rose to 16 on Wednesday.',
        'No-one was reported missing.',
        'About 2,300 residents were forced from their homes.',
      ], '2024-09-19'),
    ]);
    expect(rows(figures)).toEqual([
      'BG people killed (2011) [single-source]: 60',
      'buildings damaged or destroyed [single-source]: hundreds',
      'people displaced or evacuated [consistent]: 2300, 2300',
      'people killed [consistent]: 14, 16',
    ]);
  });

  it('a change of chief executive: ages by person, a tenure, no invented age for a company', () => {
    const figures = extractFigures([
      article('S1', [
        'Orrin Bakst, 61, stepped down as chief executive of Telvane after eight years, the company said.',
        'He will be replaced by Mira Castell, 52, the finance chief.',
        'The 90-year-old company employs 12,000 workers.',
      ], '2024-02-01'),
      article('S2', [
        'Telvane named Mira Castell, 52, as chief executive, succeeding Orrin Bakst, who resigned after eight years.',
        'The 61-year-old Bakst will stay on as an adviser.',
      ], '2024-02-01'),
    ]);
    expect(rows(figures)).toEqual([
      'age of Bakst [consistent]: 61, 61',
      'age of Castell [consistent]: 52, 52',
      'length of the tenure of Bakst (years) [consistent]: 8, 8',
    ]);
  });

  it('a protest: organisers\' and police counts of one crowd conflict, with who gave each; vague arrests stay words and agree with a count they allow', () => {
    const figures = extractFigures([
      article('S1', [
        'Some 20,000 people marched through Portavel on Saturday, organisers said; police put the number at 8,000.',
        'Dozens of people were arrested.',
      ], '2024-04-14'),
      article('S2', ['Police said 8,000 people took to the streets and 31 were arrested.'], '2024-04-14'),
    ]);
    const march = figures.find((f) => f.label === 'people taking part')!;
    expect(march.agreement).toBe('conflicting');
    expect(march.values.map((v) => [v.value, v.attribution])).toEqual([[20000, 'organisers'], [8000, 'police'], [8000, 'Police']]);
    const arrests = figures.find((f) => f.label === 'people arrested')!;
    // "Dozens" allows 31: no conflict, and no number the source never gave.
    expect(arrests.values.map((v) => v.value ?? v.wording)).toEqual(['dozens', 31]);
    expect(arrests.agreement).toBe('consistent');
  });
});
