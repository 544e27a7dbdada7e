// Analysis stage (actors): acronym ↔ expansion evidence — initials ("WHO" = World Health Organization)
// and co-occurrence in one breath ("Name (ACR)", "Name, ACR or ACR2"), which also links acronyms of a
// name translated from another language whose letters match no English expansion.
import { lang } from '../lang/index.js';
import type { Mention } from './mentions.js';

/** True when `acronym`'s letters are the initials of `words` (connectors optional). */
export function isAcronymOf(acronym: string, words: string[]): boolean {
  return acronymMatch(acronym, words) !== null;
}

/**
 * How `acronym` spells `words`: 'exact' by all their initials (a dotted initialism gives all its
 * letters: "U.S. Geological Survey" is USGS), 'qualified' leaving out a leading qualifier ("UN World
 * Food Programme" as "WFP") or spelling a closing head the words leave out ("Rivertown Police" as
 * "RPD"), or null.
 */
export function acronymMatch(acronym: string, words: string[]): 'exact' | 'qualified' | null {
  const { NAME_CONNECTORS, PUBLICATION_HEADS } = lang();
  const letters = acronym.toUpperCase();
  const parts = words.flatMap((w) => w.split('-'));
  if (parts.length < 2) return null;
  const content = parts.filter((w) => !NAME_CONNECTORS.has(w.toLowerCase()));
  const initial = (w: string) => (/^(?:\p{Lu}\.)+\p{Lu}\.?$/u.test(w) ? w.replace(/\./g, '') : w[0]?.toUpperCase() ?? '');
  const initials = (ws: string[]) => ws.map(initial).join('');
  if (initials(content) === letters || initials(parts) === letters) return 'exact';
  if (content.length > letters.length && initials(content.slice(content.length - letters.length)) === letters && letters.length >= 3) return 'qualified';
  // a short form that leaves out the "Department" or "Service" the acronym keeps: "the Rivertown
  // Police" for "RPD" — not a newspaper's name, which no department closes ("the Rivertown Post")
  if (content.length >= 2 && /^[DS]$/.test(letters.slice(-1)) && initials(content) === letters.slice(0, -1) && letters.length >= 3
    && !PUBLICATION_HEADS.has(content[content.length - 1].toLowerCase())) return 'qualified';
  return null;
}

/**
 * Pairs of mentions the text itself equates: "X (Y)" and "X, Y or Z" where one side is an acronym.
 * Mentions must be in the same sentence, in order.
 */
export function equatedMentions(mentions: Mention[]): [Mention, Mention][] {
  const out: [Mention, Mention][] = [];
  const bySentence = new Map<object, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  for (const list of bySentence.values()) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i];
      const b = list[i + 1];
      if (!(a.acronym || b.acronym) || a.kind === 'person' || b.kind === 'person') continue;
      const gap = a.sentence.paragraphText.slice(a.end, b.start);
      if (/^['’]?s?\s*\(\s*$/.test(gap) && a.sentence.paragraphText.slice(b.end).match(/^\s*\)/)) out.push([a, b]);
      else if (/^\s*,\s*$/.test(gap) || /^\s*,?\s+or\s+$/.test(gap)) {
        // an appositive chain must end in "or" and be one name then its acronyms: "North Atlantic
        // Alliance, OTAN or NATO" — not a list of rivals ("ZTX, Halvern, or Norvale")
        let k = i + 1;
        while (k + 1 < list.length && /^\s*,?\s+or\s+$|^\s*,\s*$/.test(list[k].sentence.paragraphText.slice(list[k].end, list[k + 1].start))) k++;
        const chain = list.slice(i, k + 1);
        const chainGaps = chain.slice(0, -1).map((m, j) => m.sentence.paragraphText.slice(m.end, chain[j + 1].start));
        const expansionThenAcronyms = !a.acronym && a.words.length >= 2 && chain.slice(1).every((m) => m.acronym);
        if (expansionThenAcronyms && chainGaps.some((g) => /\bor\s+$/.test(g))) out.push([a, b]);
      }
    }
  }
  return out;
}
