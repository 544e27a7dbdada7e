// Analysis stage, language packs: the registry, and the pack the rules read by. `analyzeArticles`
// chooses the pack for the corpus's language and runs the analysis in it (`readingIn`); a rule asks
// `lang()` for its words. The pack is scoped this way rather than passed down every reader's
// signature: the analysis is one synchronous call, and a rule is still a function of its text and
// the corpus's language. A second language is one file beside en.ts and one entry in PACKS.
import type { Article } from '../../content/types.js';
import { en } from './en.js';
import type { LanguagePack } from './pack.js';

export { type ActorWords, alternation, type DiscrepancyWords, type EventWord, type FigureWords, type LanguagePack, listPattern, type SummaryWords, type TextWords, type UnitNoun } from './pack.js';

/** Every pack, by its primary language subtag. */
export const PACKS = new Map<string, LanguagePack>([[en.code, en]]);

/** The pack for a BCP 47 tag, by its primary subtag; English when there is none for it. */
export function packFor(tag: string | undefined): LanguagePack {
  return PACKS.get(primary(tag ?? '')) ?? en;
}

const primary = (tag: string): string => tag.toLowerCase().split('-')[0];

/** The language most articles are written in (an article without one is in the dossier's, `fallback`). */
export function corpusLanguage(articles: readonly Article[], fallback = 'en'): string {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const tag = primary(a.meta.language ?? fallback);
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  let best = primary(fallback);
  for (const [tag, n] of counts) if (n > (counts.get(best) ?? 0)) best = tag;
  return best;
}

let reading: LanguagePack = en;

/** The pack of the analysis under way (English outside one, as when a rule is called on its own). */
export function lang(): LanguagePack {
  return reading;
}

/** Runs `analyse` with the rules reading by `pack`; the pack before is restored after, thrown or not. */
export function readingIn<T>(pack: LanguagePack, analyse: () => T): T {
  const before = reading;
  reading = pack;
  try {
    return analyse();
  } finally {
    reading = before;
  }
}

/** A value made from the pack (a compiled pattern, a cache), made once per pack. */
export function perPack<T>(make: (pack: LanguagePack) => T): () => T {
  const made = new WeakMap<LanguagePack, T>();
  return () => {
    let v = made.get(reading);
    if (v === undefined) { v = make(reading); made.set(reading, v); }
    return v;
  };
}
