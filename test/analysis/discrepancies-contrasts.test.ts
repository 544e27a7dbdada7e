// Unit tests, on invented reports: verbs that exclude each other make a discrepancy only when both tell
// an event that happened — not a resignation only called for, a removal of talk ("dismissed calls to
// quit"), a fall a scandal caused, or a denial of something other than what was confirmed.
import { describe, expect, it } from 'vitest';
import { contrastingPredicates } from '../../src/analysis/discrepancies/contrastingPredicates.js';
import { allSentences } from '../../src/analysis/text/corpus.js';
import { makeArticles } from './articleFixture.js';
import { worded } from './worded.js';

const contrasts = (...sources: string[][]) => worded(contrastingPredicates(allSentences(makeArticles(...sources))));

describe('verbs that exclude each other', () => {
  it('is silent when the resignation is only called for and the "dismissal" is of the calls', () => {
    expect(contrasts(
      ['Protesters in Eastmoor renewed calls for Mayor Ilse Varn and her council to quit.'],
      ['Mayor Ilse Varn of Eastmoor has dismissed calls to quit over the flooding.'],
      ['Mayor Ilse Varn of Eastmoor has ignored mounting calls for her resignation.'],
    )).toEqual([]);
  });

  it('is silent when a scandal toppled someone who resigned, or he was forced to resign', () => {
    expect(contrasts(
      ['The bribery scandal that toppled Governor Tomas Rell of Westvale began with one ledger.'],
      ['The bribery scandal led to the resignation of Governor Tomas Rell of Westvale.'],
      ['Governor Tomas Rell of Westvale was forced to resign over the bribery scandal.'],
    )).toEqual([]);
  });

  it('is silent when what was denied is not what was confirmed', () => {
    expect(contrasts(
      ['Former aide Bo Hale of the Westvale campaign denied suggestions that he was the anonymous informant.'],
      ['Testimony on the Westvale campaign, an account reportedly confirmed by Bo Hale, described the payments.'],
    )).toEqual([]);
  });

  it('still finds a resignation against a removal, and a confirmation against a denial of one thing', () => {
    const found = contrasts(
      ['Police chief Ana Morel of Eastmoor resigned on Friday, the city said.', 'The Eastmoor council confirmed the closure of the harbour office.'],
      ['Police chief Ana Morel of Eastmoor was sacked by the council on Friday.', 'The Eastmoor council denied the closure of the harbour office.'],
    );
    expect(found.map((d) => d.about)).toEqual(['resignation or removal (Ana Morel Eastmoor)', 'confirmation or denial (Eastmoor)']);
    expect(found[0].note).toBe('The sources tell it differently: “resigned” (S1) against “was sacked” (S2).');
  });
});
