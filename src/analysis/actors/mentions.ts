// Analysis stage (actors): finds name mentions in sentences — capitalised spans with titles stripped,
// split where a descriptor meets a name — and records the cues later stages weigh (title, acting, credit).
import { lang, perPack } from '../lang/index.js';
import { acronymMatch } from './acronyms.js';
import type { Casing, SentenceTokens, Token } from './tokens.js';
import { isGivenName } from './givenNames.js';
import { isPlaceName, namedAfterPlace } from './places.js';
import { isCountryName, placePopulation } from './gazetteer.js';
import { isAdjective, isCommonWord, isDateWord, isDemonym, isFirstName, isGuessedPlace, isNounOnly, isOrganisationPhrase, isOrganisationWord, isPersonNameWord, isPlacePhrase, isPlaceWord, isPluralNoun, readsAsAdjective } from './wordTags.js';

export interface Mention {
  source: string;
  paragraph: number;
  sentence: SentenceTokens;
  /** Offsets of the name in the paragraph text (title excluded). */
  start: number;
  end: number;
  /** The name exactly as written (possessive "’s" excluded). */
  surface: string;
  words: string[];
  kind: 'person' | 'organisation' | 'unknown';
  acronym: boolean;
  /** Title or descriptor written right before the name ("German Chancellor", "Human Rights Organization"). */
  title: string | null;
  /** Speaking or acting: a reporting/acting verb follows, or "according to" precedes. */
  acts: boolean;
  /** In a credit context (news agency, photo credit): a source of the story, not an actor in it. */
  credit: boolean;
  /** A lone surname or given name of a person the same source names in full: a name, whatever else the word is. */
  namesake?: boolean;
  /** The nickname written inside the name ('Jo "The Hammer" Roe' → The, Hammer): the text equates the two. */
  nickname?: string[];
  /** A company's name and the country or region of its branch ("Zentrix USA"): the company, to the reader. */
  branch?: boolean;
}

/** All name mentions in the corpus' sentences. */
export function findMentions(sentences: SentenceTokens[], casing: Casing): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences) {
    const nicknames = new Map<Token, string[]>();
    for (const span of joinNicknames(capitalisedSpans(s.tokens), nicknames).flatMap(splitAtOf)) {
      for (const part of splitSpan(span, s, casing)) {
        const m = toMention(part.tokens, part.descriptor, s, casing);
        if (m && part.body) m.kind = 'organisation';
        const nickname = part.tokens.map((t) => nicknames.get(t)).find(Boolean);
        if (m && nickname) m.nickname = nickname;
        if (m) out.push(m);
      }
    }
  }
  return [...out, ...stateMedia(sentences), ...namesakeMentions(sentences, out)];
}

/** "state television said", "State TV reported": the state's broadcaster acts in the story, unnamed. */
function stateMedia(sentences: SentenceTokens[]): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(lang().STATE_MEDIUM)) {
      const start = s.start + m.index!;
      const surface = m[1];
      // one spelling for every source: "State television" at a sentence's start is "state television"
      const words = surface.toLowerCase().split(/[\s-]+/);
      out.push({ source: s.source, paragraph: s.paragraph, sentence: s, start, end: start + surface.length, surface,
        words, kind: 'organisation', acronym: false, title: null, acts: true, credit: false });
    }
  }
  return out;
}

/**
 * Name words of the people each source names in full (surnames and given names), and the surnames of
 * the whole corpus. A full name is a person's two or three capitalised words opening with a given name
 * the lists know — or with any word when the name acts, has a title or is given by two sources.
 */
function fullNameWords(mentions: Mention[]): { bySource: Map<string, { surnames: Set<string>; given: Set<string> }>; surnames: Set<string> } {
  const people = mentions.filter((m) => m.kind === 'person' && m.words.length >= 2 && m.words.length <= 3 && m.words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)));
  const sources = new Map<string, Set<string>>();
  for (const m of people) sources.set(m.words.join(' '), (sources.get(m.words.join(' ')) ?? new Set<string>()).add(m.source));
  const bySource = new Map<string, { surnames: Set<string>; given: Set<string> }>();
  const surnames = new Set<string>();
  for (const m of people) {
    const [first, last] = [m.words[0], m.words[m.words.length - 1]];
    if (!(isFirstName(first) || isGivenName(first) || m.acts || m.title !== null || sources.get(m.words.join(' '))!.size >= 2)) continue;
    const entry = bySource.get(m.source) ?? { surnames: new Set<string>(), given: new Set<string>() };
    entry.surnames.add(last);
    entry.given.add(first);
    bySource.set(m.source, entry);
    surnames.add(last);
  }
  return { bySource, surnames };
}

/**
 * News names a person in full, then by surname alone — or, in quotes and features, by given name. In a
 * source that names "Jo White" or "Dale Mayor", a lone "White" or "Mayor" is that name even though the
 * word is also an adjective, a title, a place or a company, which the first pass rejects; in another
 * source, only when it acts there ("White said"). Only a word standing alone (no capitalised neighbour)
 * qualifies, and not "in X" or before a noun ("White smoke"); a given name only mid-sentence in the
 * naming source ("Will the" is no name). A company word already taken for a body ("Ford said") is
 * retyped as the person's.
 */
