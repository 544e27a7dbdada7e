// Figures: a row of the key-figures table says what happened to what is counted. A count with no event
// the lexicon knows is labelled by its verb; one source's count that no verb tells, a share of nothing
// named and a roundup's standings stay out of the table (they are kept apart as other numbers).
import { describe, expect, it } from 'vitest';
import { extractFigures, readFigures } from '../../src/analysis/figures/index.js';
import { article } from './figuresHelpers.js';

const labels = (...paragraphs: string[]) => extractFigures([article('S1', paragraphs)]).map((f) => f.label);

describe('a count with no event the lexicon knows', () => {
  it('reads "murdering" as killing, and never counts the accused as killed', () => {
    expect(labels('The nurse is accused of murdering two patients.')).toEqual(['people killed']);
    expect(labels('Two men were charged with killing a shopkeeper.')).not.toContain('people killed');
    expect(labels('The trial of two youths accused of murdering a boy began.')).not.toContain('people killed');
  });

  it('is labelled by the verb done to it, active or passive', () => {
    expect(labels('Marines recovered nine assault rifles from the dhow.')).toEqual(['rifles recovered']);
    expect(labels('Fourteen employees have been dismissed over the breach.')).toEqual(['workers dismissed']);
    expect(labels('The state removed more than 300 children from the ranch.')).toEqual(['children removed']);
  });

  it('is no row when one source gives it with no verb that tells what happened', () => {
    expect(labels('The firm has 80 employees.')).toEqual([]);
    expect(labels('Raids by 900 police backed by helicopters began at dawn.')).toEqual([]);
    expect(labels('Voters were registered at 5,300 polling stations.')).toEqual([]);
  });

  it('is no row either when two sources give it: the row could only name the noun', () => {
    const figures = extractFigures([
      article('S1', ['Divers found the wreck; two boats were nearby.']),
      article('S2', ['Two boats circled the wreck.']),
    ]);
    expect(figures.map((f) => [f.label, f.agreement])).toEqual([]);
  });
});

describe('what one source says that names nothing', () => {
  it('keeps a share of nothing named out of the table, and a share that says what it is of in it', () => {
    expect(labels('Some 64 percent said the response was slow.')).toEqual([]);
    expect(labels('In the poll, 55 percent of respondents said neither party could cope.')).toEqual([]);
    // Nor is "disapproval" read as approval.
    expect(labels('A survey put disapproval of the cabinet at 71 percent.')).not.toContain('approval (%)');
    expect(labels('Turnout was 58 percent.')).toEqual(['turnout (%)']);
  });

  it('keeps a roundup\'s standings of other teams out, and the event\'s own record in', () => {
    const { figures, others } = readFigures([article('S1', [
      'The Rivertown Hawks (12-2) beat the Eastmoor Owls (7-7) 80-71.',
      'The Lakeside Foxes (9-5) lost to the Hillcrest Bears (10-4), and the Northgate Elks (3-11) fell again.',
    ]), article('S2', ['The Hawks improved to 12-2 with the win.'])]);
    expect(figures.filter((f) => /record/.test(f.label)).map((f) => f.label)).toEqual(['wins (record of Hawks)', 'defeats (record of Hawks)']);
    // Other contests' standings are not even other numbers of this event.
    expect(others.filter((f) => /record/.test(f.label))).toEqual([]);
  });
});

describe('the numbers kept apart', () => {
  it('are only counts of things worth a reader\'s attention: no share of nothing named, no "one of"', () => {
    const { others } = readFigures([article('S1', ['Some 64 percent said the response was slow.', 'One of the officers saw it.', 'The town has 40 schools.'])]);
    expect(others.map((f) => f.values[0].value)).toEqual([40]);
  });

  it('are kept with their quote and paragraph, never in the table', () => {
    const { figures, others } = readFigures([article('S1', ['Flooding killed 12 people.', 'The town has 40 schools.'])]);
    expect(figures.map((f) => f.label)).toEqual(['people killed']);
    expect(others.map((f) => [f.label, f.values.map((v) => [v.value, v.paragraph, v.quote])])).toEqual([
      ['buildings', [[40, 2, 'The town has 40 schools']]],
    ]);
  });
});
