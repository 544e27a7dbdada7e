// Analysis stage (discrepancies): sources telling the same event with verbs that exclude each other —
// someone "resigned" in one report and was "ousted" in another; a party "confirmed" vs "denied".
import { bySourceOrder, type SentenceRef } from '../text/corpus.js';
import { lang, perPack } from '../lang/index.js';
import type { ContrastKind, Discrepancy, Statement } from '../types.js';
import { statementAt } from './statements.js';

interface Contrast {
  name: ContrastKind;
  sides: readonly [RegExp, RegExp];
}

const contrasts = (): Contrast[] => (Object.keys(lang().CONTRASTING_VERBS) as ContrastKind[]).map((name) => ({ name, sides: lang().CONTRASTING_VERBS[name] }));

/**
 * A verb that tells an event: not one only demanded, refused or to come ("demands her resignation",
 * "refused to quit"), and not a removal of talk ("dismissed calls to step down").
 */
function tellsEvent(text: string, start: number, end: number): boolean {
  return !lang().NOT_HAPPENED.test(text.slice(Math.max(0, start - 40), start)) && !lang().TALK_OBJECT.test(text.slice(end, end + 30));
}

/** The object's content words right after the verb: a confirmation and a denial must be of the same thing. */
function objectWords(text: string, end: number): Set<string> {
  return new Set([...text.slice(end, end + 60).matchAll(/\p{Ll}[\p{L}’'-]{3,}/gu)].map((m) => m[0]).filter((w) => !lang().STOPWORDS.has(w)));
}

/** What a passage near the verb is about: capitalised names (not opening the sentence) and long words. */
function topicOf(text: string, at: number): { names: Set<string>; words: Set<string> } {
  const from = Math.max(0, at - 80);
  const names = new Set<string>();
  const words = new Set<string>();
  for (const m of text.slice(from, at + 80).matchAll(/[\p{L}][\p{L}’'-]+/gu)) {
    const w = m[0].replace(/[’']s$/, '');
    if (/^\p{Lu}/u.test(w)) {
      if (from + m.index > 0 && w.length > 2 && !CALENDAR_WORDS().has(w)) names.add(w.toLowerCase());
    } else if (w.length > 5 && !lang().STOPWORDS.has(w)) words.add(w);
  }
  return { names, words };
}

/** Day and month names, written in full: capitalised, but no name of what the passage is about. */
const CALENDAR_WORDS = perPack((l) => new Set([...l.WEEKDAYS, ...l.MONTH_NAMES.map((forms) => forms[0])]));

interface Hit { ref: SentenceRef; side: 0 | 1; start: number; end: number; names: Set<string>; words: Set<string>; object: Set<string> }

/** The source's own words for the verb, for the note: notes quote only what a source wrote. */
function wording(h: Hit): string {
  const text = h.ref.sentence.text;
  // The auxiliary before a verb belongs to what the source says ("has been removed").
  const aux = lang().discrepancies.AUXILIARY_BEFORE.exec(text.slice(0, h.start));
  return text.slice(aux ? aux.index : h.start, h.end);
}

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w));

export function contrastingPredicates(sentences: SentenceRef[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const c of contrasts()) {
    const hits: Hit[] = [];
    for (const ref of sentences) {
      c.sides.forEach((side, i) => {
        const text = ref.sentence.text;
        for (const m of text.matchAll(side)) {
          const end = m.index + m[0].length;
          if (!tellsEvent(text, m.index, end)) continue;
          hits.push({ ref, side: i as 0 | 1, start: m.index, end, ...topicOf(text, m.index), object: objectWords(text, end) });
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
        // What was confirmed must be what was denied ("denied suggestions that he was the source" is not
        // "confirmed the account"); a departure's object is the post, often left unsaid.
        if (c.name === 'admission' && !shared(a.object, b.object).length) continue;
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
