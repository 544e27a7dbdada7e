// Figures: a count named by a label before a colon ("people killed: 223") is quoted from its label, however
// far into the sentence the label stands (past 120 characters its offset was read relative to the
// window searched, and the quote reached back to the sentence's start).
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/analysis/figures/quantities.js';
import { makeArticles } from './articleFixture.js';

describe('a labelled count late in a long sentence', () => {
  it('is quoted from its label', () => {
    const pre = 'In the northern districts that the storm crossed on Tuesday night, hospitals that had been preparing for days reported the following totals to the regional office; ';
    expect(pre.length).toBeGreaterThan(120);
    const [q] = findQuantities(makeArticles([`${pre}people killed: 223.`])[0]);
    expect(q).toMatchObject({ value: 223, cls: 'person', event: 'death', quote: 'people killed: 223' });
  });
});
