// Analysis stage (actors): names of places, which are never actors. Evidence, strongest first: a
// geographic head word ("… Sea", "Mount …", "… County"), the gazetteer (gazetteer.ts) — a multi-word
// name exactly, a single word only when it is a sizeable place that is not also a person's name — and
// the context of a mention ("in X", "near X", "X, <country or state>", "the town of X"). A name with an
// organisation's head word is never a place: "Rivertown Post", "Eastmoor Police" are organisations.
import { lang } from '../lang/index.js';
import type { Mention } from './mentions.js';
import type { SentenceTokens } from './tokens.js';
import { isCountryName, isRegionName, placePopulation, placePopulationLoose } from './gazetteer.js';
import { isCommonWord, isFirstName, isPersonNameWord, isPlaceWord } from './wordTags.js';


/** A single word must name a place at least this big to be taken as one without context. */
const LONE_WORD_POPULATION = 15000;
/** A multi-word name that opens with a first name is a place only when it is a city this big ("Mary Esther" is a town of 4,000). */
const FIRST_NAME_CITY = 100000;

/** "MILLOM" → "Millom": headline capitals looked up as written in running text. */
const titleCase = (w: string) => (/^\p{Lu}{2,}$/u.test(w) && w.length > 3 ? w[0] + w.slice(1).toLowerCase() : w);

/** The name alone says it is a place. */
export function isPlaceName(words: string[]): boolean {
  const { ORG_HEADS } = lang();
  const { PLACE_HEADS, PLACE_OPENERS, COMPASS } = lang().actors;
  const ws = words.map(titleCase);
  const lower = ws.map((w) => w.toLowerCase());
  // "Chapel Avenue" is a street; "Fire Department", "Rivertown Post" are bodies
  // (a head that is also a surname — "Park", "Hill" — leaves "Jane Park" a person)
  if (ws.length > 1 && PLACE_HEADS.has(lower[lower.length - 1]) && (!isFirstName(ws[0]) || !isPersonNameWord(ws[ws.length - 1]))) return true;
  if (lower.some((w) => ORG_HEADS.has(w))) return false;
  if (ws.length > 1) {
    if (isFirstName(ws[0]) && !isPlaceWord(ws[0])) {
      const pop = placePopulation(ws.join(' '));
      return pop !== null && pop >= FIRST_NAME_CITY;
    }
    if (PLACE_HEADS.has(lower[lower.length - 1]) || PLACE_OPENERS.has(lower[0])) return true;
    if (ws.length === 2 && COMPASS.has(lower[1]) && !isPersonNameWord(ws[0])) return true;
    return placePopulation(ws.join(' ')) !== null || isRegionName(ws.join(' '));
  }
  const w = ws[0];
  if (isCountryName(w)) return true;
  // a state or a province ("Hormozgan"), unless the word is also a name or a word ("Victoria", "Northern")
  if (isRegionName(w) && !isPersonNameWord(w) && !isCommonWord(w) && !isFirstName(w)) return true;
  const pop = placePopulation(w);
  return pop !== null && pop >= LONE_WORD_POPULATION && !isPersonNameWord(w) && !isCommonWord(w);
}

/**
 * A mention the context marks as a place: a single word the gazetteer knows, in any of those contexts;
 * a longer name that is no person's (no first name) and no body's (no organisation head) only by its
 * place words or the larger place it is in ("the fishing village of Bayou X", "X in Egypt").
 */
export function placeInContext(m: Mention): boolean {
  const { ORG_HEADS } = lang();
  const { ROUTE_FAR_END, ROUTE_FROM, PLACE_OF_BEFORE, PLACE_AFTER, PLACE_APPOSITION, LOCATIVE_AFTER, IN_LARGER_PLACE, LOCATIVE_BEFORE } = lang().actors;
  const p = m.sentence.paragraphText;
  const before = p.slice(Math.max(0, m.start - 30), m.start);
  // a route's far end: "from Y … to the X in Z"
  const route = ROUTE_FAR_END.test(p.slice(Math.max(m.sentence.start, m.start - 90), m.start));
  const larger = (name: string | undefined) => name !== undefined && (isCountryName(name) || isPlaceWord(name));
  const strong = () => PLACE_OF_BEFORE.test(before) || PLACE_AFTER.test(p.slice(m.end)) || PLACE_APPOSITION.test(p.slice(m.end));
  if (m.words.length > 1) {
    if (pairedWithPlace(route ? ROUTE_FROM : before, p.slice(m.end))) return true;
    if (isFirstName(m.words[0]) || m.words.some((w) => ORG_HEADS.has(w.toLowerCase())) || m.acts || m.title !== null) return false;
    if (strong()) return true;
    const after = p.slice(m.end).match(LOCATIVE_AFTER) ?? p.slice(m.end).match(IN_LARGER_PLACE);
    return !!after && (after[1] === undefined || larger(after[1]));
  }
  // (a word no list knows is a place only by the strong contexts: "in X" is also "a stake in X")
  if (m.title === null && !ORG_HEADS.has(m.words[0].toLowerCase()) && strong()) return true;
  if (placePopulationLoose(titleCase(m.words[0])) === null && !isRegionName(titleCase(m.words[0]))) return false;
  if (LOCATIVE_BEFORE.test(before)) return true;
  const after = p.slice(m.end).match(LOCATIVE_AFTER);
  if (!after) return false;
  return after[1] === undefined || larger(after[1]);
}

