// Analysis stage (figures): what a reader built for one kind of statement returns — a value whose counted
// thing and what happened to it were both read from the sentence — before quantities.ts makes it a
// Quantity. Readers: win–loss records (records.ts), rounds of a contest (rounds.ts), ages in apposition
// (ages.ts), ordinals that count and streaks (ordinals.ts), how many times something was done (times.ts).
import { lang, perPack } from '../lang/index.js';

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

/** Ordinal words and digits ("sixth", "21st") with their values. */
const ORDINAL_WORDS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
});

export const ORDINAL = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d{1,3}(?:st|nd|rd|th))\b/gi;

export function ordinalValue(word: string): number | null {
  const w = word.toLowerCase();
  if (ORDINAL_WORDS[w] !== undefined) return ORDINAL_WORDS[w];
  const m = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  return m ? Number(m[1]) : null;
}

/** Capitalised words that are no one's name: sentence openers, pronouns, months, days. */
const NOT_NAMES = new Set(
  'The A An In On At By For With From And But Or He She It They We I His Her Its Their This That These Those There Then When While After Before Since During As If Although Though So Yet Now Still Even Also Only Just Not No Nor Both Either Neither Each Every Some Any All Most Many Few Several Such What Which Who Whom Whose Where Why How Mr Mrs Ms Dr Jr Sr January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow Tonight Overall Meanwhile However Instead Later Earlier Finally Additionally Afterwards Afterward Nonetheless Nevertheless Moreover Furthermore Indeed Besides Otherwise Again Already Together Here'.split(' '),
);

export function isNameWord(w: string): boolean {
  if (/^(?:I|You|We|They|He|She|It|That|There|What)[’'](?:m|re|ve|ll|d|s)$/.test(w)) return false;
  // "MVP-caliber", "Oscar-winning": a compound adjective, not a name ("Al-Masry", "Jean-Pierre" keep capitals).
  if (/^\p{Lu}[\p{L}’']*-\p{Ll}{3,}/u.test(w)) return false;
  return /^\p{Lu}[\p{L}’'-]*$/u.test(w) && !NOT_NAMES.has(w.replace(/[’']s$/, ''));
}

/** The surname of a name ending at `end` (the last capitalised word before it, possessive removed). */
export function nameEndingAt(text: string, end: number): string | null {
  const m = /([\p{Lu}][\p{L}’'-]*)(?:,?\s+(?:Jr|Sr)\.?)?\s*$/u.exec(text.slice(Math.max(0, end - 60), end));
  if (!m || !isNameWord(m[1])) return null;
  return m[1].replace(/[’']s?$/, '');
}

/** Words after which a name is the object, not the one the statement is about ("victory over Doe"). */
const OBJECT_BEFORE = /\b(?:over|against|by|from|with|to|of|for|at|in|on|as|beat|beats|beating|defeated|defeats|stopped|stops|stopping|floored|dropped|and)\s+(?:the\s+)?$/i;

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
    if (OBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
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

