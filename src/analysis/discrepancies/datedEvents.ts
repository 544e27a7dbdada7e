// Analysis stage (discrepancies): the year of one earlier event told differently — "convicted in June 2011
// of armed robbery" / "a 2011 armed robbery conviction" against "jailed in June 2012 for armed robbery".
// The event is named by the same phrase of three or more words near the year, and a word of a dated
// event (convicted, sentence, arrested, died…) ties them — a title someone held ("was deputy director in
// 2012") is a state, not an event; it is a disagreement only when each source gives one year for it and
// two sources give different years.
import { bySourceOrder, type SentenceRef } from '../text/corpus.js';
import { lang, listPattern, perPack } from '../lang/index.js';
import type { Discrepancy } from '../types.js';
import { statementAt } from './statements.js';

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
/** Words of an event that happened once, on a date. */
const EVENT = perPack((l) => listPattern(l.discrepancies.DATED_EVENT_WORDS, 'i'));
/** How far from the year the naming phrase may be, in characters. */
const REACH = 60;

interface Dated { ref: SentenceRef; year: string; phrase: string; start: number; end: number }

/** Three lower-case content words in a row (no stop word inside): what an event is called. */
function phrasesNear(text: string, from: number, to: number): { phrase: string; start: number; end: number }[] {
  const out: { phrase: string; start: number; end: number }[] = [];
  let run: RegExpMatchArray[] = [];
  const flush = () => {
    // Every three words of a longer run too: "a 2011 armed robbery conviction" names the "armed robbery" too.
    for (let i = 0; i + 3 <= run.length; i++) {
      const words = run.slice(i, i + 3);
      const start = words[0].index!;
      const end = words[2].index! + words[2][0].length;
      out.push({ phrase: words.map((m) => m[0].toLowerCase()).join(' '), start, end });
    }
    run = [];
  };
  let lastEnd = -1;
  for (const m of text.slice(from, to).matchAll(/[\p{L}-]+/gu)) {
    const at = from + m.index;
    const w = m[0];
    const glued = lastEnd >= 0 && /^\s+$/.test(text.slice(lastEnd, at));
    if (!glued) flush();
    if (/^\p{Ll}/u.test(w) && !lang().STOPWORDS.has(w) && w.length > 2) run.push(Object.assign([w], { index: at }) as RegExpMatchArray);
    else flush();
    lastEnd = at + w.length;
  }
  flush();
  return out;
}

export function datedEvents(sentences: SentenceRef[]): Discrepancy[] {
  const dated: Dated[] = [];
  for (const ref of sentences) {
    const text = ref.sentence.text;
    for (const y of text.matchAll(YEAR)) {
      for (const p of phrasesNear(text, Math.max(0, y.index - REACH), Math.min(text.length, y.index + 4 + REACH))) {
        const from = Math.min(p.start, y.index);
        const to = Math.max(p.end, y.index + 4);
        if (!EVENT().test(text.slice(Math.max(0, from - 30), to + 30))) continue;
        dated.push({ ref, year: y[1], phrase: p.phrase, start: Math.min(p.start, y.index), end: Math.max(p.end, y.index + 4) });
      }
    }
  }
  const out: Discrepancy[] = [];
  for (const phrase of new Set(dated.map((d) => d.phrase))) {
    const of = dated.filter((d) => d.phrase === phrase);
    const yearsBySource = new Map<string, Set<string>>();
    for (const d of of) yearsBySource.set(d.ref.source, (yearsBySource.get(d.ref.source) ?? new Set()).add(d.year));
    // A source giving two years for the event is telling its history, not disagreeing.
    const single = [...yearsBySource.entries()].filter(([, ys]) => ys.size === 1);
    const years = new Set(single.map(([, ys]) => [...ys][0]));
    if (years.size < 2 || single.length < 2) continue;
    const chosen = of.filter((d) => yearsBySource.get(d.ref.source)!.size === 1).sort((a, b) => bySourceOrder(a.ref.source, b.ref.source));
    const byYear = [...years].sort().map((y) => ({ value: y, sources: chosen.filter((d) => d.year === y).map((d) => d.ref.source) }));
    out.push({
      id: `claim-date-${out.length}`, kind: 'claim', finding: { rule: 'eventYear', event: phrase, years: byYear },
      statements: chosen.map((d) => statementAt(d.ref, d.start, d.end, 30, 30)),
    });
  }
  return out;
}
