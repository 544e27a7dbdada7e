// Analysis stage (discrepancies): sources telling the same event with verbs that exclude each other —
// someone "resigned" in one report and was "ousted" in another; a party "confirmed" vs "denied".
import { bySourceOrder, type SentenceRef } from '../text/corpus.js';
import { STOPWORDS } from '../lang/en.js';
import type { ContrastKind, Discrepancy, Statement } from '../types.js';
import { statementAt } from './statements.js';

interface Contrast {
  name: ContrastKind;
  sides: [{ re: RegExp }, { re: RegExp }];
}

const CONTRASTS: Contrast[] = [
  {
    name: 'departure',
    sides: [
      { re: /\b(?:resign(?:ed|s|ing)?|resignation|stepped down|steps down|step down|quit|left office|retired)\b/gi },
      { re: /\b(?:ousted|oust(?:s|ing)?|dismissed|sacked|removed|forced out|forced to resign|deposed|toppled|relieved of)\b/gi },
    ],
  },
  {
    name: 'admission',
    sides: [
      { re: /\b(?:confirmed|admitted|acknowledged)\b/gi },
      { re: /\b(?:denied|rejected the claim|dismissed the claim|refuted)\b/gi },
    ],
  },
];

/** What a passage near the verb is about: capitalised names (not opening the sentence) and long words. */
function topicOf(text: string, at: number): { names: Set<string>; words: Set<string> } {
  const from = Math.max(0, at - 80);
  const names = new Set<string>();
  const words = new Set<string>();
  for (const m of text.slice(from, at + 80).matchAll(/[\p{L}][\p{L}’'-]+/gu)) {
    const w = m[0].replace(/[’']s$/, '');
    if (/^\p{Lu}/u.test(w)) {
      if (from + m.index > 0 && w.length > 2 && !CALENDAR_WORDS.test(w)) names.add(w.toLowerCase());
    } else if (w.length > 5 && !STOPWORDS.has(w)) words.add(w);
  }
  return { names, words };
}

const CALENDAR_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

interface Hit { ref: SentenceRef; side: 0 | 1; start: number; end: number; names: Set<string>; words: Set<string> }

/** The auxiliary before a verb belongs to what the source says ("has been ousted"). */
const AUXILIARY = /\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?$/i;

/** The source's own words for the verb, for the note: notes quote only what a source wrote. */
function wording(h: Hit): string {
  const text = h.ref.sentence.text;
  const aux = AUXILIARY.exec(text.slice(0, h.start));
  return text.slice(aux ? aux.index : h.start, h.end);
}

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w));

export function contrastingPredicates(sentences: SentenceRef[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const c of CONTRASTS) {
    const hits: Hit[] = [];
    for (const ref of sentences) {
      c.sides.forEach((side, i) => {
        for (const m of ref.sentence.text.matchAll(side.re)) {
          hits.push({ ref, side: i as 0 | 1, start: m.index, end: m.index + m[0].length, ...topicOf(ref.sentence.text, m.index) });
        }
      });
    }
    // A pair is about the same thing when the two passages share a name or two content words.
    const paired = new Set<Hit>();
    let about: string[] = [];
    for (const a of hits.filter((h) => h.side === 0)) {
      for (const b of hits.filter((h) => h.side === 1)) {
        if (a.ref.source === b.ref.source) continue;
        const names = shared(a.names, b.names);
        const words = shared(a.words, b.words);
        if (names.length >= 2 || names.length + words.length >= 3) {
          paired.add(a);
          paired.add(b);
          if (names.length > about.length) about = names;
        }
      }
    }
    if (!paired.size) continue;
    const statements: Statement[] = [...paired].sort((x, y) => x.side - y.side || bySourceOrder(x.ref.source, y.ref.source))
      .map((h) => statementAt(h.ref, h.start, h.end));
    const bySide = c.sides.map((_, i) => {
      const words = new Map<string, string[]>();
      for (const h of [...paired].filter((x) => x.side === i)) words.set(wording(h), [...(words.get(wording(h)) ?? []), h.ref.source]);
      return [...words.entries()].map(([value, sources]) => ({ value, sources }));
    });
    out.push({
      id: `claim-${c.name}`, kind: 'claim',
      finding: { rule: 'contrast', contrast: c.name, names: about, sides: bySide },
      statements,
    });
  }
  return out;
}
