// Unit tests, on invented reports: one source calling a move a surprise and another saying it was long
// coming is a claim discrepancy; a different act, another person's move, or one source alone is not.
import { describe, expect, it } from 'vitest';
import { surpriseClaims } from '../../src/analysis/discrepancies/surprise.js';
import { allSentences } from '../../src/analysis/text/corpus.js';
import { article } from './figuresHelpers.js';
import { worded } from './worded.js';

const claims = (...sources: string[][]) => worded(surpriseClaims(allSentences(sources.map((p, i) => article(`S${i + 1}`, p)))));

describe('a surprise to one source, long coming to another', () => {
  it('pairs "a surprising move" with "this move has been in the making", quoting both', () => {
    const [d] = claims(['In a surprising move, the club fired coach Ilse Varn on Monday.'], ['Varn was a fine coach.', 'Really, this move has been in the making for quite some time.']);
    expect(d.about).toBe('whether the move was a surprise');
    expect(d.statements.map((s) => s.source)).toEqual(['S1', 'S2']);
    expect(d.note).toBe('The sources tell it differently: “surprising move” (S1) against “this move has been in the making” (S2).');
  });

  it('is silent for another act, another person\'s move, or one source saying both', () => {
    expect(claims(['In a surprising move, the club fired Varn.'], ['This decision has been in the making for weeks.'])).toEqual([]);
    expect(claims(['In a surprising move, the club fired Varn.'], ['For Tomas Rell the move had been expected all along.'])).toEqual([]);
    expect(claims(['In a surprising move, the club fired Varn. This move has been in the making for weeks.'])).toEqual([]);
  });
});
