// PDF writer, hyphenation: Liang patterns (the `hyphen` package) for the document language, giving the
// soft-hyphen (U+00AD) break points the line breaker may use.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SOFT_HYPHEN = '\u00ad';
/** Letters kept together at each end of a word (TeX's \lefthyphenmin / \righthyphenmin, raised to
 * 3: "Securi-ty" and "a-bout" read badly). */
const LEFT_MIN = 3;
const RIGHT_MIN = 3;
/** A name is broken only when at least this long (and then only to save a paragraph from a loose line). */
const NAME_MIN = 8;

/** `names`: also break a capitalised word (a last resort, see LineBreaker). */
export type Hyphenator = (word: string, names?: boolean) => string[];

/** Syllable pieces of a word ("hy", "phen", "ation"); one piece when it must not be broken. */
export function createHyphenator(language: string): Hyphenator {
  const fn = loadPatterns(language);
  // German (and Luxembourgish) capitalise every noun: a capital says nothing about a name there.
  const nouns = /^(de|lb|gsw)\b/i.test(language);
  const cache = new Map<string, string[]>();
  return (word, names = false) => {
    if (!fn) return [word];
    const key = names ? `\u0000${word}` : word;
    let parts = cache.get(key);
    if (!parts) {
      // Words with digits, acronyms and capitalised words (names, whose syllables the patterns know
      // less well) are left whole; a name breaks only when asked for. Soft hyphens the author wrote
      // are kept by the patterns. A word shorter than both minimums together cannot be broken (and is
      // most words: skip the patterns).
      const capitalised = !nouns && /^\P{L}*\p{Lu}/u.test(word);
      const acronym = (word.match(/\p{Lu}/gu) ?? []).length > 1;
      const whole = word.length < LEFT_MIN + RIGHT_MIN || /\d/.test(word) || acronym || (capitalised && (!names || word.length < NAME_MIN));
      parts = whole ? [word] : withMinimums(fn(word).split(SOFT_HYPHEN).filter((p) => p.length > 0));
      cache.set(key, parts);
    }
    return parts;
  };
}

/** Joins syllables at the ends of a word until each end piece has enough letters. */
function withMinimums(parts: string[]): string[] {
  const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
  const out = [...parts];
  while (out.length > 1 && letters(out[0]) < LEFT_MIN) out.splice(0, 2, out[0] + out[1]);
  while (out.length > 1 && letters(out[out.length - 1]) < RIGHT_MIN) out.splice(-2, 2, out[out.length - 2] + out[out.length - 1]);
  return out;
}

function loadPatterns(language: string): ((text: string) => string) | undefined {
  const base = language.toLowerCase().split(/[-_]/)[0];
  for (const id of [language.toLowerCase(), base]) {
    if (!/^[a-z-]+$/.test(id)) continue;
    try {
      const mod = require(`hyphen/${id}`) as { hyphenateSync: (text: string) => string };
      return mod.hyphenateSync;
    } catch {
      // no patterns for this code: try the next, then give up (text is still set, unhyphenated)
    }
  }
  return undefined;
}
