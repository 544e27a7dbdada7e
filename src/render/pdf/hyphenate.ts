// PDF writer, hyphenation: Liang patterns (the `hyphen` package) for the document language, giving the
// soft-hyphen (U+00AD) break points the line breaker may use.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SOFT_HYPHEN = '\u00ad';
/** Letters kept together at each end of a word (TeX's \lefthyphenmin / \righthyphenmin, raised to
 * 3: "Securi-ty" and "a-bout" read badly). */
const LEFT_MIN = 3;
const RIGHT_MIN = 3;

export type Hyphenator = (word: string) => string[];

/** Syllable pieces of a word ("hy", "phen", "ation"); one piece when it must not be broken. */
export function createHyphenator(language: string): Hyphenator {
  const fn = loadPatterns(language);
  const cache = new Map<string, string[]>();
  return (word) => {
    if (!fn) return [word];
    let parts = cache.get(word);
    if (!parts) {
      // Words with digits, and capitalised words (names, whose syllables the patterns do not know),
      // are left whole; soft hyphens the author wrote are kept by the patterns.
      // A word shorter than both minimums together cannot be broken (and is most words: skip the patterns).
      parts = word.length < LEFT_MIN + RIGHT_MIN || /\d/.test(word) || /^\P{L}*\p{Lu}/u.test(word) ? [word] : withMinimums(fn(word).split(SOFT_HYPHEN).filter((p) => p.length > 0));
      cache.set(word, parts);
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