function namesakeMentions(sentences: SentenceTokens[], found: Mention[]): Mention[] {
  const { FUNCTION_WORDS, ORG_HEADS } = lang();
  const { THE, THE_WORD } = lang().actors;
  const { bySource: known, surnames } = fullNameWords(found);
  const taken = new Map<SentenceTokens, Mention[]>();
  for (const m of found) taken.set(m.sentence, [...(taken.get(m.sentence) ?? []), m]);
  for (const m of found) {
    const names = known.get(m.source);
    if (!names || m.words.length !== 1 || m.acronym) continue;
    // a given name the lists know that the source gives in full, alone mid-sentence and no country's
    // name: "Florence's shop" where the source names Florence Roe (a city of that name or not)
    const given = names.given.has(m.words[0]) && (isFirstName(m.words[0]) || isGivenName(m.words[0])) && m.sentence.tokens[0]?.start !== m.start
      && !isCountryName(m.words[0]);
    if (!names.surnames.has(m.words[0]) && !given) continue;
    m.namesake = true;
    if (m.kind === 'organisation' && !ORG_HEADS.has(m.words[0].toLowerCase())) m.kind = 'unknown';
  }
  const out: Mention[] = [];
  const none = { surnames: new Set<string>(), given: new Set<string>() };
  // the head of a body's name the source writes in full, written alone after "the" ("the Navy" for
  // "the Ruritanian Navy"): the body, though the word is also an ordinary noun
  const heads = new Map<string, Set<string>>();
  for (const m of found) {
    const last = m.words[m.words.length - 1]?.toLowerCase();
    if (m.kind === 'organisation' && m.words.length > 1 && ORG_HEADS.has(last)) heads.set(m.source, (heads.get(m.source) ?? new Set<string>()).add(last));
  }
  for (const s of sentences) {
    const names = known.get(s.source) ?? none;
    s.tokens.forEach((t, i) => {
      const [before, after] = [s.tokens[i - 1], s.tokens[i + 1]];
      if (t.cap && !t.acronym && i > 1 && before?.word === THE && heads.get(s.source)?.has(t.word.toLowerCase())
        && !(after?.cap && /^\s+$/.test(after.gapBefore)) && !(taken.get(s) ?? []).some((m) => t.start >= m.start && t.start < m.end)) {
        const end = t.possessive ? t.end - 2 : t.end;
        out.push({
          source: s.source, paragraph: s.paragraph, sentence: s, start: t.start, end, surface: s.paragraphText.slice(t.start, end),
          words: [t.word], kind: 'organisation', acronym: false, title: null, acts: actsInSentence(s, [t]), credit: isCredit(s, t.start, end),
        });
        return;
      }
      const here = names.surnames.has(t.word) || (i > 0 && names.given.has(t.word));
      if (!t.cap || t.acronym || !(here || surnames.has(t.word)) || isDateWord(t.word)) return;
      if (!here && !actsInSentence(s, [t])) return;
      if ((taken.get(s) ?? []).some((m) => t.start >= m.start && t.start < m.end)) return;
      const [prev, next] = [s.tokens[i - 1], s.tokens[i + 1]];
      const joined = (x: Token | undefined, gap: string | undefined) => !!x && x.cap && /^\s+$/.test(gap ?? '');
      if (joined(next, next?.gapBefore) && !t.possessive) return;
      if (joined(prev, t.gapBefore) && !prev.possessive && !FUNCTION_WORDS.has(lc(prev))) return;
      if (prev && THE_WORD.test(prev.word)) return;
      if (locative(s, t) || (!t.possessive && attributive(s, t))) return;
      const end = t.possessive ? t.end - 2 : t.end;
      out.push({
        source: s.source, paragraph: s.paragraph, sentence: s, start: t.start, end, surface: s.paragraphText.slice(t.start, end),
        words: [t.word], kind: 'unknown', acronym: false, title: null, acts: actsInSentence(s, [t]), credit: isCredit(s, t.start, end), namesake: true,
      });
    });
  }
  return out;
}

/** Maximal runs of capitalised tokens joined by spaces, allowing "of the" style connectors inside. */
function capitalisedSpans(tokens: Token[]): Token[][] {
  const { NAME_CONNECTORS, ORG_HEADS } = lang();
  const { OFFICE_HEAD, AFTER_BODY_HEAD, THE } = lang().actors;
  const spans: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap) { i++; continue; }
    const span = [tokens[i]];
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j];
      if (!/^\s+$/.test(t.gapBefore)) break;
      // a possessive ends a name, except an office named after its holder: "the Rivertown County Sheriff's Office"
      if (span[span.length - 1].possessive) {
        if (!OFFICE_HEAD.test(t.word)) break;
        span.push(t);
        j++;
        break;
      }
      if (t.cap) { span.push(t); j++; continue; }
      // up to two connectors, then a capitalised word: "Ministry of Health", "Organization of the X"
      // ("for" and "on" only after a body's head word: "Center for X", not "the Rivertown Hawks for Marlow")
      // ("the" never right after a name: "on Sunday the Comets said")
      let k = j;
      if (AFTER_BODY_HEAD.test(t.word) && !ORG_HEADS.has(lc(span[span.length - 1]))) break;
      if (t.word === THE) break;
      while (k < tokens.length && k - j < 2 && NAME_CONNECTORS.has(tokens[k].word) && /^\s+$/.test(tokens[k].gapBefore)) k++;
      if (k > j && k < tokens.length && tokens[k].cap && /^\s+$/.test(tokens[k].gapBefore) && !isDateWord(tokens[k].word)) {
        span.push(...tokens.slice(j, k + 1));
        j = k + 1;
        continue;
      }
      break;
    }
    spans.push(...splitAtAnd(span));
    i = j;
  }
  return spans;
}

/**
 * 'Jo "The Hammer" Roe', "Jo (Jojo) Roe": a given name, a nickname in quotes or brackets, then a
 * surname are one name — the span keeps the nickname in its text, not in its words; `nicknames`
 * records it by the surname's first token.
 */
