// Analysis stage (discrepancies): who a force was — one source lists several nationalities ("Russian,
// Belarusian and Armenian troops") where another names only one ("Russian troops").
import { listSources, type SentenceRef } from '../text/corpus.js';
import type { Discrepancy, Statement } from '../types.js';
import { statementAt } from './statements.js';

const FORCE = 'troops|soldiers|forces|peacekeepers|servicemen|contingents?|units';
const ADJ = "\\p{Lu}[\\p{L}]+";
const LIST = new RegExp(`((?:${ADJ}(?:,\\s*|\\s+and\\s+))*${ADJ})\\s+(?:${FORCE})\\b`, 'gu');
/** Demonyms end like these; capitalised words that do not ("Security", "Special") are not nationalities. */
const DEMONYM = /(?:ian|ean|ish|ese|ic|i|an|ch|ek|ik|yz|men|ss)$/;
const NOT_DEMONYM = new Set(['The', 'Special', 'Security', 'Armed', 'Government', 'Rebel', 'Allied', 'Foreign', 'Local', 'Federal', 'National', 'Islamic', 'Public', 'Republican', 'Peacekeeping', 'Russia-led']);
/** An apposition that says who they are ("…troops, i.e. the so-called X peacekeepers,"). */
const APPOSITION = /^,\s*(?:i\.e\.|that is|namely|the so-called|so-called)[^,.;]*/;

interface Mention { ref: SentenceRef; nations: string[]; start: number; end: number; identifies: boolean }

export function nationalityLists(sentences: SentenceRef[]): Discrepancy[] {
  const mentions: Mention[] = [];
  for (const ref of sentences) {
    for (const m of ref.sentence.text.matchAll(LIST)) {
      const nations = m[1].split(/,\s*|\s+and\s+/).filter((w) => DEMONYM.test(w) && !NOT_DEMONYM.has(w));
      if (!nations.length) continue;
      let end = m.index + m[0].length;
      const app = APPOSITION.exec(ref.sentence.text.slice(end));
      if (app) end += app[0].length;
      const start = m.index + m[0].indexOf(nations[0]);
      mentions.push({ ref, nations, start, end, identifies: Boolean(app) });
    }
  }
  const lists = mentions.filter((m) => m.nations.length >= 2);
  if (!lists.length) return [];
  const listed = new Set(lists.flatMap((m) => m.nations));
  const listSourcesSet = new Set(lists.map((m) => m.ref.source));
  // Sources that name a single nationality from the list, and never the full list.
  const singles = mentions.filter((m) => m.nations.length === 1 && listed.has(m.nations[0]) && !listSourcesSet.has(m.ref.source));
  if (!singles.length) return [];
  const perSource = new Map<string, Mention[]>();
  for (const m of singles.sort((a, b) => Number(b.identifies) - Number(a.identifies))) {
    const list = perSource.get(m.ref.source) ?? [];
    if (list.length < 2) perSource.set(m.ref.source, [...list, m]);
  }
  const chosen = [...perSource.values()].flat();
  const statements: Statement[] = [...chosen, ...lists].map((m) => statementAt(m.ref, m.start, m.end, 0, 0));
  const single = [...new Set(chosen.flatMap((m) => m.nations))];
  return [{
    id: 'claim-nationality', kind: 'claim',
    about: 'who the deployed forces were',
    statements,
    note: `${listSources(chosen.map((m) => m.ref.source))} speak${perSource.size > 1 ? '' : 's'} of ${single.join('/')} forces only; ${listSources(lists.map((m) => m.ref.source))} list${listSourcesSet.size > 1 ? '' : 's'} ${[...listed].join(', ')} troops.`,
  }];
}
