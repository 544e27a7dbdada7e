// Unit tests: number grammar — digits with separators and scales, number words, vague amounts, ranges,
// and the calendar numbers that are never figures.
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/analysis/figures/quantities.js';
import { findNumbers } from '../../src/analysis/text/numbers.js';
import { article } from './figuresHelpers.js';

const values = (s: string) => findNumbers(s).filter((n) => !n.calendar).map((n) => n.value);

describe('findNumbers', () => {
  it('reads thousands separators written in different styles', () => {
    expect(values('2,030 soldiers, 19.471 homes, 19 471 homes, 85\u00a0831 voters, 12\u202f000 ballots')).toEqual([2030, 19471, 19471, 85831, 12000]);
  });
  it('reads decimals and scales, including currency short forms', () => {
    const ns = findNumbers('a $3bn budget, €20m in aid, 1.5 million voters, 1.125 million tonnes, 85.8k workers, a 7,5 magnitude');
    expect(ns.map((n) => n.value)).toEqual([3e9, 2e7, 1.5e6, 1.125e6, 85800, 7.5]);
    expect(ns.map((n) => n.currency)).toEqual(['USD', 'EUR', undefined, undefined, undefined, undefined]);
  });
  it('reads number words, compounds and "a hundred"', () => {
    expect(values('three children, twenty-five houses, two hundred and fifty people, a hundred homes, Fifteen people')).toEqual([3, 25, 250, 100, 15]);
  });
  it('reads no number in words that only share a name with an object property ("constructor")', () => {
    expect(findNumbers('The constructor said three hundred constructor workers left.').map((n) => [n.text, n.value]))
      .toEqual([['three hundred', 300]]);
  });
  it('finds number words and vague amounts after ordinary words, in any case', () => {
    expect(values('Officials said Several Hundred fled, then TWENTY-ONE more; the tens of thousands who left, Half a dozen stayed')).toEqual([200, 21, 20000, 6]);
  });
  it('keeps a hyphenated unit with the number', () => {
    const [age, days, strong] = findNumbers('the 81-year-old mayor called a five-day shutdown with a 2,000-strong force');
    expect([age.value, age.hyphenWord]).toEqual([81, 'year-old']);
    expect([days.value, days.hyphenWord]).toEqual([5, 'day']);
    expect([strong.value, strong.hyphenWord]).toEqual([2000, 'strong']);
  });
  it('reads vague amounts as intervals', () => {
    const [dozens, hundreds, tens] = findNumbers('dozens of homes, hundreds more were injured, tens of thousands fled');
    expect([dozens.value, dozens.valueMax]).toEqual([24, 99]);
    expect([hundreds.value, hundreds.valueMax]).toEqual([200, 999]);
    expect([tens.value, tens.valueMax]).toEqual([20000, 99999]);
  });
  it('reads ranges', () => {
    const [r] = findNumbers('30-40 houses were flooded');
    expect([r.value, r.valueMax]).toEqual([30, 40]);
  });
  it('marks dates, clock times and years, and skips codes and ordinals', () => {
    const ns = findNumbers('At 15:34 on 10/01/2022, on January 10, 2022, in 2014, the 2000s, G7, COVID-19, the 3rd round, 24h');
    expect(ns.every((n) => n.calendar)).toBe(true);
    expect(ns.some((n) => n.value === 7 || n.value === 19 || n.value === 3 || n.value === 24)).toBe(false);
  });
});

describe('amount subjects', () => {
  it('turns the word that names an amount into the label noun', async () => {
    const { amountSubject, isAmountLabel } = (await import('../../src/analysis/lang/index.js')).packFor('en');
    expect(['losses', 'loses', 'lost', 'loss'].map(amountSubject)).toEqual(['loss', 'loss', 'loss', 'loss']);
    expect(['salaries', 'taxes', 'costs', 'sales', 'spent', 'owed', 'budget'].map(amountSubject)).toEqual(['salary', 'tax', 'cost', 'sales', 'spending', 'debt', 'budget']);
    expect(['loss', 'amount', 'turnout', 'pay rise'].every(isAmountLabel)).toBe(true);
    expect(['troops deployed', 'people killed', 'workers involved'].some(isAmountLabel)).toBe(false);
  });
});

describe('findNumbers, scales after a range and "MM"', () => {
  it('scales both ends of a range by the scale word after it', () => {
    const read = (t: string) => findNumbers(t).map((n) => [n.value, n.valueMax, n.currency ?? null]);
    expect(read('Some 2-3 million people live in the valley.')).toEqual([[2e6, 3e6, null]]);
    expect(read('Bids of $90-110 million came in.')).toEqual([[90e6, 110e6, 'USD']]);
    expect(read('A $45-50MM deal, then a $7MM bonus.')).toEqual([[45e6, 50e6, 'USD'], [7e6, undefined, 'USD']]);
  });

  it('reads a dot before a short scale as a decimal point, as before a scale word ("$1.125MM" is 1.125 million, not 1,125 million)', () => {
    const read = (t: string) => findNumbers(t).map((n) => n.value);
    expect(read('The club paid $1.125MM for him.')).toEqual([1.125e6]);
    expect(read('A fine of $2.250 mln was set.')).toEqual([2.25e6]);
    expect(read('Assets of $3.375b were sold.')).toEqual([3.375e9]);
    expect(read('It cost $1.125 million.')).toEqual([1.125e6]);
    expect(read('It cost $1.125m.')).toEqual([1.125e6]);
  });
});

describe('"between X and Y" with a scale after Y', () => {
  it('scales X too, as "X-Y million" is read ("between 2 and 3 million" is 2–3 million, not 2 to 3 million)', () => {
    const read = (t: string) => findQuantities(article('S1', [t])).map((q) => [q.value, q.valueMax ?? null]);
    expect(read('Between 2 and 3 million people were displaced by the floods.')).toEqual([[2e6, 3e6]]);
    expect(read('The repairs will cost between $1.5 and $2 billion, officials said.')).toEqual([[1.5e9, 2e9]]);
    // a first number with its own scale, or one that would pass the second, is left as written
    expect(read('Between 500,000 and 2 million people were displaced.')).toEqual([[5e5, 2e6]]);
    expect(read('Between 20 and 30 people were hurt.')).toEqual([[20, 30]]);
  });
});

describe('a fraction of a scale word', () => {
  it('reads "half a million" as 500,000 and "a quarter of a billion" as 250 million (not "a million", "a billion")', () => {
    const read = (t: string) => findNumbers(t).map((n) => [n.text, n.value]);
    expect(read('Half a million people fled the coast.')).toEqual([['Half a million', 5e5]]);
    expect(read('The plan costs a quarter of a billion dollars.')).toEqual([['a quarter of a billion', 2.5e8]]);
    expect(read('Nearly three-quarters of a million voters stayed home.')).toEqual([['three-quarters of a million', 7.5e5]]);
    expect(read('Half a dozen shops were looted.')).toEqual([['Half a dozen', 6]]);
  });
});