function joinNicknames(spans: Token[][], nicknames: Map<Token, string[]>): Token[][] {
  const out: Token[][] = [];
  for (let i = 0; i < spans.length; i++) {
    const [a, nick, b] = [spans[i], spans[i + 1], spans[i + 2]];
    const given = a?.[a.length - 1];
    if (given && nick && b && nick.length <= 3 && !given.possessive && (isFirstName(given.word) || isGivenName(given.word))
      && /^\s*["“‘'(]$/.test(nick[0].gapBefore) && /^["”’')]\s+$/.test(b[0].gapBefore) && b[0].cap && b.length <= 2
      && nick[nick.length - 1].end === b[0].start - b[0].gapBefore.length) {
      out.push([...a, ...b]);
      nicknames.set(b[0], nick.map((t) => t.word));
      i += 2;
    } else out.push(a);
  }
  return out;
}

/**
 * "and" stays inside a name only in a body's name ("Disaster and Emergency Agency"): the span must end
 * in an organisation head with a word of its own after "and". Otherwise it joins two names.
 */
function splitAtAnd(span: Token[]): Token[][] {
  const { ORG_HEADS } = lang();
  const { AND } = lang().actors;
  // (or only head words after a name's own word: "Kestrel and Vale Fire and Rescue")
  const bodyName = (rest: Token[], before?: Token) => rest.length >= 2 && ORG_HEADS.has(lc(rest[rest.length - 1]))
    && (rest.slice(0, -1).some((t) => t.cap && !ORG_HEADS.has(lc(t))) || (!!before && before.cap && !ORG_HEADS.has(lc(before)) && rest.every((t) => t.cap)));
  // two bodies joined: "the Parks and Gardens Service and the Coastal Waters Service"
  const joint = span.findIndex((t, i) => t.word === AND && i >= 2 && ORG_HEADS.has(lc(span[i - 1])) && bodyName(dropLeadingConnectors(span.slice(i + 1))));
  if (joint > 0) return [...splitAtAnd(span.slice(0, joint)), ...splitAtAnd(dropLeadingConnectors(span.slice(joint + 1)))];
  const at = span.findIndex((t) => t.word === AND);
  if (at < 0) return [span];
  const rest = span.slice(at + 1);
  return bodyName(rest, span[at - 1]) || portfolioPair(span.slice(0, at), rest) ? [span] : [span.slice(0, at), ...splitAtAnd(rest)].filter((s) => s.length > 0);
}

/**
 * A body's portfolio of two things: "Office of Planning and Budget", "Commission for Harbours and
 * Canals" — a head, "of"/"for", one word, "and", then at most two words that are neither a body's
 * head ("Ministry of Fisheries and Police" is two bodies) nor a person's given name.
 */
function portfolioPair(before: Token[], rest: Token[]): boolean {
  const { ORG_HEADS } = lang();
  const n = before.length;
  return n >= 3 && lang().actors.PORTFOLIO_OF.test(before[n - 2].word) && ORG_HEADS.has(lc(before[n - 3])) && before[n - 1].cap
    && rest.length >= 1 && rest.length <= 2 && rest.every((t) => t.cap && !ORG_HEADS.has(lc(t)) && !isFirstName(t.word) && !isGivenName(t.word));
}

const lc = (t: Token) => t.word.toLowerCase();

/**
 * "of" joins a body to what it is of ("Bank of X", "Church of Y"), never a person to a place: "Jane
 * Roe of Springfield" is a person and a place, "Springfield of Jane Roe" a place and a person.
 */
function splitAtOf(span: Token[]): Token[][] {
  const { FUNCTION_WORDS, ORG_HEADS } = lang();
  const at = span.findIndex((t, i) => i > 0 && t.word === lang().actors.OF);
  // a place's own "of" ("Ring of Fire", "Bay of Plenty") joins nothing
  if (at < 0 || isPlaceName(span.map((t) => t.word).filter((w, i) => i > 0 || !FUNCTION_WORDS.has(w.toLowerCase())))) return [span];
  const left = span.slice(0, at);
  let k = at + 1;
  while (k < span.length && !span[k].cap) k++;
  const right = span.slice(k);
  if (right.length === 0) return [span];
  const words = left.map((t) => t.word);
  const personLike = left.length >= 2 && left.every((t) => t.cap) && !left.some((t) => ORG_HEADS.has(lc(t)) || titleWords().has(lc(t)))
    && !isPlaceName(words);
  // a title, then a first name and a surname: "Deputy Attorney Jon Roe of the Fraud Section"; or titles and
  // abbreviated titles only, then two names: "Deputy D.A. Jon Roe of the Fraud Section" (a body's name
  // does not open with a title)
  const nameWord = (t: Token) => t.cap && !ORG_HEADS.has(lc(t)) && !titleWords().has(lc(t)) && !t.word.includes('.');
  const titleOrAbbreviation = (t: Token) => titleWords().has(lc(t)) || /^\p{Lu}(?:\.\p{Lu})+\.?$/u.test(t.word);
  const named = left.length >= 3 && left.slice(-2).every(nameWord) && (
    (isFirstName(words[words.length - 2]) && titleWords().has(lc(left[left.length - 3])))
    || left.slice(0, -2).every(titleOrAbbreviation));
  if (named) return [left, ...splitAtOf(right)];
  if (personLike || (left.length === 1 && isPlaceName(words))) return [left, ...splitAtOf(right)];
  return [span];
}

const titleWords = perPack((l) => new Set(l.TITLES.flat()));
/** Words that end a portfolio title before a name: the person titles and the pack's further ones. */
const portfolioTitles = perPack((l) => new Set([...l.actors.PERSON_TITLES, ...l.actors.PORTFOLIO_TITLES]));

/**
 * Cuts a span into names: drops sentence-initial ordinary words, separates a descriptor ending in an
 * organisation head from the name after it, and "Council of the X Organization" into two bodies.
 */
function splitSpan(span: Token[], s: SentenceTokens, casing: Casing): { tokens: Token[]; descriptor: string | null; body?: boolean }[] {
  const { BODY_HEADS, FUNCTION_WORDS, NAME_CONNECTORS } = lang();
  let tokens = span;
  let descriptor: string | null = null;
  for (let i = 0; i < tokens.length - 1; i++) {
    // (not a head inside a name an acronym the corpus uses spells out from there or before it: "Zentrix
    // Mission Control Systems" where the sources write "Zentrix MCS")
    if (BODY_HEADS.has(lc(tokens[i])) && tokens[i + 1].cap && !tokens[i].possessive && !tokens.slice(0, i + 1).some((_, j) => spelledByAcronym(tokens.slice(j), casing))) {
      descriptor = s.paragraphText.slice(tokens[0].start, tokens[i].end);
      tokens = tokens.slice(i + 1);
      break;
    }
  }
  // a place opening the sentence is not cut to a name by the next rule ("North Dakota sent …")
  if (tokens[0] === s.tokens[0] && tokens.length > 1 && isPlaceName(tokens.map((t) => t.word))) return [];
  // Sentence-initial capitals are not evidence of a name: drop ordinary words there.
  // (a title is kept: "President X said" starts many sentences, and the title becomes the role; so is
  // the first word of a name whose acronym the sources use: "Advanced Widget Systems" for "AWS")
  while (tokens.length > 0 && tokens[0] === s.tokens[0] && isTitleAt(tokens, 0) === 0 && isOrdinaryWord(tokens[0], casing)
    && !spelledByAcronym(tokens, casing)) tokens = dropLeadingConnectors(tokens.slice(1));
  while (tokens.length > 0 && !tokens[0].acronym && FUNCTION_WORDS.has(lc(tokens[0]))) tokens = dropLeadingConnectors(tokens.slice(1));
  if (tokens.length === 0) return [];
  const teamed = bodyTitlePerson(tokens);
  if (teamed) {
    // (the role keeps whose title it is: "Rivertown Hawks QB")
    const title = s.paragraphText.slice(teamed.body[0].start, teamed.title[teamed.title.length - 1].end);
    return [{ tokens: teamed.body, descriptor, body: true }, { tokens: teamed.person, descriptor: title }];
  }
  // a league's or a body's acronym before a team named after its city is no title: "the NBA Rivertown Hawks"
  // (not an acronym opening a name the corpus's acronyms spell from its second word: "ZTX Mission Control Systems" / "ZTX MCS")
  if (tokens.length >= 3 && tokens[0].acronym && namedAfterPlace(tokens.slice(1).map((t) => t.word)) && !spelledByAcronym(tokens.slice(1), casing)) return [{ tokens: tokens.slice(1), descriptor }];
  const of = tokens.findIndex((t, i) => i > 0 && t.word === lang().actors.OF && BODY_HEADS.has(lc(tokens[i - 1])));
  if (of > 0) {
    let k = of + 1;
    while (k < tokens.length && NAME_CONNECTORS.has(tokens[k].word)) k++;
    const right = tokens.slice(k);
    if (right.length > 1 && BODY_HEADS.has(lc(right[right.length - 1]))) return [{ tokens: tokens.slice(0, of), descriptor }, { tokens: right, descriptor: null }];
  }
  return [{ tokens, descriptor }];
}

/**
 * "Rivertown Hawks QB Jon Roe", "Eastmoor Police Chief Jo Roe": a body's name (a team named after its
 * place, or a name with an organisation head), a title or a position's acronym, then a person's given name
 * and surname are two actors — the body, and the person with the title as role.
 */
function bodyTitlePerson(tokens: Token[]): { body: Token[]; title: Token[]; person: Token[] } | null {
  for (let k = 2; k + 2 < tokens.length && k <= 4; k++) {
    const t = tokens[k];
    if (!(isTitleAt(tokens, k) > 0 || (t.acronym && t.word.length <= 4))) continue;
    const body = tokens.slice(0, k);
    const name = tokens.slice(k + (isTitleAt(tokens, k) || 1));
    const words = body.map((b) => b.word);
    const last = words[words.length - 1];
    // (a team's plural: the lexicon knows few of them, "Hawks", "Panthers"; a given name opens it only as a place's name)
    const team = /^\p{Lu}\p{Ll}+[^s]s$/u.test(last) && !isPersonNameWord(last)
      && !((isFirstName(words[0]) || isGivenName(words[0])) && placePopulation(words[0]) === null);
    if (!(team || namedAfterPlace(words) || lang().ORG_HEADS.has(last.toLowerCase()))) return null;
    if (name.length < 2 || name.length > 3 || !name.every((n) => n.cap && !n.acronym) || !(isFirstName(name[0].word) || isGivenName(name[0].word))) return null;
    return { body, title: tokens.slice(k, tokens.length - name.length), person: name };
  }
  return null;
}

/** The span, less a legal form after it, is spelled out by an acronym the corpus uses ("Advanced Widget Systems Inc." / "AWS"). */
function spelledByAcronym(tokens: Token[], casing: Casing): boolean {
  const words = tokens.map((t) => t.word);
  while (words.length > 2 && lang().actors.SHORT_LEGAL_FORMS.test(words[words.length - 1])) words.pop();
  return words.length >= 3 && [...casing.acronyms].some((a) => acronymMatch(a, words) === 'exact');
}

function dropLeadingConnectors(tokens: Token[]): Token[] {
  let i = 0;
  while (i < tokens.length && !tokens[i].cap) i++;
  return tokens.slice(i);
}

/** An ordinary word capitalised only because it starts the sentence ("However", "Protests"). */
function isOrdinaryWord(t: Token, casing: Casing): boolean {
  const { FUNCTION_WORDS } = lang();
  const w = lc(t);
  if (t.acronym) return false;
  if (FUNCTION_WORDS.has(w)) return true;
  if (casing.capMid.has(w)) return false;
  return casing.lower.has(w) || isCommonWord(t.word) || isDateWord(t.word);
}

/** TITLES by first word, each list in TITLES' order (longer titles first), so only candidates are tried. */
const titlesByFirst = perPack((l) => {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const title of l.TITLES) byFirst.set(title[0], [...(byFirst.get(title[0]) ?? []), title]);
  return byFirst;
});

