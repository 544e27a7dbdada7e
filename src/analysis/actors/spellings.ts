// Analysis stage (actors): which sources write each of an actor's spellings, found once here so a
// profile lists them without searching the articles again. Run on the final actors (after curated
// overrides rename, merge or add them), so an analyst's spelling is placed like an extracted one.
import type { Article } from '../../content/types.js';
import type { Actor } from '../types.js';

/** Spelling → the ids of the sources whose text holds it verbatim, in source order. */
export function spellingSources(actor: Actor, articles: Article[]): Record<string, string[]> {
  // fromEntries makes every key the object's own, even a spelling such as "__proto__".
  return Object.fromEntries([actor.name, ...actor.aliases].map((spelling) => [
    spelling, articles.filter((a) => a.paragraphs.some((p) => p.text.includes(spelling))).map((a) => a.id),
  ]));
}
