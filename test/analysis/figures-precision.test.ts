// Figures, precision first: on invented reports of events of every kind, a number goes into a row only
// when what it counts is read right — never a negation, a pronoun, a model's designation, a noun further
// on in the sentence, another country's dollar; and counts the sentence says nothing happened to never
// make a conflict.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';
import { findQuantities } from '../../src/analysis/figures/quantities.js';
import { findNumbers } from '../../src/analysis/text/numbers.js';
import { agreementOf, rangeOf } from '../../src/analysis/figures/grouping.js';
import { article } from './figuresHelpers.js';

const quantities = (...paragraphs: string[]) => findQuantities(article('S1', paragraphs));

describe('what is not a count', () => {
  it('reads "no-one was hurt" as no count, however "no one" is written', () => {
    expect(quantities('No-one was injured when the warehouse roof fell in.', 'Fire officers said no-one had been hurt.')).toEqual([]);
  });

  it('reads a bare "one" as a pronoun unless a noun follows it', () => {
    expect(quantities('"I am the one you are looking for," the man told the guards.')).toEqual([]);
    expect(quantities('One was rescued from the river.')).toEqual([]);
    expect(quantities('One person was rescued from the river.')).toMatchObject([{ value: 1, event: 'rescue' }]);
  });

  it('never counts a model designation written with a space ("M 16 rifles")', () => {
    expect(findNumbers('They carried six M 16 rifles and an RPG 7 launcher.').map((n) => n.value)).toEqual([6]);
    expect(quantities('Guards seized six M 16 rifles from the boat.')).toMatchObject([{ value: 6, nouns: ['rifles'] }]);
  });
});

describe('what is counted is the first plural noun after the number', () => {
  it('does not take a lexicon noun further on in the sentence', () => {
    // "structures" and "schools" are buildings; the 300 are delegates, which the lexicon does not count.
    expect(quantities('The congress opened with 300 delegates representing farming structures and schools.')).toEqual([]);
    expect(quantities('The firm has 350 employees and 13 offices with a technical staff.').map((q) => [q.value, q.nouns])).toEqual([[350, ['workers']]]);
    expect(quantities('Sailors seized three of the skiffs, confiscating their weapons.')).toEqual([]);
  });

  it('reads a lexicon noun used as a modifier as no count, and takes the head noun when it is one', () => {
    expect(quantities('Rioters attacked dozens of police stations overnight.')).toEqual([]);
    expect(quantities('Rioters burned four police cars overnight.')).toMatchObject([{ value: 4, cls: 'equipment', nouns: ['vehicles'] }]);
  });

  it('keeps a part that names its whole ("nine members of the security forces")', () => {
    expect(quantities('Nine members of the security forces were killed.')).toMatchObject([{ value: 9, cls: 'security', event: 'death' }]);
  });
});

describe('counts with nothing happening to them', () => {
  it('are one figure only with the same number, never a conflict', () => {
    const figures = extractFigures([
      article('S1', ['The coast guard said five boats approached the ferry. Three boats were later found drifting.']),
      article('S2', ['The ferry was escorting five merchant vessels through the strait.']),
    ]);
    expect(figures.filter((f) => f.agreement === 'conflicting')).toEqual([]);
    expect(figures.find((f) => f.values.some((v) => v.value === 3))?.values.every((v) => v.value === 3)).toBe(true);
  });
});

describe('amounts', () => {
  it('reads another country\'s dollar by its letters, and a sentence-initial "A" as an article', () => {
    expect(findNumbers('Shares closed at NT $41.2, while rivals fell C$2.')).toMatchObject([{ value: 41.2, currency: 'TWD' }, { value: 2, currency: 'CAD' }]);
    expect(findNumbers('A $5 million grant was approved; HK$3 million more came later.')).toMatchObject([{ value: 5e6, currency: 'USD' }, { value: 3e6, currency: 'HKD' }]);
  });

  it('keeps "tens of millions" as its words, not "millions"', () => {
    const [q] = quantities('The gangs earned tens of millions of dollars in ransoms.');
    expect(q).toMatchObject({ wording: 'tens of millions', cls: 'money', currency: 'USD' });
  });
});

const labels = (...paragraphs: string[]) => extractFigures([article('S1', paragraphs)]).map((f) => f.label);

describe('a row says what happened to what is counted', () => {
  it('leaves out "people" with nothing read about them, but reads marching and voting', () => {
    expect(labels('More than 60 people reported feeling the tremor on the agency website.', 'A poll of 1,000 people was published.')).toEqual([]);
    expect(labels('Some 20,000 people marched through the capital.')).toEqual(['people taking part']);
    expect(labels('About 1.9 million people voted on Sunday.')).toEqual(['people who voted']);
  });

  it('tells voters from votes, and seats won from seats', () => {
    expect(labels('The country has 2.1 million eligible voters.')).toEqual(['people eligible to vote']);
    expect(labels('Over 2.1 million people are eligible to vote.')).toEqual(['people eligible to vote']);
    expect(labels('The party won 64 seats.')).toEqual(['seats won']);
  });
});

describe('a year or a currency before a noun', () => {
  it('reads a year before a noun that modifies another as a date, not a count', () => {
    expect(labels('He escaped trial in a 1988 police-corruption case.')).toEqual([]);
    expect(labels('Files were seized during a 2019 police raid at the ranch.')).toEqual([]);
    expect(labels('At least 1856 people were killed.')).toEqual(['people killed']);
  });

  it('reads a year written with an apostrophe and a street block as no count', () => {
    expect(quantities("Deskpad '31 ships next week, and Notepad '31 ships in June.")).toEqual([]);
    expect(quantities('Officers fanned out around the 4500 block of Elm Street, questioning residents.')).toEqual([]);
  });

  it('reads an amount with a currency sign as money whatever noun follows', () => {
    expect(labels('Northwind made a $4.1 billion acquisition of cloud services.')).toEqual(['amount (USD)']);
  });
});