/** "between X and Marseilles", "between Marseilles and X", "from X to Marseilles": a route's two ends are places. */
function pairedWithPlace(before: string, after: string): boolean {
  const { ROUTE_OTHER_END, ROUTE_OPENS, ROUTE_FIRST_END } = lang().actors;
  const big = (name: string) => isCountryName(name) || (placePopulation(name) ?? 0) >= LONE_WORD_POPULATION;
  // the other end, or the country this end is in ("between X (Egypt) and Y", "from X in Egypt to Y")
  const next = after.match(ROUTE_OTHER_END);
  if (next && ROUTE_OPENS.test(before) && big(next[1] ?? next[2])) return true;
  const prev = before.match(ROUTE_FIRST_END);
  return !!prev && big(prev[1]);
}

/** A large city named by one word, even one that is also a surname ("Houston"), when no full name in the cluster makes it a person's. */
export function isLoneCity(word: string): boolean {
  const pop = placePopulation(titleCase(word));
  return pop !== null && pop >= BIG_CITY && !isFirstName(titleCase(word));
}
const BIG_CITY = 500000;

/**
 * A body named after a place: the place, then words that are no first name ("Rivertown Storm Chasers",
 * "Eastmoor Police", "Rivertown Hawks") — a team, a force, a newspaper, a company.
 */
export function namedAfterPlace(words: string[]): boolean {
  // a team's plural ("Comets", "Storm Chasers"); other heads are ORG_HEADS ("Police", "Post")
  const last = words[words.length - 1];
  if (words.length < 2 || !/^\p{Lu}\p{L}*[^s]s$/u.test(last) || isPersonNameWord(last)) return false;
  if (words.some((w) => !/^\p{Lu}|^\d/u.test(w))) return false;
  // a person's name inside ("… Hawks RB Dale Ostrow") makes it no body's name
  if (words.some((w, i) => i > 0 && i + 1 < words.length && isFirstName(w) && /^\p{Lu}/u.test(words[i + 1]))) return false;
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const head = words.slice(0, k);
    if (k === 1 && (isPersonNameWord(head[0]) && !isPlaceWord(head[0]))) continue;
    if ((placePopulation(head.join(' ')) ?? 0) >= LONE_WORD_POPULATION && !isFirstName(words[k]) && !isPlaceName(words)) return true;
  }
  return false;
}

/**
 * Single words the corpus places somewhere ("in X", "through X", "the town of X") that the gazetteer
 * knows, its accents dropped or not ("in Sabac" for "Šabac"): a cluster of only those words, given no
 * title and no full name to belong to, is the place even where another sentence has it act ("Sabac said").
 */
export function placedWords(sentences: SentenceTokens[]): Set<string> {
  const { PLACING_PREPOSITION, PLACE_OF_BEFORE } = lang().actors;
  const out = new Set<string>();
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      if (!t.cap || t.acronym) return;
      const next = s.tokens[i + 1];
      if (next?.cap && /^\s+$/.test(next.gapBefore)) return; // part of a longer name
      // The gazetteer first: PLACE_OF_BEFORE, tried at each of 60 characters, cost more than all the rest (3% of a seed build).
      const w = titleCase(t.word);
      if (placePopulationLoose(w) === null && !isRegionName(w)) return;
      const prev = s.tokens[i - 1];
      const placed = (prev && PLACING_PREPOSITION.test(prev.word) && !prev.cap)
        || PLACE_OF_BEFORE.test(s.paragraphText.slice(Math.max(0, t.start - 60), t.start));
      if (placed) out.add(t.word);
    });
  }
  return out;
}
