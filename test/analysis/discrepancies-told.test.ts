// Tests, on invented reports: what the claim rules share (discrepancies/told.ts) — where actors are
// named, one value a source, and sides in source order whatever order the articles come in.
import { describe, expect, it } from 'vitest';
import { roleHolders } from '../../src/analysis/discrepancies/roleHolders.js';
import { actorAt, actorSpans, onePerSource, sidesOf } from '../../src/analysis/discrepancies/told.js';
import { allSentences, type SentenceRef } from '../../src/analysis/text/corpus.js';
import type { Actor } from '../../src/analysis/types.js';
import { makeArticles } from './articleFixture.js';
import { worded } from './worded.js';

const person = (id: string, name: string, aliases: string[] = []): Actor => ({ id, name, kind: 'person', role: null, aliases, sources: [], mentions: 1 });
const ref = (source: string, text = ''): SentenceRef => ({ source, paragraph: 1, paragraphText: text, sentence: { text, start: 0, end: text.length } } as SentenceRef);

describe('what the claim rules share', () => {
  it('finds every whole-word occurrence of every spelling, and the longest spelling at a place', () => {
    const a = person('A1', 'Lena Orr', ['Orr']);
    const text = 'Orrville heard Lena Orr speak; Orr left.';
    expect(actorSpans([a], text).map((s) => text.slice(s.start, s.end))).toEqual(['Lena Orr', 'Orr', 'Orr']);
    expect(actorAt([a], text, text.indexOf('Lena'))?.end).toBe(text.indexOf(' speak'));
    expect(actorAt([a], text, text.indexOf(' speak'), true)?.start).toBe(text.indexOf('Lena'));
    expect(actorAt([a], text, 0)).toBeNull();
  });

  it('keeps one value a source, leaves out a source that tells two, and lists sources in their order', () => {
    const read = [
      { ref: ref('S10'), v: 3 }, { ref: ref('S2'), v: 4 }, { ref: ref('S2'), v: 4 },
      { ref: ref('S3'), v: 3 }, { ref: ref('S3'), v: 5 }, { ref: ref('S1'), v: 3 },
    ];
    const told = onePerSource(read, (a, b) => a.v === b.v);
    expect(told.map((t) => [t.ref.source, t.v])).toEqual([['S1', 3], ['S2', 4], ['S10', 3]]);
    expect(sidesOf(told, (t) => String(t.v), (t) => ({ value: `v${t.v}`, v: t.v }))).toEqual([
      { value: 'v3', sources: ['S1', 'S10'], v: 3 }, { value: 'v4', sources: ['S2'], v: 4 },
    ]);
  });

  it('words the holders of a role in source order when the articles come in another order', () => {
    const [s1, s2] = makeArticles(['The suspect, Karl Denton, was held on Friday.'], ['Police named the suspect as Mark Feeney.']);
    const found = worded(roleHolders(allSentences([s2, s1]), [person('A1', 'Karl Denton'), person('A2', 'Mark Feeney')]));
    expect(found.map((d) => d.note)).toEqual(['Sources name different people as the suspect: “Karl Denton” (S1) against “Mark Feeney” (S2).']);
  });
});
