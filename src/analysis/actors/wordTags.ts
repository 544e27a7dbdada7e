// Analysis stage (actors): what compromise's lexicon knows about a single capitalised word — a place,
// a date, a demonym, a known first name — so places and calendar words never become actors.
import nlp from 'compromise';

const cache = new Map<string, Set<string>>();

function tagsOf(word: string): Set<string> {
  let tags = cache.get(word);
  if (!tags) {
    const terms = (nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms ?? [];
    tags = new Set(terms.length === 1 ? terms[0].tags : []);
    cache.set(word, tags);
  }
  return tags;
}

export function isPlaceWord(word: string): boolean {
  const t = tagsOf(word);
  return t.has('Place') || t.has('Country') || t.has('City') || t.has('Region');
}

export function isDemonym(word: string): boolean {
  return tagsOf(word).has('Demonym');
}

export function isDateWord(word: string): boolean {
  const t = tagsOf(word);
  return t.has('Date') || t.has('WeekDay') || t.has('Month') || t.has('Holiday');
}

export function isFirstName(word: string): boolean {
  return tagsOf(word).has('FirstName');
}

/** A word compromise's lexicon knows as ordinary vocabulary, not a name ("Protests", "Researcher"). */
export function isCommonWord(word: string): boolean {
  if (!inLexicon(word)) return false;
  const t = tagsOf(word.toLowerCase());
  return !t.has('ProperNoun') && !t.has('Person') && !t.has('Place') && !t.has('Organization');
}

/** A phrase compromise reads entirely as a place ("United States", "Central Asia"). */
export function isPlacePhrase(phrase: string): boolean {
  let place = placePhrases.get(phrase);
  if (place === undefined) {
    const terms = (nlp(phrase).json() as { terms: { tags: string[] }[] }[])[0]?.terms ?? [];
    place = terms.length > 0 && terms.every((t) => t.tags.includes('Place'));
    placePhrases.set(phrase, place);
  }
  return place;
}

const placePhrases = new Map<string, boolean>();

/** An adjective in compromise's lexicon, not a proper noun ("Soviet"); suffix guesses ("-sky") do not count. */
export function isAdjective(word: string): boolean {
  const t = tagsOf(word);
  return inLexicon(word) && t.has('Adjective') && !t.has('ProperNoun') && !t.has('Noun');
}

function inLexicon(word: string): boolean {
  const lexicon = (nlp.model() as { one?: { lexicon?: Record<string, unknown> } }).one?.lexicon ?? {};
  const w = word.toLowerCase();
  return w in lexicon || (w.endsWith('s') && w.slice(0, -1) in lexicon);
}

/** A word compromise reads only as a noun, never as a verb ("troops", "technology"). */
export function isNounOnly(word: string): boolean {
  const t = tagsOf(word);
  return t.has('Noun') && !t.has('Verb');
}

/** A plural common noun in compromise's lexicon ("Doctors"). */
export function isPluralNoun(word: string): boolean {
  const t = tagsOf(word);
  return inLexicon(word) && t.has('Plural') && !t.has('ProperNoun');
}

/** compromise reads the word as an adjective, by lexicon or by its ending ("Regional", "Red"). */
export function readsAsAdjective(word: string): boolean {
  const t = tagsOf(word);
  return t.has('Adjective') && !t.has('FirstName');
}