function isTitleAt(tokens: Token[], i: number): number {
  if (i >= tokens.length) return 0;
  for (const title of titlesByFirst().get(lc(tokens[i])) ?? []) {
    if (i + title.length > tokens.length) continue;
    if (title.every((w, k) => k === 0 || lc(tokens[i + k]) === w)) return title.length;
  }
  return 0;
}

const isPlaceToken = (t: Token) => isPlaceWord(t.word) || isDemonym(t.word) || (t.acronym && t.word.length <= 3 && isPlaceWord(t.word));

/** Strips "German Chancellor", "US Secretary of State", "President of France" from the front of a name. */
function stripTitle(tokens: Token[], lower: ReadonlySet<string> = new Set()): { title: Token[]; name: Token[] } {
  const { OF, THE } = lang().actors;
  let i = 0;
  let sawTitle = false;
  for (;;) {
    let k = i;
    while (k < tokens.length && isPlaceToken(tokens[k]) && !sawTitle) k++;
    const n = isTitleAt(tokens, k);
    if (n === 0) break;
    k += n;
    sawTitle = true;
    // "President of France": the office's country belongs to the title
    if (k + 1 < tokens.length && tokens[k].word === OF && isPlaceToken(tokens[k + 1])) {
      k += 2;
      while (k < tokens.length && isPlaceToken(tokens[k])) k++;
    } else if (k + 1 < tokens.length && tokens[k].word === OF && (tokens[k + 1].cap || (tokens[k + 1].word === THE && tokens[k + 2]?.cap))) {
      // "Governor of Qeshm Ali Rezaei", "Secretary of the Treasury Jon Roe": the office's place or
      // portfolio runs up to the first name after it; with no first name, a short remainder is all
      // place ("Mayor of Bountiful")
      const skip = tokens[k + 1].cap ? 1 : 2;
      const rest = tokens.slice(k + skip);
      const first = rest.findIndex((t, j) => j > 0 && isFirstName(t.word));
      if (first > 0) k += skip + first;
      else if (skip === 1 && rest.length <= 2) k = tokens.length;
    }
    i = k;
  }
  if (!sawTitle) return roleBeforeName(tokens, lower) ?? portfolioTitle(tokens);
  // "Deputy District Attorney Jon Roe": a portfolio title may follow the first one
  const more = portfolioTitle(tokens.slice(i));
  return { title: tokens.slice(0, i + more.title.length), name: more.name };
}

