// Analysis stage: people and organisations that act or are acted upon, with their role, every spelling
// the sources use (merged by general transliteration, acronym and co-reference rules), their statements,
// and a `name` discrepancy where sources spell a person differently.
import { lang } from '../lang/index.js';
import type { Article } from '../../content/types.js';
import type { Actor, Discrepancy } from '../types.js';
import { clusterMentions, particleSurname, type Cluster } from './cluster.js';
import { findMentions, type Mention } from './mentions.js';
import { nameDiscrepancy } from './nameDiscrepancy.js';
import { chooseRole, descriptorSpans, roleCandidates } from './roles.js';
import { attributeStatements } from './statements.js';
import { corpusCasing, tokenizeArticles, truecaseHeadlines } from './tokens.js';
import { isLoneCity, isPlaceName, namedAfterPlace, placedWords, placeInContext } from './places.js';
import { placePopulation } from './gazetteer.js';
import { isGivenName } from './givenNames.js';
import { tagged } from './tagger.js';
import { isCommonWord, isDateWord, isDemonym, isFirstName, isNounOnly, isOrganisationPhrase, isOrganisationWord, isPersonNameWord, isPlaceWord, readsAsAdjective } from './wordTags.js';

export function extractActors(articles: Article[]): { actors: Actor[]; nameDiscrepancies: Discrepancy[] } {
  const sentences = tokenizeArticles(articles);
  const casing = corpusCasing(sentences);
  truecaseHeadlines(sentences, casing);
  const all = findMentions(sentences, casing);
  // (a lone surname of a person the source names in full is theirs, even when a town bears it; an
  // acronym that opens a body's name is the body's: "ATW" of "ATW Technologies")
  const openers = new Set(all.filter((m) => m.kind === 'organisation' && m.words.length > 1).map((m) => m.words[0]));
  const mentions = actorMentions(all).filter((m) => m.namesake || (m.acronym && openers.has(m.words[0])) || !isPlaceName(m.words));
  const placed = placedWords(sentences);
  const clusters = clusterMentions(mentions).filter((c) => !isPlace(c, placed) && !namesNoOne(c) && !isProduct(c) && !isVessel(c) && isActor(c));
  const sourceOrder = articles.map((a) => a.id);

  const ranked = clusters
    .map((c) => ({ c, sources: new Set(c.mentions.map((m) => m.source)) }))
    .sort((a, b) => b.sources.size - a.sources.size || b.c.mentions.length - a.c.mentions.length);
  const actorOf = new Map<Mention, string>();
  const persons = new Set<string>();
  ranked.forEach(({ c }, i) => {
    for (const m of c.mentions) actorOf.set(m, `A${i + 1}`);
    if (resolveKind(c) === 'person') persons.add(`A${i + 1}`);
  });
  // every title and role each person is given, to recognise "the president of X" as that person
  const roles = ranked.filter((_, i) => persons.has(`A${i + 1}`)).map(({ c }) => ({
    actor: actorOf.get(c.mentions[0])!,
    words: c.mentions.flatMap((m) => roleCandidates(m).map((r) => r.text)).join(' ').toLowerCase().split(/[^\p{L}]+/u).filter(Boolean),
  }));
  const statements = attributeStatements(sentences, mentions, actorOf, persons, roles);

  const actors: Actor[] = [];
  const nameDiscrepancies: Discrepancy[] = [];
  // how many people the sources name in full with each surname
  const bearers = new Map<string, number>();
  for (const { c } of ranked) {
    for (const last of new Set(c.nodes.filter((n) => n.words.length > 1 && c.kind === 'person').map((n) => n.words[n.words.length - 1].toLowerCase()))) bearers.set(last, (bearers.get(last) ?? 0) + 1);
  }
  ranked.forEach(({ c, sources }, i) => {
    const id = `A${i + 1}`;
    const kind = resolveKind(c);
    const bare = chooseName(c, kind, sourceOrder);
    const place = kind === 'organisation' ? possessivePlace(c.mentions) : null;
    const name = place ? `${bare} (${place})` : bare;
    // a surname two people bear is shown with its gendered honorific ("Miss Roe"): bare, it would name both
    const shown = (m: Mention) => (m.words.length === 1 && m.title && lang().actors.GENDERED_HONORIFIC.test(m.title) && (bearers.get(m.words[0].toLowerCase()) ?? 0) > 1 ? `${m.title} ${m.surface}` : m.surface);
    const aliases = [...new Set(c.mentions.map(shown))].filter((s) => s !== name);
    const actor: Actor = {
      id, name, kind, role: chooseRole(c.mentions), aliases,
      sources: sourceOrder.filter((s) => sources.has(s)), mentions: c.mentions.length,
      statements: statements.get(id) ?? [],
    };
    if (kind === 'person') {
      const d = nameDiscrepancy(`name-${id}`, name, c.mentions, sourceOrder);
      if (d) { actor.discrepancy = d.id; nameDiscrepancies.push(d); }
    }
    actors.push(actor);
  });
  return { actors, nameDiscrepancies };
}

