// Figures, precision first: what a number counts is the noun it quantifies, and what happened to it is
// what the sentence says of that noun — not a distance's units, a parent's children, a near miss, a
// guess, or the object of a preposition. Invented reports only.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';
import { findQuantities } from '../../src/analysis/figures/quantities.js';
import { article } from './figuresHelpers.js';

const quantities = (...paragraphs: string[]) => findQuantities(article('S1', paragraphs));
const events = (...paragraphs: string[]) => quantities(...paragraphs).map((q) => [q.value, q.cls, q.event]);

describe('a distance is no count of things something happened to', () => {
  it('reads "N blocks/doors/buildings away" and "N houses from" as a distance', () => {
    expect(events('The suspect was arrested four buildings away from the bakery.')).toEqual([]);
    expect(events('The gunman then ran into a garage two doors away.')).toEqual([]);
    expect(events('A neighbour who lives three houses from the shop heard the shots.')).toEqual([]);
    expect(events('The car was found six blocks north of the square.')).toEqual([]);
    expect(events('The team was two wins away from the title.')).toEqual([]);
    // People "from" a place are still counted.
    expect(events('Two fishermen from the village were killed in the storm.')).toEqual([[2, 'person', 'death']]);
  });
});

describe('what happened is what the sentence says of the counted noun', () => {
  it('does not make people of a noun the lexicon does not know', () => {
    // The voters are eligible, the kiosks are not; the aggravating factors make the accused eligible.
    expect(events('Over 1.2 million Freedonians are eligible to vote at more than 3,000 kiosks.')).toEqual([[1.2e6, 'person', 'eligible']]);
    expect(events('Prosecutors listed four aggravating factors that would make Doe eligible for a life term.')).toEqual([]);
    // The event said of that noun itself is kept.
    expect(events('Twelve delegates were killed when the roof fell.')).toEqual([[12, 'person', 'death']]);
    expect(events('Among them were 23 arrested smugglers.')).toEqual([[23, 'person', 'arrest']]);
    expect(events('Two leaders of the sect arrested in the raid were freed.')).toEqual([[2, 'person', 'arrest']]);
  });

  it('reads no event across a preposition before the number', () => {
    expect(events('The guard was shot dead by two masked men.').filter((e) => e[2] === 'death')).toEqual([]);
    expect(events('The old senator, dead at 95, was buried on Friday.')).toEqual([]);
  });

  it('does not let an event of living beings happen to things, or damage to people', () => {
    expect(events('The blast injured 12 people and two buses.')).toEqual([[12, 'person', 'injury'], [2, 'equipment', null]]);
    expect(events('A blaze started by three teenagers destroyed the barn.').filter((e) => e[2] === 'damage')).toEqual([]);
  });
});

describe('what did not happen, and who it belonged to', () => {
  it('reads "nearly killed" as not killed', () => {
    expect(events('He threatened witnesses, three nearly killed in a knife attack.')).toEqual([]);
    expect(events('The driver almost killed three cyclists.').filter((e) => e[2] === 'death')).toEqual([]);
  });

  it('reads the children of "a mother to three girls" as no toll', () => {
    expect(events('A mother to three girls died at the scene on Friday.')).toEqual([]);
  });

  it('reads a guess whether there were any as no count', () => {
    expect(events('"There might have been three people hurt," the clerk said.')).toEqual([]);
  });

  it('builds no agreeing row from such values', () => {
    const figures = extractFigures([
      article('S1', ['"There may have been three people killed," a neighbour said.']),
      article('S2', ['He bullied victims, three nearly killed in a knife attack. A mother to three girls died soon after.']),
    ]);
    expect(figures.filter((f) => /killed/.test(f.label))).toEqual([]);
  });
});

