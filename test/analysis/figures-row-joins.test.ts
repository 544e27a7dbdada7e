// Figures, which counts share a row: a count that says nothing happened joins a figure only with a
// number close to one of its own; an event word belongs to the noun it comes before; arms are never
// "deployed". Invented reports only.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';
import { findQuantities } from '../../src/analysis/figures/quantities.js';
import { article } from './figuresHelpers.js';

const read = (...texts: string[]) => extractFigures(texts.map((t, i) => article(`S${i + 1}`, [t])));
const rows = (figures: ReturnType<typeof read>) => figures.map((f) => [f.label, f.agreement, f.values.map((v) => v.wording ?? v.value)]);

describe('a count nothing happened to', () => {
  it('joins a figure only with a number close to one of its own', () => {
    expect(rows(read(
      'Several hundred marchers blocked the bridge.',
      'More than 400 marchers have been detained since Monday.',
      'Police fired tear gas at thousands of marchers near the square.',
    ))).toEqual([['protesters arrested', 'single-source', [400]]]);
  });

  it('still joins when the numbers are close, and the row says what happened', () => {
    expect(rows(read('Sixty residents were moved out of the block.', 'Some 60 residents had to be evacuated.'))).toEqual([
        ['people displaced or evacuated', 'consistent', [60, 60]],
    ]);
  });
});

describe('what happened', () => {
  it('reads an event word before another counted noun as that noun\'s', () => {
    const [q] = findQuantities(article('S1', ['About 900,000 eligible voters choose among 41 candidates on Sunday.']))
      .filter((x) => x.value === 41);
    expect([q.cls, q.event]).toEqual(['candidate', null]);
  });

  it('never calls arms deployed', () => {
    const events = findQuantities(article('S1', ['The haul included six hunting rifles and two pistols.'])).map((q) => [q.value, q.event]);
    expect(events).toEqual([[6, null], [2, null]]);
  });
});