/**
 * Mentions that can name an actor: not a credit ("according to AFP news agency", photo credits) — a
 * name ever credited that way needs two other mentions — and not inside another name's role descriptor.
 */
function actorMentions(all: Mention[]): Mention[] {
  const credited = new Set(all.filter((m) => m.credit).map((m) => m.surface));
  const plain = all.filter((m) => !m.credit);
  const count = new Map<string, number>();
  for (const m of plain) count.set(m.surface, (count.get(m.surface) ?? 0) + 1);
  // descriptors by sentence: a mention can only sit inside a descriptor of its own sentence
  const descriptors = new Map<Mention['sentence'], { start: number; end: number; m: Mention }[]>();
  plain.forEach((m) => {
    const d = descriptorSpans(m);
    if (!d) return;
    const list = descriptors.get(m.sentence) ?? [];
    list.push({ ...d, m });
    descriptors.set(m.sentence, list);
  });
  return plain.filter((m) => {
    if (credited.has(m.surface) && count.get(m.surface)! < 2) return false;
    return !(descriptors.get(m.sentence) ?? []).some((d) => d.m !== m && m.start >= d.start && m.end <= d.end);
  });
}

/** Every spelling of the cluster is a single word the context marks as a place ("in X", "X, Greece"). */
function isPlace(c: Cluster, placed: Set<string>): boolean {
  if (c.nodes.every((n) => n.words.length === 1 && isLoneCity(n.words[0]))) return true;
  if (c.nodes.every((n) => n.words.length === 1 && placed.has(n.words[0])) && !c.mentions.some((m) => m.namesake || m.title !== null)) return true;
  return c.nodes.every((n) => n.mentions.some(placeInContext));
}

/**
 * The name is a law's, an award's, an event's or an operation's ("… Act", "… Prize", "Operation …"),
 * its other spellings only an acronym or a word of it ("ESA", "Pulitzer").
 */
function namesNoOne(c: Cluster): boolean {
  const { NON_ACTOR_HEADS, NON_ACTOR_OPENERS } = lang();
  const { OF } = lang().actors;
  // the head is the last word, or the word before "of" ("Medal of X", "Prize for Y" ends in its head)
  const head = (words: string[]) => words[words.indexOf(OF) > 0 ? words.indexOf(OF) - 1 : words.length - 1].toLowerCase();
  const noOne = (words: string[]) => words.length > 1 && (NON_ACTOR_HEADS.has(head(words)) || NON_ACTOR_OPENERS.has(words[0].toLowerCase()));
  const full = c.nodes.filter((n) => noOne(n.words));
  return full.length > 0 && c.nodes.every((n) => full.includes(n)
    || (n.words.length === 1 && (/^\p{Lu}{2,6}$/u.test(n.words[0]) || full.some((f) => f.words.includes(n.words[0])))));
}

/**
 * A product, not a maker: the text says "its new X", "the latest X", "a 17-inch X", "Maker's X",
 * "X 7", "X users", "X browser" — in at least a quarter of its mentions and twice, with nothing that
 * makes it a person or a body (a title, a first name, an organisation head, a body's context).
 */
function isProduct(c: Cluster): boolean {
  const { ORG_HEADS } = lang();
  if (c.mentions.some((m) => m.title !== null) || c.nodes.some((n) => n.words.some((w) => ORG_HEADS.has(w.toLowerCase()))
    || (n.words.length > 1 && (isFirstName(n.words[0]) || isGivenName(n.words[0]))))) return false;
  // (a version written into the name is a cue too: "Navigo 7", "Pulse 3200")
  const cued = c.mentions.filter((m) => productContext(m) || /^\p{L}+\d+$/u.test(m.surface)).length;
  if (productRole(chooseRole(c.mentions))) return true;
  return cued >= 2 && cued * 4 >= c.mentions.length && c.mentions.filter(bodyInContext).length * 2 < cued;
}

