// Analysis stage (actors): given names that are one name — a short form ("Chris" / "Christopher"), a
// diminutive ("Danny" / "Daniel"), or one of the common English pet names no spelling rule derives
// ("Bill" / "William", "Katie" / "Kathryn"). No maintained npm package ships a nickname dataset (the curated
// given-name/nickname lists are published for Python, Ruby and PHP only), so the irregular pairs are a
// short fallback of the most common ones; everything else follows from the spellings. Two names a name
// list gives different genders are never one name ("Mary" is no "Mark").
import { distance } from 'fastest-levenshtein';
import { fold } from './nameKeys.js';
import { firstNameGender } from './wordTags.js';

/** Irregular English pet names, by the full names they shorten. */
const PET_NAMES: Record<string, string[]> = {
  william: ['bill', 'billy', 'liam'],
  robert: ['bob', 'bobby', 'bert'],
  richard: ['dick', 'rick', 'ricky'],
  james: ['jim', 'jimmy', 'jamie'],
  john: ['jack', 'johnny'],
  margaret: ['peggy', 'maggie', 'meg', 'marge'],
  edward: ['ted', 'teddy', 'ned', 'eddie'],
  theodore: ['ted', 'teddy'],
  henry: ['hank', 'harry'],
  charles: ['chuck', 'charlie'],
  elizabeth: ['liz', 'beth', 'betty', 'betsy', 'lisa'],
  katherine: ['kate', 'katie', 'kathy', 'kay'],
  catherine: ['kate', 'katie', 'cathy', 'kay'],
  kathryn: ['kate', 'katie', 'kathy', 'kay'],
  anthony: ['tony'],
  maurice: ['mo'],
  michael: ['mike', 'mick', 'mickey'],
  rebecca: ['becky'],
  patricia: ['patty', 'trish'],
  susan: ['sue', 'susie'],
  lawrence: ['larry'],
  laurence: ['larry'],
  alexander: ['sandy', 'sasha'],
  // the Greek forms: Alexis and Alekos are what an Alexandros is called
  alexandros: ['alexis', 'alekos'],
};

const FULL_NAMES = new Map<string, Set<string>>();
for (const [full, pets] of Object.entries(PET_NAMES)) {
  for (const p of pets) FULL_NAMES.set(p, (FULL_NAMES.get(p) ?? new Set<string>()).add(full));
}

/**
 * The stem a diminutive with a doubled consonant is made on: "Danny" → "dan", "Robbie" → "rob". (Not
 * any "-ie": "Marie" is no diminutive of "Martha".)
 */
function diminutiveStem(name: string): string | null {
  const doubled = name.match(/^(\p{L}{2,}?)(\p{L})\2(?:y|ie|ey)$/u);
  return doubled ? doubled[1] + doubled[2] : null;
}

/** The full names a pet name shortens, with the name itself. */
const fullNames = (name: string) => new Set([name, ...(FULL_NAMES.get(name) ?? [])]);

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
  // one letter dropped, added or changed in a long name: a misspelling ("Malcom" / "Malcolm")
  if (misspelt && short.length >= 5 && x[0] === y[0] && distance(x, y) === 1) return true;
  const stem = diminutiveStem(short);
  if (stem && stem.length >= 3 && long.startsWith(stem)) return true;
  // "Bill" / "William", and two pet names of one full name ("Jim" / "Jimmy" is the rule above)
  const [fs, fl] = [fullNames(short), fullNames(long)];
  return [...fs].some((f) => fl.has(f));
}
