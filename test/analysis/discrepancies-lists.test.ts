// Unit tests, on invented sentences: a member of a list of acronyms that only some sources name is a
// claim discrepancy; the same members in another order, or lists about different things, are not.
import { describe, expect, it } from 'vitest';
import { acronymLists } from '../../src/analysis/discrepancies/acronymLists.js';
import { allSentences } from '../../src/analysis/text/corpus.js';
import { article } from './figuresHelpers.js';
import { worded } from './worded.js';

const lists = (...texts: string[]) => worded(acronymLists(allSentences(texts.map((t, i) => article(`S${i + 1}`, [t])))));

describe('acronym lists', () => {
  it('finds a member only one source names', () => {
    const [d] = lists('The champion kept her WBC, WBO and IBF belts on Friday.', 'She retained the IBF, WBC, WBO & IBO world belts.', 'Her WBO, WBC and IBF belts were not at stake.');
    expect(d.kind).toBe('claim');
    expect(d.note).toBe('S2 names IBO among the belts; S1 and S3 do not.');
    expect(d.statements.map((s) => s.source)).toEqual(['S1', 'S2', 'S3']);
  });

  it('ignores the same members in another order, and lists that share fewer than two members', () => {
    expect(lists('Her WBC, WBO and IBF belts stay.', 'Her IBF, WBC and WBO belts stay.')).toEqual([]);
    expect(lists('Talks with the EU, UN and OSCE envoys resumed.', 'The IMF and WTO envoys left.')).toEqual([]);
  });
});