/** The role the sources give is a kind of product ("the browser", "a mid-size sedan", "the show"): the name is the product's. */
function productRole(role: string | null): boolean {
  const head = roleHead(role);
  return head !== undefined && lang().actors.PRODUCT_NOUNS.test(head);
}

/** A role's head noun, lower case: the last word before any complement ("maker of automation software" is a maker). */
function roleHead(role: string | null): string | undefined {
  return role?.toLowerCase().split(lang().actors.COMPLEMENT)[0].match(/([\p{L}-]+)$/u)?.[1];
}

/** A ship's prefix ("MV Rivertown", "HMS Norvale"): the name is a vessel's, which does not act as a body does. */
const isVessel = (c: Cluster) => c.nodes.some((n) => n.words.length > 1 && lang().actors.SHIP_PREFIX.test(n.words[0]));

function productContext(m: Mention): boolean {
  const { PRODUCT_BEFORE, PRODUCT_AFTER } = lang().actors;
  const p = m.sentence.paragraphText;
  return PRODUCT_BEFORE.test(p.slice(Math.max(0, m.start - 30), m.start)) || PRODUCT_AFTER.test(p.slice(m.end, m.end + 30));
}

/** An actor acts or is given a role somewhere; a bare acronym never expanded needs two mentions. */
function isActor(c: Cluster): boolean {
  const acronyms = c.nodes.every((n) => n.words.length === 1 && /^\p{Lu}{2,6}$/u.test(n.words[0]));
  if (acronyms && c.mentions.some(awardsTitle)) return true;
  if (acronyms && c.mentions.length < 2) return false;
  // an acronym never expanded that does nothing is a thing's name as often ("RAM", "HDMI"): a role read
  // from an apposition beside it does not make it an actor; "the ABC" alone, "ABC, which …" do
  if (acronyms && !c.mentions.some((m) => m.acts || m.title !== null || bodyInContext(m)) && !namedInFull(c)) return false;
  return c.mentions.some((m) => m.acts || m.title !== null) || chooseRole(c.mentions) !== null || namedInFull(c);
}

/**
 * "his ABC title", "the XYZ champion", "the ABC, DEF and XYZ heavyweight belts": a body that awards
 * titles (a sport's league or sanctioning body), named by an acronym the text may never expand.
 */
function awardsTitle(m: Mention): boolean {
  return lang().actors.TITLE_AFTER.test(m.sentence.paragraphText.slice(m.end, m.end + 80));
}

/**
 * A name that can only be a person's or a body's is an actor of the story even when it does nothing in
 * the sentence ("Allen Brasch", "the Federation of X Boards"): a first name and a surname, or a name
 * headed by an organisation word.
 */
function namedInFull(c: Cluster): boolean {
  const sources = new Set(c.mentions.map((m) => m.source)).size;
  return c.nodes.some((n) => n.mentions.some(inRunningText)
    && (c.kind === 'organisation' || lexiconCompany(c) ? bodyName(n.words) || (sources >= 3 && teamName(n.words) && n.mentions.filter(bodyInContext).length >= 2) : personInFull(readPastInitial(n.words), sources)));
}

/** A leading initial is read past: "J. Jon Roe" is named by "Jon Roe". */
const readPastInitial = (words: string[]) => (words.length > 2 && /^\p{Lu}\.?$/u.test(words[0]) ? words.slice(1) : words);

function personInFull(words: string[], sources: number): boolean {
  return words.length >= 2 && words.slice(1).every((w) => /^\p{Lu}/u.test(w))
    // a first name the tagger knows, or a name several sources give whose first word is no ordinary word ("Tavoli Brenn")
    && (isFirstName(words[0]) || givenThenSurname(words) || (sources >= 2 && ordinaryCapitalised(words[0]) && !isCommonWord(words[0]) && !readsAsAdjective(words[0])
      && !isDemonym(words[0]) && !isPlaceWord(words[0]) && !isOrganisationWord(words[0])
      && words.every((w) => w.length > 1 && !/^[IVX]+$/.test(w)) && (!isCommonWord(words[words.length - 1]) || isPersonNameWord(words[words.length - 1]))));
}

/**
 * A given name the lists know, then a surname: no place word opens it ("Georgia Tech"), no ordinary
 * word ends it ("Grant Thornton" passes, "Will Power" does not), two or three words.
 */
