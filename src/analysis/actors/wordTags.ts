// Analysis stage (actors): what compromise's lexicon knows about a single capitalised word — a place,
// a date, a demonym, a known first name — so places and calendar words never become actors.
import { createRequire } from 'node:module';
import type nlpTwo from 'compromise/two';

/** One tagged term as compromise's document holds it. */
interface Term { tags: Set<string> }

/**
 * compromise/two is the tagger (three adds only methods and a chunker, which tag nothing). Its start-up
 * unpacks and conjugates the whole lexicon (~250 ms), so it is loaded on the first question, through
 * the package's prebuilt `require` build (one file) rather than its ~300 ESM source modules.
 */
let loaded: { nlp: typeof nlpTwo; lexicon: Record<string, unknown> } | undefined;
function compromise(): NonNullable<typeof loaded> {
  if (!loaded) {
    const nlp = createRequire(import.meta.url)('compromise/two') as typeof nlpTwo;
    loaded = { nlp, lexicon: (nlp.model() as { one?: { lexicon?: Record<string, unknown> } }).one?.lexicon ?? {} };
  }
  return loaded;
}

/** The tagged terms of a word or phrase, read from the document (building .json() costs as much again). */
function termsOf(text: string): Term[] {
  return (compromise().nlp(text) as unknown as { docs: Term[][] }).docs[0] ?? [];
}

const cache = new Map<string, Set<string>>();

/**
 * A plain number ("1234", "26.5") has no lexicon entry and no context that could make it a year or a
 * date, so compromise tags it Value, Cardinal, NumericValue every time (test/analysis/wordTags.test.ts
 * checks this against compromise). Answered here, since numbers reach these questions by the thousand.
 */
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
const NUMBER_TAGS: ReadonlySet<string> = new Set(['Value', 'Cardinal', 'NumericValue']);

function tagsOf(word: string): ReadonlySet<string> {
  if (PLAIN_NUMBER.test(word)) return NUMBER_TAGS;
  let tags = cache.get(word);
  if (!tags) {
    const terms = termsOf(word);
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
    const terms = termsOf(phrase);
    place = terms.length > 0 && terms.every((t) => t.tags.has('Place'));
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
  const { lexicon } = compromise();
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
