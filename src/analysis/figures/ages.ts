// Analysis stage (figures): an age in apposition — "Doe, 49, was arrested", "Jane Doe Jr., 49, is",
// "Doe, 48, a former guard". News style puts a bare number between commas right after a name for the
// person's age; a number after a place or a date ("Paris, 12," / "July 7, 2012,") is not one.
import { alternation, lang, perPack } from '../lang/index.js';
import { findNumbers } from '../text/numbers.js';
import { givenName, isNameWord, type SpecialReading } from './special.js';

/** A name right before the number, with a suffix ("Jane Doe Jr., 49,"); group 1 the surname. */
const NAME_BEFORE = perPack((l) => new RegExp(`(\\p{Lu}[\\p{L}’'-]*)(?:,?\\s+(?:${alternation(l.figures.GENERATION_SUFFIXES)})\\.?)?,\\s*$`, 'u'));

export function readAppositionAges(text: string): SpecialReading[] {
  const out: SpecialReading[] = [];
  for (const n of findNumbers(text)) {
    if (n.form !== 'digits' || n.calendar || n.currency || n.valueMax !== undefined || n.hyphenWord) continue;
    if (!Number.isInteger(n.value) || n.value < 1 || n.value > 119) continue;
    // Closed by a comma (or a dash) and followed by words, not by another number of a list.
    if (!/^,\s+(?!\d)\S/.test(text.slice(n.end, n.end + 4)) && !/^\s+[—–-]\s/.test(text.slice(n.end, n.end + 4))) continue;
    const before = text.slice(Math.max(0, n.start - 60), n.start);
    const m = NAME_BEFORE().exec(before);
    if (!m || !isNameWord(m[1])) continue;
    // Two capitalised words or a name used elsewhere as a person: one word alone may be a place ("Paris, 12,"), so
    // the word must be preceded by another name word or stand at the sentence start.
    const lead = before.slice(0, m.index);
    const prev = /(\S+)\s+$/.exec(lead)?.[1] ?? '';
    if (!(isNameWord(prev.replace(/[.,]$/, '')) || /^\s*$/.test(lead) || /[.!?]\s+$/.test(lead) || lang().BEFORE_APPOSED_NAME.test(prev))) continue;
    const nameStart = n.start - before.length + m.index;
    const given = givenName(prev);
    out.push({
      numStart: n.start, numEnd: n.end, value: n.value, cls: 'age', event: null, subject: m[1].replace(/[’']s$/, ''), nouns: ['age'], ...(given ? { given } : {}),
      coreStart: nameStart, coreEnd: n.end + 1,
    });
  }
  return out;
}