function givenThenSurname(words: string[]): boolean {
  const [first, last] = [words[0], words[words.length - 1]];
  return words.length <= 3 && isGivenName(first) && !isCommonWord(first) && !isPlaceWord(first) && !isDemonym(first)
    && (placePopulation(first) ?? 0) < BIG_PLACE && ordinaryCapitalised(last) && last.length >= 4
    && !isCommonWord(last) && !isPlaceWord(last) && !isOrganisationWord(last) && !isDateWord(last);
}
/** A given name that is also a place this big is the place's ("Virginia Rovers", "Carolina Comets"). */
const BIG_PLACE = 100000;

/**
 * Capital then lower case only: not an acronym or a brand ("ZTX", "PineCone"). An apostrophe may join
 * a name's parts ("O'Doyle", "Ka'lani", "D'Souza").
 */
function ordinaryCapitalised(word: string): boolean {
  return /^\p{Lu}(?:\p{Ll}*['’]\p{Lu}?)?\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(word);
}

/**
 * A team's name of an adjective and a plural ("the Purple Foxes"), no person's name word in it: a body
 * however little it does, when several sources name it and treat it as one ("the Purple Foxes" twice).
 */
function teamName(words: string[]): boolean {
  const [first, last] = [words[0], words[words.length - 1]];
  return words.length === 2 && readsAsAdjective(first) && !isFirstName(first) && !isGivenName(first) && !isPlaceWord(first)
    && /^\p{Lu}\p{Ll}+[^s]s$/u.test(last) && !isPersonNameWord(last) && !isPlaceWord(last);
}

/** A body's name: with an organisation head, named after a place ("Rivertown Hawks"), or a company the tagger's lexicon knows. */
function bodyName(words: string[]): boolean {
  const { ORG_HEADS } = lang();
  if (words.length >= 2) return words.some((w) => ORG_HEADS.has(w.toLowerCase())) || namedAfterPlace(words) || isOrganisationPhrase(words.join(' '));
  return isOrganisationWord(words[0]);
}

/** In a sentence of the story, not after a label ("Recipe of the week: X's tart") nor in a headline. */
function inRunningText(m: Mention): boolean {
  const s = m.sentence;
  const before = s.paragraphText.slice(s.start, m.start);
  return !before.includes(':') && /[.!?]["”’'`]*\s*$/.test(s.text);
}

/**
 * A cluster typed a person only because its name has several words — no title, no first name the lists
 * know ("Norvane Dairy Cooperative" would be typed so) — is a body when the text treats it as one.
 */
function resolveKind(c: Cluster): Actor['kind'] {
  if (c.kind === 'organisation') return c.kind;
  if (c.kind === 'person' && c.mentions.some(namedAsPerson)) return 'person';
  if (bodyRole(chooseRole(c.mentions))) return 'organisation';
  const body = c.mentions.filter(bodyInContext).length;
  const person = c.mentions.filter(personInContext).length;
  if (body > person) return 'organisation';
  // a company the tagger knows that is also a given name (a founder's surname), with nothing saying it is a person
  if (c.kind === 'unknown' && person === 0 && lexiconCompany(c)) return 'organisation';
  // a lone name of capitalised parts joined by hyphens, never with a first name, a title or a person's
  // pronoun ("Norvik-Halden said"), is a company named after its founders or two bodies joined: a person
  // is named in full somewhere, and a surname alone joins that name
  return c.kind === 'unknown' && person === 0 && c.nodes.every((n) => n.words.length === 1 && JOINED_NAME.test(n.words[0])
    && !lang().actors.NAME_PARTICLES.has(n.words[0].split('-')[0].toLowerCase()) && !isFirstName(n.words[0].split('-')[0]) && !isGivenName(n.words[0].split('-')[0])) ? 'organisation' : 'person';
}

/** Capitalised words joined by hyphens, each with lower case after its capital ("Norvik-Halden"; not "ABC-TV"). */
const JOINED_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;

const lexiconCompany = (c: Cluster) => c.nodes.every((n) => n.words.length === 1 && isOrganisationWord(n.words[0]));

/** "X, who …", "X … his": the text treats the name as a person's. */
function personInContext(m: Mention): boolean {
  const after = m.sentence.paragraphText.slice(m.end, m.end + 80);
  const { WHO_AFTER, HIS_AFTER } = lang().actors;
  return WHO_AFTER.test(after) || HIS_AFTER.test(after);
}

/** A title, a known first name, or a person's pronoun right after the name: the cluster is a person. */
function namedAsPerson(m: Mention): boolean {
  if (m.kind !== 'person') return false;
  if (m.title !== null) return true;
  // a given name then a plural ("Rockport Herons", "Jon Banks") is a team's name as often as a person's
  const plural = tagged(m.words[m.words.length - 1]).tags[0]?.includes('Plural');
  return m.words.length > 1 && (isFirstName(m.words[0]) || isGivenName(m.words[0])) && !plural;
}

/** The role the sources give is a kind of body ("a treatment facility in X", "the software company"): the name is a body's. */
const bodyRole = (role: string | null) => {
  const head = roleHead(role);
  return head !== undefined && lang().actors.BODY_NOUN.test(head);
};

/** The sentence treats the name as a body: ", which …", a company's words, "the X" alone, "X … its". */
function bodyInContext(m: Mention): boolean {
  const p = m.sentence.paragraphText;
  const after = p.slice(m.end, m.end + 80);
  const before = p.slice(Math.max(0, m.start - 30), m.start);
  const { WHICH_AFTER, CORPORATE_AFTER, CORPORATE_BEFORE, PUBLICATION_AFTER, BODY_APPOSITION, ITS_AFTER, THE_NAME_BEFORE } = lang().actors;
  if (WHICH_AFTER.test(after) || CORPORATE_AFTER.test(after) || CORPORATE_BEFORE.test(before)) return true;
  if (PUBLICATION_AFTER.test(after) || BODY_APPOSITION.test(after) || ITS_AFTER.test(after)) return true;
  // "the X" not qualifying a noun after it: people are not named with an article ("the Rivertown Hawks
  // remain unbeaten", "the 1998 Rivertown Hawks", "the No. 1 Hawks"), bodies are; in "the X family",
  // "the X era" the name qualifies something else
  const next = after.match(/^\s+(\p{Ll}+)/u);
  return THE_NAME_BEFORE.test(before) && m.title === null && !(next && isNounOnly(next[1]));
}

/**
 * The country of a body the sources name only with a possessive place before it ("Norway's Foreign
 * Ministry"): without it the profile would not say whose ministry it is.
 */
function possessivePlace(mentions: Mention[]): string | null {
  for (const m of mentions) {
    const before = m.sentence.paragraphText.slice(Math.max(0, m.start - 40), m.start).match(/(\p{Lu}[\p{L}-]+)['’]s\s+$/u);
    if (before && isPlaceWord(before[1]) && !m.words.includes(before[1])) return before[1];
  }
  return null;
}

/** The spelling most sources use, full forms first (a person's full name, an organisation's expansion), then the earliest. */
function chooseName(c: Cluster, kind: Actor['kind'], sourceOrder: string[]): string {
  const forms = new Map<string, { sources: Set<string>; count: number; words: number; first: number; nickname: boolean }>();
  // a nickname ("The Hammer") is no name to head the profile, nor is a name with it written inside
  const nicknames = new Set(c.mentions.flatMap((m) => (m.nickname ? [m.nickname.join(' ').toLowerCase(), m.nickname.join(' ').toLowerCase().replace(lang().actors.THE_OPENING, '')] : [])));
  for (const m of c.mentions) {
    // (a surname with its particle, "Lo Roe", is no fuller than "Roe"; a branch, "Zentrix USA", no fuller than "Zentrix")
    const f = forms.get(m.surface) ?? { sources: new Set<string>(), count: 0, words: particleSurname(m.words) || m.branch || nicknames.has(m.words.join(' ').toLowerCase()) ? 1 : m.words.length,
      first: sourceOrder.indexOf(m.source) * 1e6 + m.paragraph * 1e3, nickname: m.nickname !== undefined };
    f.sources.add(m.source);
    f.count++;
    forms.set(m.surface, f);
  }
  // spellings that differ only by a space ("Data Vane" / "DataVane") are equally full: most sources decide
  const spaceless = (s: string) => s.toLowerCase().replace(/[\s.-]+/g, '');
  const words = new Map<string, number>();
  for (const [s, f] of forms) words.set(spaceless(s), Math.max(words.get(spaceless(s)) ?? 0, f.words));
  const full = (s: string, f: { words: number }) => {
    const n = Math.max(f.words, words.get(spaceless(s)) ?? 0);
    return kind === 'organisation' ? n > 1 && !/^\p{Lu}+$/u.test(s) : n > 1;
  };
  return [...forms.entries()].sort(([sa, a], [sb, b]) =>
    Number(full(sb, b)) - Number(full(sa, a)) || Number(a.nickname) - Number(b.nickname) || b.sources.size - a.sources.size || b.count - a.count || a.first - b.first)[0][0];
}
