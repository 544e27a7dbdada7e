// Analysis stage (actors): what compromise's lexicon knows about a single capitalised word — a place,
// a date, a demonym, a known first name — so places and calendar words never become actors. The
// tagging itself runs in a worker (tagger.ts).
import type { Article } from '../../content/types.js';
import { givenNameGender } from './givenNames.js';
import { tagged, tagAhead } from './tagger.js';

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
    const terms = tagged(word).tags;
    tags = new Set(terms.length === 1 ? terms[0] : []);
    cache.set(word, tags);
  }
  return tags;
}

export function isPlaceWord(word: string): boolean {
  const t = tagsOf(word);
  return t.has('Place') || t.has('Country') || t.has('City') || t.has('Region');
}

/** A place only by compromise's guess from the word's ending ("-ville", "-brough"), not by its lexicon. */
export function isGuessedPlace(word: string): boolean {
  return isPlaceWord(word) && !inLexicon(word);
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
    const terms = tagged(phrase).tags;
    place = terms.length > 0 && terms.every((t) => t.includes('Place'));
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
  return tagged(word).inLexicon;
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

/** Capitalised words (possessive dropped): most of what the actors stage will ask about. */
export function tagWordsAhead(articles: Article[]): void {
  const words = new Set<string>();
  for (const a of articles) {
    for (const p of a.paragraphs) {
      for (const [w] of p.text.matchAll(/\p{Lu}[\p{L}\p{N}]*(?:[-'’.&][\p{L}\p{N}]+)*/gu)) {
        words.add(w.replace(/['’]s$/, ''));
      }
    }
  }
  tagAhead([...words].filter((w) => !PLAIN_NUMBER.test(w)));
}

/** compromise knows the word as a person's name — a first name or a surname ("Jackson", "Mary"). */
export function isPersonNameWord(word: string): boolean {
  const t = tagsOf(word);
  return t.has('Person') || t.has('FirstName') || t.has('LastName');
}

/**
 * compromise's lexicon holds the whole phrase as one organisation's name (not a guess from a word of it)
 * — a company it knows by a name whose words are also a title, or a given name and a surname.
 */
export function isOrganisationPhrase(phrase: string): boolean {
  const { tags, inLexicon } = tagged(phrase);
  return inLexicon && tags.length >= 2 && tags.every((t) => t.includes('Organization'));
}

/** compromise knows the word as an organisation ("Microsoft"). */
export function isOrganisationWord(word: string): boolean {
  return tagsOf(word).has('Organization');
}

/** The gender compromise gives a first name ("Katie" female, "John" male), else the name lists', or null. */
export function firstNameGender(word: string): 'female' | 'male' | null {
  const t = tagsOf(word);
  if (t.has('FemaleName') !== t.has('MaleName')) return t.has('FemaleName') ? 'female' : 'male';
  return givenNameGender(word);
}

/** compromise reads the word as a verb in a tense, not a noun or a gerund ("said", "recessed", "held"; not "policy", "specializing"). */
export function isFiniteVerb(word: string): boolean {
  const t = tagsOf(word);
  return (t.has('PastTense') || t.has('PresentTense') || t.has('Modal') || t.has('Copula')) && !t.has('Noun') && !t.has('Gerund');
}

/** compromise reads the word as a verb in the past tense only ("surrendered", "said"; not "retired", "police", "books"). */
export function isPastVerb(word: string): boolean {
  const t = tagsOf(word);
  return t.has('PastTense') && !t.has('Noun') && !t.has('Adjective') && !t.has('Gerund');
}
