// Analysis stage (discrepancies): who a force was — one source lists several nationalities ("Norwegian,
// Danish and Finnish troops") where another names only one ("Norwegian troops") and does not call the
// force "Norwegian-led".
import { bySourceOrder, type SentenceRef } from '../text/corpus.js';
import { alternation, lang, perPack } from '../lang/index.js';
import type { Discrepancy, Statement } from '../types.js';
import { statementAt } from './statements.js';

// Whole words only: a match starting inside a word, and backtracking into one, made a long capitalised
// 'word' quadratic (100 KB of capitals: 46 s).
const ADJ = "(?<![\\p{L}\\p{M}])\\p{Lu}\\p{L}+(?![\\p{L}\\p{M}])";
const AND = perPack((l) => alternation(l.discrepancies.AND));
const LIST = perPack((l) => new RegExp(`((?:${ADJ}(?:,\\s*|\\s+(?:${AND()})\\s+))*${ADJ})\\s+(?:${alternation(l.discrepancies.FORCE_NOUNS)})\\b`, 'gu'));
const NATIONS = perPack(() => new RegExp(`,\\s*|\\s+(?:${AND()})\\s+`));

interface Mention { ref: SentenceRef; nations: string[]; start: number; end: number; identifies: boolean }

export function nationalityLists(sentences: SentenceRef[]): Discrepancy[] {
  const { DEMONYM_ENDING, NOT_DEMONYMS, IDENTIFYING_APPOSITION, LED } = lang().discrepancies;
  const mentions: Mention[] = [];
  for (const ref of sentences) {
    for (const m of ref.sentence.text.matchAll(LIST())) {
      // Demonyms end like these; capitalised words that do not ("Security", "Special") are not nationalities.
      const nations = m[1].split(NATIONS()).filter((w) => DEMONYM_ENDING.test(w) && !NOT_DEMONYMS.has(w));
      if (!nations.length) continue;
      let end = m.index + m[0].length;
      // An apposition that says who they are ("…troops, i.e. the so-called X peacekeepers,").
      const app = IDENTIFYING_APPOSITION.exec(ref.sentence.text.slice(end));
      if (app) end += app[0].length;
      const start = m.index + m[0].indexOf(nations[0]);
      mentions.push({ ref, nations, start, end, identifies: Boolean(app) });
    }
  }
  const lists = mentions.filter((m) => m.nations.length >= 2);
  if (!lists.length) return [];
  const listed = new Set(lists.flatMap((m) => m.nations));
  const listSourcesSet = new Set(lists.map((m) => m.ref.source));
  // A source that calls the force "Norwegian-led" knows it is not only Norwegian: its bare "Norwegian troops"
  // is shorthand, not a claim. A mention that says who the force is ("…troops, i.e. the X peacekeepers") is.
  const ledBy = new Set(sentences.filter((r) => [...r.sentence.text.matchAll(LED)].some((m) => listed.has(m[1]))).map((r) => r.source));
  const perSource = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.nations.length !== 1 || !listed.has(m.nations[0]) || listSourcesSet.has(m.ref.source)) continue;
    if (!m.identifies && ledBy.has(m.ref.source)) continue;
    const had = perSource.get(m.ref.source);
    if (!had || (m.identifies && !had.identifies)) perSource.set(m.ref.source, m);
  }
  if (!perSource.size) return [];
  const chosen = [...perSource.values()].sort((a, b) => bySourceOrder(a.ref.source, b.ref.source));
  // A bare two-word mention says little on its own: quote its clause; an identifying one is quoted whole.
  const statements: Statement[] = [
    ...chosen.map((m) => (m.identifies ? statementAt(m.ref, m.start, m.end, 0, 0) : statementAt(m.ref, m.start, m.end))),
    ...lists.map((m) => statementAt(m.ref, countBefore(m.ref.sentence.text, m.start), m.end, 0, 0)),
  ];
  const calls = chosen.map((m) => ({ source: m.ref.source, words: m.ref.sentence.text.slice(m.start, m.end).split(/[,;]/)[0] }));
  const listing = [...new Map(lists.map((m) => [m.ref.source, m])).values()]
    .map((m) => ({ source: m.ref.source, nations: m.nations.length, words: m.ref.sentence.text.slice(m.start, m.end).replace(/\s+\S+$/, '') }));
  return [{ id: 'claim-nationality', kind: 'claim', finding: { rule: 'nationality', calls, lists: listing }, statements }];
}


/** A count right before the list ("900 Norwegian, Danish … troops") belongs in the quote. */
function countBefore(text: string, start: number): number {
  const m = /\d[\d,.]*\s+$/.exec(text.slice(0, start));
  return m ? m.index : start;
}
