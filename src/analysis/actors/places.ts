// Analysis stage (actors): names of places, which are never actors. Evidence, strongest first: a
// geographic head word ("… Sea", "Mount …", "… County"), the gazetteer (gazetteer.ts) — a multi-word
// name exactly, a single word only when it is a sizeable place that is not also a person's name — and
// the context of a mention ("in X", "near X", "X, <country or state>", "the town of X"). A name with an
// organisation's head word is never a place: "Washington Post", "Surrey Police" are organisations.
import { lang } from '../lang/index.js';
import type { Mention } from './mentions.js';
import type { SentenceTokens } from './tokens.js';
import { isCountryName, isRegionName, placePopulation, placePopulationLoose } from './gazetteer.js';
import { isCommonWord, isFirstName, isPersonNameWord, isPlaceWord } from './wordTags.js';

/** Words that end the name of a geographic feature or division. */
const PLACE_HEADS = new Set(['sea', 'ocean', 'gulf', 'bay', 'river', 'lake', 'mountain', 'mountains', 'island', 'islands',
  'park', 'valley', 'ranch', 'peninsula', 'strait', 'straits', 'canal', 'desert', 'coast', 'county', 'province', 'region',
  'district', 'street', 'avenue', 'road', 'boulevard', 'square', 'village', 'township', 'borough', 'beach', 'hills',
  'heights', 'falls', 'harbor', 'harbour', 'airport', 'highway', 'freeway', 'bridge', 'glacier', 'volcano', 'prefecture',
  'oblast', 'governorate', 'canyon', 'plaza', 'corridor', 'peak', 'reef', 'archipelago', 'pier', 'wharf', 'marina', 'projects', 'fault', 'hut', 'trail',
  'delta', 'plateau', 'basin', 'trench', 'ridge', 'plate', 'rift', 'plain', 'plains', 'lagoon', 'creek', 'gorge', 'fjord', 'municipality',
  // buildings and grounds, which are where things happen, not who does them
  'courthouse', 'stadium', 'arena', 'towers', 'mall']);
/** Words that open one ("Mount Cook", "Lake Tahoe", "Bay of Plenty"). */
const PLACE_OPENERS = new Set(['mount', 'mt.', 'mt', 'lake', 'gulf', 'cape', 'fort', 'isle', 'strait', 'ring']);
const COMPASS = new Set(['east', 'west', 'north', 'south', 'northeast', 'northwest', 'southeast', 'southwest']);

/** A single word must name a place at least this big to be taken as one without context. */
const LONE_WORD_POPULATION = 15000;
/** A multi-word name that opens with a first name is a place only when it is a city this big ("Mary Esther" is a town of 4,000). */
const FIRST_NAME_CITY = 100000;

/** "MILLOM" → "Millom": headline capitals looked up as written in running text. */
const titleCase = (w: string) => (/^\p{Lu}{2,}$/u.test(w) && w.length > 3 ? w[0] + w.slice(1).toLowerCase() : w);

/** The name alone says it is a place. */
export function isPlaceName(words: string[]): boolean {
  const { ORG_HEADS } = lang();
  const ws = words.map(titleCase);
  const lower = ws.map((w) => w.toLowerCase());
  // "Church Avenue" is a street; "Fire Department", "Washington Post" are bodies
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

/** Words before a name that make it a place: "in X", "the town of X", "X's mayor" is not one. */
const LOCATIVE_BEFORE = /(?:\b(?:in|near|outside|across|throughout|around|towards?)|\b(?:town|city|village|province|county|state|region|district|suburb|capital|port|island|neighbou?rhood|area)\s+of)\s+(?:the\s+)?$/i;
/**
 * Words before a name that make it a place whatever the name ("the fishing village of X", "the district
 * of X", "20 km north of X", "30 miles from X", "the outskirts of X").
 */
const PLACE_OF_BEFORE = /(?:\b(?:town|city|village|hamlet|settlement|municipality|province|county|state|region|district|suburb|capital|port|island|neighbou?rhood|area|outskirts)\s+of|\b(?:towns|cities|villages|hamlets|settlements|municipalities|provinces|counties|states|regions|districts|suburbs|islands)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*,?\s+)+and|\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of|\b(?:km|kilometres|kilometers|miles|mi)\s+(?:\p{Ll}+\s+)?(?:from|of))\s+(?:the\s+)?$/iu;
/** "X province", "X district", "X residents": words after a name that make it a place whatever the name. */
const PLACE_AFTER = /^\s+(?:province|county|district|region|municipality|governorate|prefecture|village|township|residents|villagers|inhabitants|townspeople)\b/;
/**
 * "X, a town on the river", "X, the worst-hit village", "X, a port city of 500,000": an apposition whose
 * head noun is a kind of place (the noun ends the apposition or a preposition follows it: "a city
 * councillor" is no place).
 */
