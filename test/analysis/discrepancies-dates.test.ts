// Unit tests, on invented sentences: the year of one earlier event told differently is a claim; a title
// someone held in two years, or one source telling two years of a story, is not.
import { describe, expect, it } from 'vitest';
import { datedEvents } from '../../src/analysis/discrepancies/datedEvents.js';
import { allSentences } from '../../src/analysis/text/corpus.js';
import { article } from './figuresHelpers.js';
import { worded } from './worded.js';

const dates = (...texts: string[]) => worded(datedEvents(allSentences(texts.map((t, i) => article(`S${i + 1}`, [t])))));

describe('dated events', () => {
  it('finds two years for one conviction', () => {
    const [d] = dates('He was convicted in May 2011 of armed bank robbery.', 'He began a term in 2012 for armed bank robbery after he was sentenced.', 'A 2011 armed bank robbery conviction was cited.');
    expect(d.about).toBe('when the armed bank robbery happened');
    expect(d.note).toBe('Sources give different years for the armed bank robbery: 2011 (S1 and S3) against 2012 (S2).');
  });

  it('does not take a title held, or one source\'s history, for a disagreement', () => {
    expect(dates('In 2009 she was named deputy regional director.', 'She was deputy regional director in 2010 when the audit began.')).toEqual([]);
    expect(dates('He was convicted of armed bank robbery in 2011 and again convicted of armed bank robbery in 2015.', 'The 2011 armed bank robbery conviction stood.')).toEqual([]);
  });
});
