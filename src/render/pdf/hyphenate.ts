// PDF writer, hyphenation: Liang patterns (the `hyphen` package) for the document language, giving the
// soft-hyphen (U+00AD) break points the line breaker may use.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SOFT_HYPHEN = '\u00ad';

export type Hyphenator = (word: string) => string[];

/** Syllable pieces of a word ("hy", "phen", "ation"); one piece when it must not be broken. */
export function createHyphenator(language: string): Hyphenator {
  const fn = loadPatterns(language);
  const cache = new Map<string, string[]>();
  return (word) => {
    if (!fn) return [word];
    let parts = cache.get(word);
    if (!parts) {
      // Words with digits, or already carrying soft hyphens, are left as the author wrote them.
      parts = /\d/.test(word) ? [word] : fn(word).split(SOFT_HYPHEN).filter((p) => p.length > 0);
      cache.set(word, parts);
    }
    return parts;
  };
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
