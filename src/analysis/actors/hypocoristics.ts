// Analysis stage (actors): given names that are one name — a short form ("Chris" / "Christopher"), a
// diminutive ("Danny" / "Daniel"), or one of the common English pet names no spelling rule derives
// ("Bill" / "William", "Katie" / "Kathryn"). No maintained npm package ships a nickname dataset (the curated
// given-name/nickname lists are published for Python, Ruby and PHP only), so the irregular pairs are a
// short fallback of the most common ones, in the pack (lang().actors.PET_NAMES); everything else follows
// from the spellings. Two names a name
// list gives different genders are never one name ("Mary" is no "Mark").
import { distance } from 'fastest-levenshtein';
import { fold } from './nameKeys.js';
import { lang, perPack } from '../lang/index.js';
import { firstNameGender } from './wordTags.js';

/** The pack's pet names (PET_NAMES), by the pet name: the full names each shortens. */
const fullNamesOf = perPack((l) => {
  const byPet = new Map<string, Set<string>>();
  for (const [full, pets] of Object.entries(l.actors.PET_NAMES)) {
    for (const p of pets) byPet.set(p, (byPet.get(p) ?? new Set<string>()).add(full));
  }
  return byPet;
});

/**
 * The stem a diminutive with a doubled consonant is made on: "Danny" → "dan", "Robbie" → "rob". (Not
 * any "-ie": "Marie" is no diminutive of "Martha".)
 */
function diminutiveStem(name: string): string | null {
  const doubled = name.match(lang().actors.DIMINUTIVE);
  return doubled ? doubled[1] + doubled[2] : null;
}

/** The full names a pet name shortens, with the name itself. */
const fullNames = (name: string) => new Set([name, ...(fullNamesOf().get(name) ?? [])]);

/**
 * True when two given names name one person: equal once folded, one a short form of the other (three
 * letters at least), a misspelling of a long one (one letter apart), a diminutive of the other's stem,
 * or an irregular pet name of it — and the name lists do not give them different genders.
 */
export function sameGivenName(a: string, b: string): boolean {
  return nameOf(a, b, true);
}

/** True when one given name is a short form, diminutive or pet name of the other ("Katie" / "Kathryn"): a form of address, no misspelling. */
export function petName(a: string, b: string): boolean {
  return fold(a) !== fold(b) && nameOf(a, b, false);
}

function nameOf(a: string, b: string, misspelt: boolean): boolean {
  const [x, y] = [fold(a), fold(b)];
  if (x === y) return true;
  if (x.length < 2 || y.length < 2) return false;
  const [ga, gb] = [firstNameGender(a), firstNameGender(b)];
  if (ga && gb && ga !== gb) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 3 && long.startsWith(short)) return true;
  // one letter dropped, added or changed in a long name: a misspelling ("Fredrik" / "Frederik")
  if (misspelt && short.length >= 5 && x[0] === y[0] && distance(x, y) === 1) return true;
  const stem = diminutiveStem(short);
  if (stem && stem.length >= 3 && long.startsWith(stem)) return true;
  // "Bill" / "William", and two pet names of one full name ("Jim" / "Jimmy" is the rule above)
  const [fs, fl] = [fullNames(short), fullNames(long)];
  return [...fs].some((f) => fl.has(f));
}