/**
 * "Zentrix CEO Orlek Damsby", "Undersheriff Dorran Vesk": words that are no name (acronyms, titles, common
 * words) before a first name and a surname are the person's role, not part of the name.
 */
function roleBeforeName(tokens: Token[], lower: ReadonlySet<string>): { title: Token[]; name: Token[] } | null {
  const { FUNCTION_WORDS, ORG_HEADS } = lang();
  let k = tokens.findIndex((t, i) => i > 0 && isFirstName(t.word) && !isPlaceWord(t.word));
  // or, though the lists do not know the given name, the two or three last words right after a title
  // inside the span: "Zentrix CEO Orlek Damsby"
  const nameLike = (t: Token) => t.cap && !t.acronym && !ORG_HEADS.has(lc(t)) && !titleWords().has(lc(t)) && !isCommonWord(t.word) && !isPlaceToken(t);
  if (k < 1) k = tokens.findIndex((_, i) => i > 0 && tokens.length - i >= 2 && tokens.length - i <= 3 && titleWords().has(lc(tokens[i - 1])) && tokens.slice(i).every(nameLike));
  if (k < 1 || k > 5 || k + 1 >= tokens.length || !tokens[k + 1].cap) return null;
  const prefix = tokens.slice(0, k);
  // "Church of Jon Roe …", "Order of St Jon": a name after "of" belongs to the body's name
  if (!prefix[prefix.length - 1].cap) return null;
  const titled = (t: Token) => t.acronym || isTitleAt([t], 0) > 0 || t.word.split('-').some((p) => titleWords().has(p.toLowerCase()));
  // (a compound of ordinary words is one too: "All-Pro Jon Roe", "Five-Star Jon Roe")
  // (or a word the corpus also writes in lower case, a role noun the lexicon lacks: "Coroner Jon Roe", "Kicker Jon Roe")
  const ordinary = (w: string) => !isPersonNameWord(w) && (isCommonWord(w) || isOrganisationWord(w) || lower.has(w.toLowerCase()));
  const plain = (t: Token) => ordinary(t.word) || (t.word.includes('-') && t.word.split('-').every((p) => FUNCTION_WORDS.has(p.toLowerCase()) || ordinary(p)));
  // a title or acronym marks the words before the name as a role ("Rivertown County Sheriff");
  // without one, they must all be ordinary words ("Veteran Jon Roe")
  // (a compass word is no role: "North Dakota", "South Carolina" are places)
  if (prefix.some((t) => isFirstName(t.word) || lang().actors.COMPASS_WORD.test(t.word)) || !(prefix.some(titled) || prefix.every(plain))) return null;
  return { title: tokens.slice(0, k), name: tokens.slice(k) };
}

/** "Emergency Situations Minister X": capitalised portfolio words before a title word, then the name. */
function portfolioTitle(tokens: Token[]): { title: Token[]; name: Token[] } {
  const { NAME_CONNECTORS, ORG_HEADS } = lang();
  for (let k = tokens.length - 2; k >= 1; k--) {
    if (isTitleAt(tokens, k) !== 1 || !portfolioTitles().has(lc(tokens[k]))) continue;
    const before = tokens.slice(0, k);
    const after = tokens.slice(k + 1);
    const plain = (t: Token) => t.cap && !ORG_HEADS.has(lc(t));
    // (a body's head word before another title is the title's: "Navy Chief Admiral Jo Roe")
    const titled = before.length <= 2 && titleWords().has(lc(before[before.length - 1]));
    if (after.length <= 4 && after.every(plain) && before.every((t) => plain(t) || NAME_CONNECTORS.has(t.word) || (titled && t.cap && ORG_HEADS.has(lc(t))))) return { title: tokens.slice(0, k + 1), name: after };
  }
  return { title: [], name: tokens };
}