describe('an age is a person\'s', () => {
  it('takes the name or the person noun the age describes', () => {
    expect(labels('A 57-year-old Rivertown woman was arrested.')).toEqual(['age of the woman']);
    expect(labels('The 36-year-old Australian climber fell.')).toEqual(['age of the Australian climber']);
    expect(labels('Police identified the 29-year-old Mr. Doran as the driver.')).toEqual(['age of Doran']);
    expect(labels('The 61-year-old Rosa Ilves lived alone.')).toEqual(['age of Ilves']);
    expect(labels('Ana Ruiz was 45 years old.')).toEqual(['age of Ruiz']);
  });

  it('gives no row for the age of a thing or of no one named', () => {
    expect(labels('The country was torn apart by an 18-year-old civil war.')).toEqual([]);
    expect(labels('The 30-year-old congregation met on Sunday.')).toEqual([]);
    expect(labels('On Saturday, the 15-year-old was killed.')).toEqual([]);
    expect(labels('The church is about 30 years old.', 'Of the candidates, 202 are under 45 years old.')).toEqual([]);
    expect(labels('He broke a 30-year-old RSU scoring mark.')).toEqual([]);
    // A possessive name owns the thing that is old, not the years.
    expect(labels('He broke Tomas Vale\'s 30-year-old mark on Friday.')).toEqual([]);
    expect(labels('Police found Ana Ruiz\'s 12-year-old son at home.')).toEqual(['age of the son']);
  });
});

describe('shares and amounts', () => {
  it('names a share by the words next to it, never by a word further off', () => {
    expect(labels('Turnout was 62% according to the commission.')).toEqual(['turnout (%)']);
    expect(labels('Eighty percent of the nominees belong to the ruling party.')).toEqual(['share of nominees (%)']);
    // A share with nothing it is of, given by one source, says nothing a row could name.
    expect(labels('The poll showed the ruling party falling behind; discontent was high, at 65.6 percent.')).toEqual([]);
  });

  it('leaves out a change and a rule\'s threshold', () => {
    expect(labels('The new chip is 60 percent faster.', 'The company\'s shares fell 5% on Monday.')).toEqual([]);
    expect(labels('The vote can only be declared valid with a turnout above 50 percent.')).toEqual([]);
  });

  it('reads pounds with no £ and no money nearby as no amount, and "damages" as damage', () => {
    expect(labels('The new laptop weighs in at 2.4 pounds.')).toEqual(['weight (pounds)']);
    expect(labels('The smaller model is 3.5 pounds.')).toEqual([]);
    expect(labels('The fire caused more than $1 million in damages.')).toEqual(['damage (USD)']);
  });
});

describe('amounts in two currencies, and prices of different things', () => {
  it('compares amounts only within a currency', () => {
    const v = (source: string, value: number, unit: string) => ({ source, value, qualifier: null, quote: '', paragraph: 1, start: 0, unit });
    expect(agreementOf([v('S1', 1.2e9, 'USD'), v('S2', 9.5e8, 'GBP')])).toBe('consistent');
    expect(agreementOf([v('S1', 1.2e9, 'USD'), v('S2', 9.5e8, 'GBP'), v('S3', 1.4e9, 'USD')])).toBe('conflicting');
    expect(rangeOf([v('S1', 1.2e9, 'USD'), v('S2', 9.5e8, 'GBP')])).toBeUndefined();
  });

  it('keeps prices of different products apart: no conflict between a laptop and an upgrade', () => {
    const figures = extractFigures([
      article('S1', ['The top model costs $2,499.']),
      article('S2', ['The software upgrade costs $29.']),
    ]);
    expect(figures.filter((f) => f.agreement === 'conflicting')).toEqual([]);
  });
});

describe('a further set beside a count', () => {
  it('is its own row ("three other rifles", "the other two boats"), never a rival figure', () => {
    const figures = extractFigures([
      article('S1', ['Troops seized seven rifles and three other rifles were found later.']),
      article('S2', ['Troops seized seven rifles.', 'The other two boats were towed to port.', 'Two boats were sunk.']),
    ]);
    expect(figures.filter((f) => f.agreement === 'conflicting')).toEqual([]);
    expect(figures.map((f) => f.label)).toEqual(expect.arrayContaining(['other rifles found', 'other vessels towed']));
  });
});

describe('no conflict between figures that are not one', () => {
  const conflicts = (...sources: string[][]) => extractFigures(sources.map((p, i) => article(`S${i + 1}`, p))).filter((f) => f.agreement === 'conflicting').map((f) => f.label);

  it('reads "dies in prison at 77" and "a mother of nine" as no toll, and a part of an unknown whole as no count', () => {
    expect(labels('Crime boss dies in prison at 77.', 'A gunman killed a mother of nine.')).toEqual([]);
    expect(labels('He has been missing 10 of the club\'s 16 games.')).toEqual([]);
  });

  it('keeps a breakdown of shares, two unnamed people\'s ages and company revenues apart; an event\'s damage still conflicts', () => {
    expect(conflicts(['Traffic fell by 44% with Ostland, 55% with Vera and 52% with Tamor.'])).toEqual([]);
    expect(conflicts(['The man attacked a 12-year-old girl.'], ['A 15-year-old girl was also hurt.'])).toEqual([]);
    expect(conflicts(['The division brought in revenue of $54 billion.'], ['Its rival had revenue of $39 billion.'])).toEqual([]);
    expect(conflicts(['The fire caused $1 million in damage.'], ['The fire caused $3 million in damage.'])).toEqual(['damage (USD)']);
  });
});
