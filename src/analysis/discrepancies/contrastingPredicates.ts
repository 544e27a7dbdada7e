// Analysis stage (discrepancies): sources telling the same event with verbs that exclude each other —
// someone "resigned" in one report and was "ousted" in another; a party "confirmed" vs "denied".
import { listSources, type SentenceRef } from '../text/corpus.js';
import { STOPWORDS } from '../text/words.js';
import type { Discrepancy, Statement } from '../types.js';
import { statementAt } from './statements.js';

interface Contrast {
  name: string;
  about: string;
  sides: [{ label: string; re: RegExp }, { label: string; re: RegExp }];
}

const CONTRASTS: Contrast[] = [
  {
    name: 'departure', about: 'resigned or removed',
    sides: [
      { label: 'resigned', re: /\b(?:resign(?:ed|s|ing)?|resignation|stepped down|steps down|step down|quit|left office|retired)\b/gi },
      { label: 'was removed', re: /\b(?:ousted|oust(?:s|ing)?|dismissed|sacked|removed|forced out|forced to resign|deposed|toppled|relieved of)\b/gi },
    ],
  },
  {
    name: 'admission', about: 'confirmed or denied',
    sides: [
      { label: 'confirmed', re: /\b(?:confirmed|admitted|acknowledged)\b/gi },
      { label: 'denied', re: /\b(?:denied|rejected the claim|dismissed the claim|refuted)\b/gi },
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
    const statements: Statement[] = [...paired].sort((x, y) => x.side - y.side || x.ref.source.localeCompare(y.ref.source))
      .map((h) => statementAt(h.ref, h.start, h.end));
    const bySide = c.sides.map((side, i) => `“${side.label}” (${listSources([...paired].filter((h) => h.side === i).map((h) => h.ref.source))})`);
    out.push({
      id: `claim-${c.name}`, kind: 'claim',
      about: `${c.about}${about.length ? ` (${about.map(titleCase).join(' ')})` : ''}`,
      statements,
      note: `The sources tell it differently: ${bySide.join(' against ')}.`,
    });
  }
  return out;
}

function titleCase(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