/**
 * The last word of a person's name after a given name: capitalised, no organisation head, no place.
 * A plural-looking last word is a surname as often as a team's ("Banks", "Herons"): the actor's
 * context decides (index.ts).
 */
function isPersonLast(words: string[]): boolean {
  const { ORG_HEADS } = lang();
  const last = words[words.length - 1];
  return words.length <= 3 && /^\p{Lu}\p{Ll}/u.test(last) && !ORG_HEADS.has(last.toLowerCase()) && !isPlaceWord(last);
}

function toMention(span: Token[], descriptor: string | null, s: SentenceTokens, casing: Casing): Mention | null {
  const { FUNCTION_WORDS, ORG_HEADS, ROLE_NOUNS } = lang();
  const { OFFICE_HEAD, WEEKDAY, PERSON_TITLES, ADVERB, LONE_ABBREVIATION, NAME_PREFIX, COLOURS, LEGAL_FORM, WEB_DOMAIN, PERSON_NOUNS, PERSON_APPOSITION } = lang().actors;
  // (not a company's name the lexicon knows whole, whose first word is also a title: "General X")
  const stripped = stripTitle(span, casing.lower);
  // (nor an office named after its holder, whose title is the body's name: "State Attorney General's Office")
  const officeOf = span.length >= 2 && span[span.length - 2].possessive && OFFICE_HEAD.test(span[span.length - 1].word);
  const { title, name } = officeOf || (stripped.title.length > 0 && stripped.name.length > 0 && isOrganisationPhrase(span.map((t) => t.word).join(' '))) ? { title: [], name: span } : stripped;
  if (title.length > 0 && name.length === 0) return null;
  // a title with no name after it, only more of the title: "Chief Public Affairs Officer", "Deputy Chief Harbour Officer"
  if (title.length > 0 && (titleWords().has(lc(last0(name))) || portfolioTitles().has(lc(last0(name))))) return null;
  // "President of the Medical Association of X": the body starts after the connectors
  let tokens = dropLeadingConnectors(name);
  const trailing = (t: Token) => !t.cap || (!t.acronym && FUNCTION_WORDS.has(lc(t)));
  while (tokens.length > 0 && trailing(tokens[tokens.length - 1])) tokens = tokens.slice(0, -1);
  // a weekday after a name is the date it acted on: "the Rivertown Center Thursday"
  while (tokens.length > 1 && WEEKDAY.test(tokens[tokens.length - 1].word)) tokens = tokens.slice(0, -1);
  // and before it, when the date opens the sentence's clause: "On Monday Roe ended weeks of speculation"
  while (tokens.length > 1 && WEEKDAY.test(tokens[0].word)) tokens = tokens.slice(1);
  // a title closing the span, with no name after it, is an unnamed person's role, not part of a name:
  // "former Rivertown Hawks Coach …", "the Eastmoor Police Chief" name the team and the force
  if (tokens.length >= 3 && PERSON_TITLES.has(lc(tokens[tokens.length - 1]))) tokens = tokens.slice(0, -1);
  // a headline's full name, then a place and the person's title: "Jon Roe U.S. Trade Representative Nominee"
  // and "Jon Roe U.S. surgeon general pick" are Jon Roe (the title runs on with no comma); a country's
  // abbreviation never ends a person's name
  if (tokens.length >= 3 && (isFirstName(tokens[0].word) || isGivenName(tokens[0].word))) {
    const abbreviated = (t: Token) => /^(?:\p{Lu}\.?){2,3}$/u.test(t.word) && isPlaceWord(t.word.replace(/\./g, ''));
    const at = tokens.findIndex((t, k) => k >= 2 && (isPlaceToken(t) || abbreviated(t))
      && (tokens.slice(k + 1).some((x) => titleWords().has(lc(x))) || (k === tokens.length - 1 && abbreviated(t))));
    if (at > 0) tokens = tokens.slice(0, at);
  }
  if (tokens.length === 0) return null;
  const words = tokens.map((t) => t.word);
  const lower = words.map((w) => w.toLowerCase());
  const hasOrgHead = lower.some((w) => ORG_HEADS.has(w.replace(/\.$/, '')));
  // Places, calendar words and demonyms are not actors; nor is a lone word also written lower-case.
  const surname = surnameNotPlace(tokens, s);
  const unit = bodyThenPlace(tokens);
  if (!hasOrgHead && !surname && !unit && (isPlaceWord(words[words.length - 1]) || isPlacePhrase(words.join(' ')))) return null;
  if (!hasOrgHead && !surname && (tokens.every((t) => isPlaceToken(t) || isDateWord(t.word)) || isDemonym(words[words.length - 1]))) return null;
  // a plural acronym names a kind of body, not one: "ISPs said", "Indian ISPs", "local NGOs"
  // (or things: "Skylark CPUs", "Windows PCs")
  if (/^\p{Lu}{2,}s$/u.test(words[words.length - 1]) && !hasOrgHead) return null;
  if (tokens.length === 1 && !tokens[0].acronym && (casing.lower.has(lower[0]) || FUNCTION_WORDS.has(lower[0]))) return null;
  if (tokens.length === 1 && !tokens[0].acronym && title.length === 0 && locative(s, tokens[0])) return null;
  if (tokens.length === 1 && (isDateWord(words[0]) || isAdjective(words[0]))) return null;
  // a sentence adverb the lexicon does not know: "Defensively, …", "Understandably, …"
  if (tokens.length === 1 && tokens[0] === s.tokens[0] && ADVERB.test(words[0]) && /^,/.test(s.paragraphText.slice(tokens[0].end))) return null;
  // a word capitalised only where a sentence opens, never inside one anywhere in the corpus, read as a
  // plural or an adverb ("Prosecutors said", "Pamphlets were handed out", "Sadly, …"): no name
  if (tokens.length === 1 && tokens[0] === s.tokens[0] && title.length === 0 && !tokens[0].acronym && !tokens[0].possessive
    && !casing.capMid.has(lower[0]) && /^\p{Lu}\p{Ll}+(?:[^s']s|ly)$/u.test(words[0]) && !isPersonNameWord(words[0])) return null;
  if (tokens.length === 1 && !tokens[0].acronym && !tokens[0].possessive && attributive(s, tokens[0])
    && !lang().MEDIUM_REPORTS.test(s.paragraphText.slice(tokens[0].end, tokens[0].end + 50))) return null;
  if (words.some((w) => /^\d/.test(w))) return null;
  // a legal form or abbreviation cut from its name ("Inc", "Assn") names nothing by itself
  // (nor a title's abbreviation cut from the name after its full stop: "Rep. Jo Roe", "Insp Roe")
  if (tokens.length === 1 && LONE_ABBREVIATION.test(words[0])) return null;

  if (!last0(tokens).possessive && modifiesBody(s.paragraphText.slice(last0(tokens).end, last0(tokens).end + 40))) return null;

  const acronym = tokens.length === 1 && tokens[0].acronym;
  // acronyms only ("ZTX MCS"), none an ordinary word in capitals ("ONE"): no person is named so
  const acronyms = tokens.length > 1 && tokens.every((t) => t.acronym && !casing.lower.has(lc(t)));
  // "SeaMicro", "YouTube" — but "McAllister", "LaSalle", "DeShawn" are surnames and given names
  const camel = tokens.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(words[0]) && !NAME_PREFIX.test(words[0]);
  // Without an organisation head word, a multi-word name is a person's unless it opens with an
  // ordinary adjective or plural noun ("Red Crescent", "Doctors Without Borders") and no first name.
  // (a given name the lists know is no adjective there — "Randy Holm", "Will Danvers" — but a colour
  // opening a team's name is: "Red Foxes", "Blue Herons")
  const bodyLike = tokens.length > 1 && !isFirstName(words[0]) && !(isGivenName(words[0]) && !COLOURS.has(lower[0]) && isPersonLast(words))
    && (readsAsAdjective(words[0]) || isPluralNoun(words[0]) || isCommonWord(words[0]));
  // (a company the tagger knows that is also a given name is a surname as often: a founder's name)
  const company = tokens.length === 1 && isOrganisationWord(words[0]) && !isGivenName(words[0]);
  // a name ending in a plural common noun is a team's or a group's ("Blue Herons"), unless a given name
  // opens it: surnames look plural too ("Dustin Fields", "Warren Sykes")
  const team = tokens.length > 1 && !isFirstName(words[0]) && !isGivenName(words[0]) && isPluralNoun(words[words.length - 1])
    && !isPersonNameWord(words[words.length - 1]) && /^\p{Lu}\p{Ll}/u.test(words[words.length - 1]);
  // a web address is a site's or its owner's name ("Rivertown.com"), capitals joined by a hyphen an agency's ("ABC-XYZ")
  // a company's legal form closing the name: "Rivertown Shipping SA", "Norvane AG"
  const legal = tokens.length > 1 && LEGAL_FORM.test(words[words.length - 1]);
  const site = tokens.length === 1 && (WEB_DOMAIN.test(words[0]) || /^\p{Lu}{2,}(?:-\p{Lu}{2,})+$/u.test(words[0]));
  // a person's role in lower case right before the name ("said 32-year-old protester Paris Roe"): the
  // words that read like a team's or a body's name are a person's
  const before = s.paragraphText.slice(Math.max(0, tokens[0].start - 30), tokens[0].start).match(/(\p{Ll}+)\s+$/u)?.[1] ?? '';
  const roleBefore = ROLE_NOUNS.has(before) || PERSON_NOUNS.has(before);
  // or a person's noun heading an apposition after it ("Georgia Roe, a nurse, said")
  const roleAfter = s.paragraphText.slice(last0(tokens).end).match(PERSON_APPOSITION)?.slice(1).find(Boolean);
  const named = title.length === 0 && !roleBefore && !(roleAfter && (ROLE_NOUNS.has(roleAfter) || PERSON_NOUNS.has(roleAfter)));
  const kind: Mention['kind'] = hasOrgHead || acronym || acronyms || camel || site || legal || company || unit || (team && named) || (named && (bodyLike || namedAfterPlace(words))) ? 'organisation'
    // a company the lexicon knows by its whole name, though it reads as a given name and a surname
    : tokens.length > 1 && title.length === 0 && isOrganisationPhrase(words.join(' ')) ? 'organisation'
    : tokens.length > 1 || title.length > 0 ? 'person' : 'unknown';
  const start = tokens[0].start;
  const last = tokens[tokens.length - 1];
  const end = last.possessive ? last.end - 2 : last.end;
  const titleText = title.length > 0 ? s.paragraphText.slice(title[0].start, title[title.length - 1].end) : descriptor;
  return {
    source: s.source, paragraph: s.paragraph, sentence: s, start, end,
    surface: s.paragraphText.slice(start, end), words, kind, acronym, title: titleText,
    acts: actsInSentence(s, tokens), credit: isCredit(s, start, end), ...(unit ? { branch: true } : {}),
  };
}

const last0 = (tokens: Token[]) => tokens[tokens.length - 1];

/**
 * A last word the tagger calls a place only by its ending ("-brough", "-stead", "-ton"), which no
 * gazetteer knows, after a given name ("Mara Eastbrook") or alone and not after "in"/"near": a
 * surname. (The gazetteer and the context still find real places: "in Eastbrook", "Eastbrook, Ohio".)
 */
/**
 * A company's or broadcaster's name, then the country or region of its branch: "Zentrix USA", "NBC
 * Calvania" — a brand written as no ordinary word (an acronym, capitals joined by a hyphen, inner
 * capitals) or a company the tagger knows, then one place word.
 */
export function bodyThenPlace(tokens: Token[]): boolean {
  if (tokens.length !== 2 || !isPlaceToken(tokens[1]) || isPlaceToken(tokens[0])) return false;
  const w = tokens[0].word;
  const brand = tokens[0].acronym || /^\p{Lu}[\p{L}\d]*-\p{Lu}[\p{L}\d]*$/u.test(w) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w);
  return (brand || (isOrganisationWord(w) && !isGivenName(w) && !isFirstName(w))) && !isFirstName(w);
}

function surnameNotPlace(tokens: Token[], s: SentenceTokens): boolean {
  const last = last0(tokens).word;
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(last) || !isGuessedPlace(last) || placePopulation(last) !== null) return false;
  // alone, an ending only towns have ("-ville", "-dale") stays a place
  if (tokens.length === 1) return !locative(s, tokens[0]) && !lang().actors.TOWN_ENDING.test(last);
  return tokens.length <= 3 && (isFirstName(tokens[0].word) || isGivenName(tokens[0].word)) && !isPlaceWord(tokens[0].word);
}

/**
 * Names that qualify a committee or an administration written in lower case ("the Senate Harbourgate
 * committee", "the Vesk administration"): the body, not the name, is what acts there. (Not every body
 * noun: in "the NATO military alliance", "the X news agency" the name is the body's own.)
 */

function modifiesBody(after: string): boolean {
  const { CONNECTIVE, QUALIFIED_BODIES } = lang().actors;
  const m = after.match(/^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u);
  if (!m || CONNECTIVE.test(m[1])) return false;
  return QUALIFIED_BODIES.has(m[1]) || (m[2] !== undefined && QUALIFIED_BODIES.has(m[2]));
}

/** A lone capitalised word right before a lower-case noun modifies it ("Kyrgyz troops", "Maidan technology"). */
function attributive(s: SentenceTokens, t: Token): boolean {
  const i = s.tokens.indexOf(t);
  const next = s.tokens[i + 1];
  return !!next && /^\s+$/.test(next.gapBefore) && /^\p{Ll}/u.test(next.word) && isNounOnly(next.word);
}

/** "in X", "near X": a lone name after a preposition of place is a place the tagger did not know. */
function locative(s: SentenceTokens, t: Token): boolean {
  const prev = s.tokens[s.tokens.indexOf(t) - 1];
  return !!prev && lang().actors.LOCATIVE_PREPOSITION.test(prev.word);
}

/**
 * The first word after a name that can be its verb: auxiliaries, adverbs and dates skipped, and an
 * apposition or relative clause after a comma passed over ("X, a …, said"; "X, which monitors …").
 */
export function verbAfter(s: SentenceTokens, nameEnd: number): string[] {
  const { AUX, COORDINATED, RELATIVE_OPENING } = lang().actors;
  const out: string[] = [];
  const after = s.tokens.filter((t) => t.start >= nameEnd);
  const scan = (from: number) => {
    if (from < 0) return; // the clause runs to the end of the paragraph: no verb follows
    let k = from;
    while (k < after.length && k - from < 4 && (AUX.has(lc(after[k])) || isDateWord(after[k].word))) k++;
    if (k < after.length) out.push(lc(after[k]));
  };
  if (after.length === 0) return out;
  if (/^\s+$/.test(after[0].gapBefore) || after[0].gapBefore === '') scan(0);
  const rest = s.paragraphText.slice(nameEnd);
  const coordinated = rest.match(COORDINATED);
  if (coordinated) scan(after.findIndex((t) => t.start >= nameEnd + coordinated[0].length));
  const rel = rest.match(RELATIVE_OPENING);
  if (rel) scan(after.findIndex((t) => t.start >= nameEnd + rel[0].length));
  const appo = rest.match(/^['’]?s?,[^,.;]{1,90},\s*/);
  if (appo) scan(after.findIndex((t) => t.start >= nameEnd + appo[0].length));
  return out.filter(Boolean);
}

/** A reporting/acting verb after the name, or "according to" right before it. */
function actsInSentence(s: SentenceTokens, name: Token[]): boolean {
  const last = name[name.length - 1];
  if (verbAfter(s, last.possessive ? last.end - 2 : last.end).some((w) => lang().ACTION_VERBS.has(w))) return true;
  const p = s.paragraphText;
  // the name is itself an apposition: "Another provincial official, Jon Roe, said …"
  if (/,\s*$/.test(p.slice(Math.max(0, name[0].start - 3), name[0].start)) && lang().APPOSITION_SPEAKS.test(p.slice(last.end, last.end + 30))) return true;
  // a news agency, broadcaster or paper that reports: "the Rivertown news agency reported …"
  if (lang().MEDIUM_REPORTS.test(p.slice(last.end, last.end + 50))) return true;
  const i = s.tokens.indexOf(name[0]);
  const before = s.tokens.slice(Math.max(0, i - 3), i).map(lc).join(' ');
  // an acronym as the agent of a passive acts too: "sanctioned by the WBX", "was charged by the FBI"
  // (not any name: "awarded by Marlow Prize", "backed by the West")
  const agent = name.length === 1 && name[0].acronym;
  const { ATTRIBUTION_BEFORE, PASSIVE_AGENT } = lang().actors;
  return ATTRIBUTION_BEFORE.test(before) || (agent && PASSIVE_AGENT.test(before));
}


function isCredit(s: SentenceTokens, start: number, end: number): boolean {
  const p = s.paragraphText;
  // a medium that reports in the story acts in it: "the Rivertown news agency reported that …"
  if (lang().MEDIUM_REPORTS.test(p.slice(end, end + 50))) return false;
  if (p.trim() === p.slice(start, end)) return true; // a line that is only a name: a byline or credit
  const { CREDIT_LINE, AGENCY_AFTER, AGENCY_BEFORE, PHOTO_BEFORE } = lang().actors;
  if (CREDIT_LINE.test(p)) return true;
  const after = p.slice(end, end + 40);
  const before = p.slice(Math.max(0, start - 50), start);
  // "XNA and Dalta news agency", "the news agency XNA", "(Photo: Dalta)"
  return AGENCY_AFTER.test(after)
    || AGENCY_BEFORE.test(before)
    || PHOTO_BEFORE.test(before);
}