describe('what a number in news counts, read from the words at hand', () => {
  it('gives no noun named earlier in the sentence to a number that has its own', () => {
    expect(events('Activists had sent more than 7,000 postcards to the council.')).toEqual([]);
    expect(events('Fans had the Rovers winning eleven games this season.')).toEqual([]);
  });

  it('reads "missing N games" as a verb, not people missing', () => {
    expect(events('The striker is back after missing three games with a knee injury.')).toEqual([]);
  });

  it('reads a score as no count', () => {
    expect(events('Smith was injured during the 24-17 defeat on Sunday.')).toEqual([]);
  });

  it('reads a word in capitals among lower-case words as a name, not an event', () => {
    expect(events('Tickets for the band KILLED 5 sold out; two fans were arrested.')).toEqual([[2, 'visitor', 'arrest']]);
  });

  it('reads "one of the most …" as a ranking', () => {
    expect(events('She was voted one of the most popular teachers in the district.')).toEqual([]);
  });

  it('reads "two dozen" as 24', () => {
    expect(quantities('More than two dozen fire trucks were sent to the blaze.').map((q) => [q.value, q.qualifier])).toEqual([[24, 'more than']]);
  });

  it('deploys forces and their equipment only', () => {
    expect(events('The estate covers an area of 40 acres that included the old mill.')).toEqual([[40, 'area', null]]);
  });
});

describe('what is meant, and what is said of someone else', () => {
  it('reads an event in the infinitive as not done', () => {
    expect(events('He was charged with conspiring to kill four witnesses.')).toEqual([]);
  });

  it('reads no event past a new clause\'s opening', () => {
    expect(events('Police questioned five residents after she was arrested.')).toEqual([[5, 'person', null]]);
  });

  it('reads a price year and pounds of a thing as no amount of money', () => {
    expect(quantities('The dam cost about 3 billion in 2019 dollars.').map((q) => q.value)).not.toContain(2019);
    expect(quantities('The farm sold 200,000 pounds of potatoes to the school.').filter((q) => q.cls === 'money')).toEqual([]);
  });

  it('keeps "another" term apart from the one before', () => {
    const figures = extractFigures([
      article('S1', ['That brought him another four-year sentence.']),
      article('S2', ['He is serving a 20-year sentence.']),
    ]);
    expect(figures.map((f) => [f.label, f.agreement])).toEqual([
      ['length of another sentence (years)', 'single-source'],
      ['length of the sentence (years)', 'single-source'],
    ]);
  });
});

describe('a rule\'s number', () => {
  it('reads "the legal limit of N" as no figure of the event', () => {
    expect(quantities('Tests showed a level of 0.05 percent, under the legal limit of 0.08 percent.').map((q) => q.value)).toEqual([0.05]);
  });
});

describe('names of what is counted', () => {
  it('names infected things by their noun, not as people', () => {
    expect(quantities('At least 9,000 computers had been infected by Friday.').map((q) => [q.value, q.nouns, q.event])).toEqual([[9000, ['computers'], 'infection']]);
  });

  it('reads "straight victories" and "straight wins" as one streak', () => {
    const figures = extractFigures([
      article('S1', ['The Hawks won their fifth straight victory on Sunday.']),
      article('S2', ['The Hawks earned their fifth straight win.']),
    ]);
    expect(figures.map((f) => [f.label, f.agreement])).toEqual([['wins in a row (Hawks)', 'consistent']]);
  });
});

describe('an earlier time', () => {
  it('reads "prior arrests" as background, and "prior to" as no earlier time', () => {
    const read = quantities('Police said the man had three prior arrests. Officers detained 14 people two days prior to the march.');
    expect(read.map((q) => [q.value, q.event, q.background])).toEqual([[3, 'arrest', true], [2, null, false], [14, 'arrest', false]]);
  });

  it('dates only the count "prior" stands after, not a count of this event in a clause that says "prior"', () => {
    const read = quantities('The 12 people arrested had no prior record.', 'Nine people with no prior convictions were detained.');
    expect(read.map((q) => [q.value, q.event, q.background])).toEqual([[12, 'arrest', false], [9, 'arrest', false]]);
  });
});

describe('a breakdown', () => {
  it('reads a part with a verb of its own as no count of the event', () => {
    expect(events('Of the 23 men arrested, 12 are from the north.')).toEqual([[23, 'person', 'arrest']]);
  });
});
