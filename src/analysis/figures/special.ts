// Analysis stage (figures): what a reader built for one kind of statement returns — a value whose counted
// thing and what happened to it were both read from the sentence — before quantities.ts makes it a
// Quantity. Readers: win–loss records (records.ts), rounds of a contest (rounds.ts), ages in apposition
// (ages.ts), ordinals that count and streaks (ordinals.ts), how many times something was done (times.ts).
import { alternation, lang, listPattern, perPack } from '../lang/index.js';

export interface SpecialReading {
  /** The number's own span in the sentence (so the general reader leaves it alone). */
  numStart: number;
  numEnd: number;
  value: number;
  cls: string;
  /** What the value is ("wins", "stoppage"); part of the key. */
  event: string | null;
  /** Whose or what it is ("Doe"): part of the key, and the label. */
  subject: string | null;
  nouns: string[];
  /** Tells apart figures of one kind that are not one quantity (two records, two knockdowns). */
  facet?: string;
  /** A first name before the surname in `subject` ("Gary" Doe). */
  given?: string;
  /** Span the quote must show. */
  coreStart: number;
  coreEnd: number;
  qualifier?: string | null;
  /** The reader claims the number (no other reader may count it) but it is no figure. */
  claimOnly?: boolean;
  /** Background the reader knows of ("the last quake measuring 3.0"): the era, when no year in the sentence gives one. */
  era?: string;
}

/** Ordinal words and digits ("sixth", "21st"), as one alternation with no group of its own. */
export const ordinalWords = perPack((l) => `${alternation(Object.keys(l.figures.ORDINAL_WORDS))}|\\d{1,3}(?:${alternation(l.figures.ORDINAL_SUFFIXES)})`);

/** Ordinal words and digits, global. */
export const ORDINAL = perPack(() => new RegExp(`\\b(?:${ordinalWords()})\\b`, 'gi'));

const DIGIT_ORDINAL = perPack((l) => listPattern(l.figures.ORDINAL_SUFFIXES, '', '^(\\d{1,3})', '$'));

export function ordinalValue(word: string): number | null {
  const { ORDINAL_WORDS } = lang().figures;
  const w = word.toLowerCase();
  if (ORDINAL_WORDS[w] !== undefined) return ORDINAL_WORDS[w];
  const m = DIGIT_ORDINAL().exec(w);
  return m ? Number(m[1]) : null;
}

/** Capitalised words that are no one's name: sentence openers, pronouns, months, days. */
const NOT_NAMES = perPack((l): ReadonlySet<string> => new Set(l.figures.NOT_NAMES));
const NAME_END = perPack((l) => new RegExp(`([\\p{Lu}][\\p{L}’'-]*)(?:,?\\s+(?:${alternation(l.figures.NAME_SUFFIXES)})\\.?)?\\s*$`, 'u'));

export function isNameWord(w: string): boolean {
  if (lang().figures.CONTRACTION.test(w)) return false;
  // "MVP-caliber", "Oscar-winning": a compound adjective, not a name ("Al-Rashid", "Jean-Pierre" keep capitals).
  if (/^\p{Lu}[\p{L}’']*-\p{Ll}{3,}/u.test(w)) return false;
  return /^\p{Lu}[\p{L}’'-]*$/u.test(w) && !NOT_NAMES().has(w.replace(/[’']s$/, ''));
}

/** The surname of a name ending at `end` (the last capitalised word before it, possessive removed). */
export function nameEndingAt(text: string, end: number): string | null {
  const m = NAME_END().exec(text.slice(Math.max(0, end - 60), end));
  if (!m || !isNameWord(m[1])) return null;
  return m[1].replace(/[’']s?$/, '');
}

/**
 * The one a statement at `at` is about: the nearest name before it that is not an object ("his victory
 * over Doe") and not inside a quotation; its last word (the surname), possessive removed.
 */
export function subjectBefore(text: string, at: number, opening = true): string | null {
  // A sentence that opens with a name is about that person ("Doe, who could face Roe, improves to …").
  const first = opening ? /^\s*(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u.exec(text) : null;
  if (first && first[0].length <= at) {
    const words = first[1].split(/\s+/);
    if (words.every(isNameWord)) return words[words.length - 1].replace(/[’']s?$/, '');
  }
  const names = [...text.slice(0, at).matchAll(/\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/gu)].reverse();
  for (const m of names) {
    const words = m[0].split(/\s+/);
    const last = words[words.length - 1];
    if (!isNameWord(last) && !isNameWord(words[0])) continue;
    if (/[“"][^”"]*$/.test(text.slice(0, m.index))) continue;
    if (lang().figures.OBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const name = words.filter(isNameWord).pop();
    if (name) return name.replace(/[’']s?$/, '');
  }
  return null;
}

/** A capitalised word before a surname that is a first name, not a title ("Deputy", "President"). */
export function givenName(word: string): string | undefined {
  const { ROLE_NOUNS } = lang();
  const w = word.replace(/[.,]$/, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || ROLE_NOUNS.has(w.toLowerCase()) || titleWords().has(w.toLowerCase())) return undefined;
  return w;
}

const titleWords = perPack((l) => new Set(l.TITLES.filter((t) => t.length === 1).map((t) => t[0])));