const PLACE_APPOSITION = /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,4}?(?:town|city|village|hamlet|settlement|municipality|province|district|region|county|state|capital|port|island|suburb|neighbou?rhood|river|lake|mountain|valley|peninsula)(?=\s*[,.;)]|\s+(?:of|on|in|near|at|with|about|where|that|which|some|just|north|south|east|west|close)\b)/u;
/** Words after: "X, Alaska", "X, Greece" (a place and the larger place it is in), "X province", "the X area of …". */
const LOCATIVE_AFTER = /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)|^\s+(?:province|county|district|region|state|city|village|town|area|neighbou?rhood|suburb|housing\s+projects?)\b/u;
/** "X in Egypt", "X (Egypt)": a place and the country or state it is in. */
const IN_LARGER_PLACE = /^\s+(?:in\s+|\(\s*)(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)/u;

/**
 * A mention the context marks as a place: a single word the gazetteer knows, in any of those contexts;
 * a longer name that is no person's (no first name) and no body's (no organisation head) only by its
 * place words or the larger place it is in ("the fishing village of Bayou X", "X in Egypt").
 */
export function placeInContext(m: Mention): boolean {
  const { ORG_HEADS } = lang();
  const p = m.sentence.paragraphText;
  const before = p.slice(Math.max(0, m.start - 30), m.start);
  // a route's far end: "from Y … to the X in Z"
  const route = /\bfrom\b[^.;]{0,80}\bto\s+(?:the\s+)?$/.test(p.slice(Math.max(m.sentence.start, m.start - 90), m.start));
  const larger = (name: string | undefined) => name !== undefined && (isCountryName(name) || isPlaceWord(name));
  const strong = () => PLACE_OF_BEFORE.test(before) || PLACE_AFTER.test(p.slice(m.end)) || PLACE_APPOSITION.test(p.slice(m.end));
  if (m.words.length > 1) {
    if (pairedWithPlace(route ? 'from ' : before, p.slice(m.end))) return true;
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
  const big = (name: string) => isCountryName(name) || (placePopulation(name) ?? 0) >= LONE_WORD_POPULATION;
  // the other end, or the country this end is in ("between X (Egypt) and Y", "from X in Egypt to Y")
  const next = after.match(/^\s+(?:and|to|in)\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)|^\s*\(\s*(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)\s*\)/u);
  if (next && /\b(?:between|from)\s+(?:the\s+)?$/.test(before) && big(next[1] ?? next[2])) return true;
  const prev = before.match(/\b(?:between|from)\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)\s+(?:and|to)\s+(?:the\s+)?$/u);
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
 * "Surrey Police", "Washington Nationals") — a team, a force, a newspaper, a company.
 */
export function namedAfterPlace(words: string[]): boolean {
  // a team's plural ("Dolphins", "Storm Chasers"); other heads are ORG_HEADS ("Police", "Post")
  const last = words[words.length - 1];
  if (words.length < 2 || !/^\p{Lu}\p{L}*[^s]s$/u.test(last) || isPersonNameWord(last)) return false;
  if (words.some((w) => !/^\p{Lu}|^\d/u.test(w))) return false;
  // a person's name inside ("… Saints RB Reggie Bush") makes it no body's name
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
      const placed = (prev && /^(?:in|near|through|across|throughout|inside|outside|around|towards?)$/i.test(prev.word) && !prev.cap)
        || PLACE_OF_BEFORE.test(s.paragraphText.slice(Math.max(0, t.start - 60), t.start));
      if (placed) out.add(t.word);
    });
  }
  return out;
}
