// Analysis stage (actors): groups name mentions into actors. Each rule is general evidence that two
// spellings denote one actor: transliteration-equal full names, a surname used alone, an acronym and its
// expansion, names equated in the text, organisation names with the same content words, and — for a
// body named differently by a translated source — the same context in sources that never name both.
import { lang, perPack } from '../lang/index.js';
import { distance } from 'fastest-levenshtein';
import { contentTerms, cosine, tfidf } from '../summary/terms.js';
import { acronymMatch, equatedMentions } from './acronyms.js';
import type { Mention } from './mentions.js';
import { fold, nameSimilarity, sameNameWord } from './nameKeys.js';
import { isCountryName } from './gazetteer.js';
import { isGivenName } from './givenNames.js';
import { sameGivenName } from './hypocoristics.js';
import { firstNameGender, isCommonWord, isDemonym, isFirstName, isPlaceWord, readsAsAdjective } from './wordTags.js';

export interface NameNode {
  key: string;
  words: string[];
  mentions: Mention[];
}

export interface Cluster {
  nodes: NameNode[];
  mentions: Mention[];
  kind: 'person' | 'organisation' | 'unknown';
}

/** How many times more one namesake must be named than the next for a lone surname to be theirs. */
const DOMINANT = 2;

/** A name's key ends in "#" and the gender its honorific gives ("#female"): see groupByName. */
const GENDERS = ['female', 'male'] as const;
const keyGender = (key: string) => GENDERS.find((g) => key.endsWith(`#${g}`));

/** Context similarity above which two differently named bodies in disjoint sources are one body. */
const CONTEXT_COREFERENCE = 0.15;
/** Share of content stems two organisation names must have in common. */
const ORG_WORD_OVERLAP = 0.75;

export function clusterMentions(mentions: Mention[]): Cluster[] {
  const { LEGAL_FORMS, BODY_SUFFIXES, COMPANY_HEADS, THE_BEFORE, THE_OPENING, OF, GENERATION_SUFFIX } = lang().actors;
  const nodes = groupByName(mentions);
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => { parent[find(a)] = find(b); };
  const kindOf = (n: NameNode) => nodeKind(n);
  const index = new Map(nodes.map((n, i) => [n, i]));

  // 1. Full person names equal under transliteration.
  // (a surname with its particle, "Del Roe", is a surname alone: step 2 gives it to its one bearer)
  const persons = nodes.map((n, i) => [n, i] as const).filter(([n]) => kindOf(n) === 'person' && n.words.length > 1 && !particleSurname(n.words));
  // A generational suffix on one side only ("John Roe Jr." / "John Roe") is the same person unless the
  // sources name another generation of that name ("John Roe Sr."): then father and son stay apart.
  const suffixOf = (words: string[]) => (words.length > 1 && GENERATION_SUFFIX.test(words[words.length - 1]) ? words[words.length - 1].replace(/\.$/, '') : '');
  const generations = (p: NameNode) => new Set(persons.filter(([q]) => sameFullName(p.words, q.words)).map(([q]) => suffixOf(q.words)).filter(Boolean));
  // a nickname that is a given name is the name the person goes by: "Jo (Jojo) Roe" is "Jojo Roe" too
  const goesBy = (n: NameNode) => n.mentions.map((m) => m.nickname).filter((k): k is string[] => k?.length === 1 && (isFirstName(k[0]) || isGivenName(k[0])))
    .map((k) => [...k, n.words[n.words.length - 1]]);
  // (the name a person goes by as written, not another name it could shorten: "Sandy" is no "Sandro")
  const goesByAs = (n: NameNode, other: string[]) => goesBy(n).some((w) => sameFullName(w, other) && fold(w[0]) === fold(other[0]));
  const sameName = (a: NameNode, b: NameNode) => sameFullName(a.words, b.words) || byMiddleName(a.words, b.words) || byMiddleName(b.words, a.words)
    || goesByAs(a, b.words) || goesByAs(b, a.words);
  // a pet name the text ties to one person's given names ('Ana Maria "Sandy" Roe') is that person's:
  // "Sandro Roe", whose name it could also shorten, is someone else (a son)
  const tied = new Map<string, string[]>();
  for (const [n] of persons) {
    for (const k of n.mentions.map((m) => m.nickname).filter((x): x is string[] => x?.length === 1)) {
      const key = `${fold(k[0])} ${fold(n.words[n.words.length - 1])}`;
      tied.set(key, [...(tied.get(key) ?? []), ...n.words.slice(0, -1).map(fold)]);
    }
  }
  const otherBearer = (a: NameNode, b: NameNode) => {
    const given = tied.get(`${fold(a.words[0])} ${fold(a.words[a.words.length - 1])}`);
    return !!given && fold(b.words[0]) !== fold(a.words[0]) && !given.includes(fold(b.words[0]));
  };
  // When another report names another generation, a report that introduces the name with its suffix
  // and names no other generation still writes the bare name after it for the same person ("Jon Roe
  // Sr., the former chief, died … Jon Roe joined the bureau in …"). Not when the bare name comes
  // first (the subject, then "his father, Jon Roe Sr.") nor after a kinship word ("his son Jon Roe").
  const { KIN_BEFORE_NAME } = lang();
  const introducedWith = (plain: NameNode, suffixed: NameNode) => {
    const suffix = suffixOf(suffixed.words);
    return [...new Set(suffixed.mentions.map((m) => m.source))].some((s) => {
      const here = (n: NameNode) => n.mentions.filter((m) => m.source === s);
      const bare = here(plain);
      if (!bare.length || persons.some(([q]) => here(q).length && suffixOf(q.words) && suffixOf(q.words) !== suffix && sameFullName(q.words, suffixed.words))) return false;
      const first = Math.min(...here(suffixed).map(position));
      return bare.every((m) => position(m) > first && !KIN_BEFORE_NAME.test(m.sentence.paragraphText.slice(Math.max(0, m.start - 40), m.start)));
    });
  };
  for (const [a, i] of persons) {
    for (const [b, j] of persons) {
      if (i >= j || !sameName(a, b) || otherBearer(a, b) || otherBearer(b, a)) continue;
      const [sa, sb] = [suffixOf(a.words), suffixOf(b.words)];
      if (sa !== sb && (sa && sb || new Set([...generations(a), ...generations(b)]).size > 1 && !introducedWith(sa ? b : a, sa ? a : b))) continue;
      union(i, j);
    }
  }

  // A team's or body's member word before a full name ("Hawk Jon Roe", "Hawks Jon Roe" for a player of
  // "the Rivertown Hawks") is an affiliation, not a given name: the name after it is the person's.
  // (a team's name is typed by its context later: here any name ending in a plural word, or a body's)
  const bodyEnds = new Set(nodes.filter((n) => kindOf(n) === 'organisation' || /s$/.test(n.words[n.words.length - 1]))
    .filter((n) => !isFirstName(n.words[0]) && !isGivenName(n.words[0])).map((n) => fold(n.words[n.words.length - 1])));
  for (const [a, i] of persons) {
    if (a.words.length < 3 || isFirstName(a.words[0]) || isGivenName(a.words[0])) continue;
    const w = fold(a.words[0]);
    if (!bodyEnds.has(w) && !bodyEnds.has(`${w}s`)) continue;
    const rest = a.words.slice(1);
    const named = persons.filter(([b]) => b !== a && sameFullName(b.words, rest) && !bodyEnds.has(fold(b.words[0])) && !bodyEnds.has(`${fold(b.words[0])}s`));
    if (new Set(named.map(([, j]) => find(j))).size === 1) union(i, named[0][1]);
  }

  // 2. A surname alone (or with a title) joins the full name it shortens; a first name alone joins the
  // one person of that first name. A surname two people share ("Harwood" for John and Katie Harwood)
  // goes to one of them only when the sources name that one far more; otherwise it is left out.
  const ambiguous = new Set<number>();
  // the rest of a mention's sentence up to the next name in it, or a quotation (another voice)
  const starts = new Map<Mention['sentence'], number[]>();
  for (const m of mentions) starts.set(m.sentence, [...(starts.get(m.sentence) ?? []), m.start]);
  const restOf = (m: Mention) => m.sentence.paragraphText.slice(m.end,
    Math.min(m.sentence.start + m.sentence.text.length, ...(starts.get(m.sentence) ?? []).filter((x) => x > m.start))).split(/``|''|["“”]/)[0];
  // a person's gender: by the first name, else — a name the lists do not know — by the pronouns after the full name
  const genderOf = (p: NameNode) => firstNameGender(p.words[0]) ?? pronounGender(p.mentions, restOf);
  for (const [n, i] of nodes.map((x, k) => [x, k] as const)) {
    if (!(n.words.length === 1 || particleSurname(n.words)) || kindOf(n) === 'organisation') continue;
    // "Miss Harwood" is none of the men named Harwood
    const gender = keyGender(n.key);
    // the surname as written first; a transliteration only when nobody bears it so ("Lynd" is no "Lind"
    // when a Lynd is named); a surname with its particle only as written ("Del Roe" is no "Ann Roe")
    const bearers = (same: (a: string, b: string) => boolean) => persons.filter(([p]) => same(n.words[0], parts(p.words)[parts(p.words).length - 1])
      && (!gender || (firstNameGender(p.words[0]) ?? gender) === gender));
    const exact = n.words.length > 1
      ? persons.filter(([p]) => p.words.length > n.words.length && p.words.slice(-n.words.length).map(fold).join(' ') === n.words.map(fold).join(' '))
      : bearers((a, b) => fold(a) === fold(b));
    // (never for an ordinary word: "God" is no spelling of "Godde")
    const hits = exact.length || n.words.length > 1 || isCommonWord(n.words[0]) ? exact : bearers(sameSurname);
    const roots = new Set(hits.map(([, j]) => find(j)));
    if (roots.size === 1) union(i, hits[0][1]);
    else if (roots.size > 1) {
      // several people share the surname: the one named far more often in the same sources (the
      // story's subject, not a relative named once) — or nobody
      const sources = new Set(n.mentions.map((m) => m.source));
      const named = [...roots].map((r) => [hits.filter(([, j]) => find(j) === r).reduce((t, [p]) => t + p.mentions.filter((m) => sources.has(m.source)).length, 0), r] as const)
        .sort((x, y) => y[0] - x[0]);
      // else the pronouns after the surname say which: a man and a woman share it ("Roe, who is
      // unemployed, spent much of his time …" is the man)
      const cued = pronounGender(n.mentions, restOf);
      const ofGender = cued ? [...roots].filter((r) => hits.some(([p, j]) => find(j) === r && genderOf(p) === cued)
        && !hits.some(([p, j]) => find(j) === r && genderOf(p) !== cued)) : [];
      // (not against the pronouns: a surname followed by "his" is no woman's, however often she is named)
      const against = (r: number) => cued !== null && hits.some(([p, j]) => find(j) === r && genderOf(p) !== null && genderOf(p) !== cued);
      if (named[0][0] > 0 && named[0][0] >= DOMINANT * named[1][0] && !against(named[0][1])) union(i, named[0][1]);
      else if (ofGender.length === 1 && [...roots].every((r) => r === ofGender[0] || hits.some(([p, j]) => find(j) === r && genderOf(p) !== null))) union(i, ofGender[0]);
      else ambiguous.add(i);
    }
    else if (n.words.length === 1) {
      // a first name alone: the one person of that first name — for a name no list knows ("Tavoli"),
      // only when the word is no ordinary or place word either
      // (as written, else a short form or pet name of it: a lone "Bill" is the one William)
      const named = (same: (a: string, b: string) => boolean) => persons.filter(([p]) => p.words.length >= 2 && same(p.words[0], n.words[0]));
      const asWritten = named((a, b) => fold(a) === fold(b));
      const given = asWritten.length ? asWritten : named(sameGivenName);
      // (nor a word written "the X" — a first name never is: "the Comets")
      const known = isFirstName(n.words[0]) || isGivenName(n.words[0]) || (!isCommonWord(n.words[0]) && !isPlaceWord(n.words[0]) && !isDemonym(n.words[0])
        && !/s$/.test(n.words[0]) && !n.mentions.some((m) => THE_BEFORE.test(m.sentence.paragraphText.slice(Math.max(0, m.start - 4), m.start))));
      if (known && given.length > 0 && new Set(given.map(([, j]) => find(j))).size === 1) union(i, given[0][1]);
      else if (known && given.length > 1) {
        // several people share it: each mention's is the one last named in full before it in its source
        const picks = new Set(n.mentions.map((m) => lastNamedBefore(m, given)));
        if (picks.size === 1 && !picks.has(-1)) union(i, [...picks][0]);
      }
    }
  }

  // A surname with an honorific ("Mrs Roe") and the same surname bare ("Roe said") are one person when
  // nobody in the sources bears it in full and no honorific of the other gender comes with it.
  const honoured = nodes.map((n, k) => [n, k] as const).filter(([n]) => n.words.length === 1 && keyGender(n.key) !== undefined);
  for (const [n, i] of honoured) {
    const word = fold(n.words[0]);
    const bare = byKey(nodes, word);
    if (bare < 0 || kindOf(nodes[bare]) === 'organisation' || persons.some(([p]) => fold(p.words[p.words.length - 1]) === word)) continue;
    if (honoured.some(([o]) => o !== n && fold(o.words[0]) === word)) continue;
    union(i, bare);
  }

  // 3. Acronym ↔ expansion by initials.
  const orgs = nodes.map((n, i) => [n, i] as const).filter(([n]) => kindOf(n) === 'organisation');
  const bodies = nodes.map((n, i) => [n, i] as const).filter(([n]) => kindOf(n) !== 'person');
  for (const [a, i] of orgs) {
    if (!(a.words.length === 1 && /^\p{Lu}{2,6}$/u.test(a.words[0]))) continue;
    // the expansion may be one hyphenated word whose kind is not known ("Marlow-Vesk"); initials
    // leaving out a qualifier count only when no name has the acronym's exact initials ("RMA" is the
    // Ruritanian Medical Association, not the State of Rivertown Medical Association)
    const matches = bodies.filter(([, j]) => i !== j).map(([b, j]) => [acronymMatch(a.words[0], b.words), j] as const);
    const exact = matches.filter(([m]) => m === 'exact');
    const qualified = matches.filter(([m]) => m === 'qualified');
    for (const [, j] of exact.length ? exact : qualified.length === 1 ? qualified : []) union(i, j);
  }

  // a body's name written as its opening word and an acronym of the rest ("Zentrix MCS" for "Zentrix
  // Mission Control Systems Inc."), whatever kind its two capitalised words alone would suggest
  for (const [a, i] of nodes.map((x, k) => [x, k] as const)) {
    if (a.words.length !== 2 || !/^\p{Lu}{2,6}$/u.test(a.words[1])) continue;
    const rest = (words: string[]) => { const w = words.slice(1); while (w.length > 1 && LEGAL_FORMS.test(w[w.length - 1])) w.pop(); return w; };
    const full = bodies.filter(([b, j]) => j !== i && fold(b.words[0]) === fold(a.words[0]) && rest(b.words).length >= 2 && acronymMatch(a.words[1], rest(b.words)) === 'exact');
    // (one body, with or without its legal form)
    if (new Set(full.map(([b]) => [b.words[0], ...rest(b.words)].map(fold).join(' '))).size === 1) for (const [, j] of full) union(i, j);
  }

  // 4. Names the text equates: "X (ACR)", "X, ACR or ACR2", a nickname written inside the name
  // ('Jo "The Hammer" Roe' and "The Hammer" alone).
  const byWords = new Map(nodes.map((n, i) => [n.words.map(fold).join(' '), i] as const));
  nodes.forEach((n, i) => {
    for (const nick of new Set(n.mentions.map((m) => m.nickname?.map(fold).join(' ')).filter((k): k is string => !!k))) {
      const j = byWords.get(nick) ?? byWords.get(nick.replace(THE_OPENING, ''));
      if (j === undefined || j === i) continue;
      union(i, j);
      // a person's nickname reads like a body's name ("Deep Water"): it does not vote on the kind
      if (kindOf(n) === 'person') for (const m of nodes[j].mentions) m.kind = 'unknown';
    }
  });
  for (const [a, b] of equatedMentions(mentions)) {
    const i = index.get(nodes.find((n) => n.mentions.includes(a))!)!;
    const j = index.get(nodes.find((n) => n.mentions.includes(b))!)!;
    union(i, j);
  }

  // 5. Organisation names with the same content words ("Convention on X" / "X Convention").
  // (a name no place qualifies joins one of two bodies different places qualify, not both: "the Attorney
  // General's Office" does not make the Rivertown one and the Eastmoor one a single body — the place
  // before the name's head, not one a sentence ran on into: "Zentrix Technologies Inc. for US")
  const placesOf = (i: number) => new Set(orgs.filter(([, k]) => find(k) === find(i)).flatMap(([n]) => [...leadQualifiers(n.words)]));
  const apart = (i: number, j: number) => { const [p, q] = [placesOf(i), placesOf(j)]; return p.size > 0 && q.size > 0 && ![...p].some((x) => q.has(x)); };
  for (const [a, i] of orgs) {
    for (const [b, j] of orgs) {
      if (i >= j || a.words.length < 2 || b.words.length < 2) continue;
      if (sameOrgWords(a.words, b.words) && !apart(i, j)) union(i, j);
    }
  }

  // 6. A company with and without its legal form ("Zentrix Corp." / "Zentrix"), a public body with and
  // without the "Service" or "Department" closing its name ("Rivertown Police" / "Rivertown Police
  // Department"), a body by the last word of its name when only one body ends so ("the Comets" /
  // "Rivertown Comets").
  const bare = (words: string[]) => {
    const w = words.slice();
    while (w.length > 1 && LEGAL_FORMS.test(w[w.length - 1])) w.pop();
    if (w.length > 2 && BODY_SUFFIXES.test(w[w.length - 1])) w.pop();
    return w.map(fold).join(' ');
  };
  const byBare = new Map<string, number>();
  for (const [n, i] of nodes.map((x, k) => [x, k] as const)) {
    if (kindOf(n) === 'person') continue;
    const k = bare(n.words);
    if (byBare.has(k)) union(i, byBare.get(k)!);
    else byBare.set(k, i);
  }
  // a company's branch named by its country or region ("Zentrix USA") is the company the sources
  // name alone ("Zentrix"): one body to the reader
  for (const [n, i] of nodes.map((x, k) => [x, k] as const)) {
    if (n.words.length !== 2 || !n.mentions.some((m) => m.branch)) continue;
    const j = byBare.get(bare(n.words.slice(0, 1)));
    if (j !== undefined && j !== i && kindOf(nodes[j]) !== 'person') union(i, j);
  }
  // a name the sources also write with a legal form is the company's, though a name with no title
  // read as a person's ("Orvane Globalnet" / "Orvane Globalnet Ltd.") — not when a given name opens it
  const incorporated = new Set(nodes.filter((n) => n.words.length > 1 && LEGAL_FORMS.test(n.words[n.words.length - 1])).map((n) => bare(n.words)));
  for (const [n, i] of nodes.map((x, k) => [x, k] as const)) {
    if (kindOf(n) !== 'person' || n.words.length < 2 || isFirstName(n.words[0]) || isGivenName(n.words[0])) continue;
    const k = bare(n.words);
    if (incorporated.has(k) && byBare.has(k)) union(i, byBare.get(k)!);
  }
  // a company by the word that opens its name, before a company head ("ATW" / "ATW Technologies Inc.")
  for (const [n, i] of nodes.map((x, k) => [x, k] as const)) {
    if (n.words.length !== 1 || kindOf(n) === 'person') continue;
    const opens = orgs.filter(([b]) => b.words.length >= 2 && fold(b.words[0]) === fold(n.words[0])
      && b.words.slice(1).every((w) => COMPANY_HEADS.has(w.toLowerCase()) || LEGAL_FORMS.test(w)));
    if (new Set(opens.map(([, j]) => find(j))).size === 1) union(i, opens[0][1]);
  }
  // (nor, for a word step 2 gave a person as the surname, a name that person does not shorten: "Gene
  // Roe", typed a body, is not the "Roe" of Dana Roe — a relative sharing the surname)
  const tail = (long: string[], short: string[]) => long.length >= short.length && long.slice(-short.length).map(fold).join(' ') === short.map(fold).join(' ');
  const relative = (i: number, b: string[]) => (isFirstName(b[0]) || isGivenName(b[0])) && persons.some(([p, j]) => find(j) === find(i)
    && p.words.length > 1 && !tail(p.words, b) && !tail(b, p.words) && !sameFullName(p.words, b));
  for (const [n, i] of nodes.map((x, k) => [x, k] as const)) {
    if (n.words.length !== 1 || kindOf(n) === 'person' || /^\p{Lu}+$/u.test(n.words[0]) && n.words[0].length <= 4) continue;
    // (not a name's last word after "of": that says what the body is of — "America" is no "Bank of America";
    // nor a branch's place: "US" is no "Zentrix US")
    const ends = orgs.filter(([b]) => b.words.length >= 2 && fold(b.words[b.words.length - 1]) === fold(n.words[0]) && b.words[b.words.length - 2] !== OF
      && !relative(i, b.words) && !b.mentions.some((m) => m.branch));
    // (when several do, a two-word one opened by an ordinary word — a headline's "Injured Hawks" — is
    // no other body of that name: the team's full name, "Rivertown Hawks", takes it — not a head word
    // alone, "Committee", which any committee's name ends in)
    const named = ends.filter(([b]) => !(b.words.length === 2 && (isCommonWord(b.words[0]) || readsAsAdjective(b.words[0]))));
    const roots = (list: typeof ends) => new Set(list.map(([, j]) => find(j))).size;
    if (roots(ends) === 1) union(i, ends[0][1]);
    else if (roots(named) === 1 && !lang().ORG_HEADS.has(n.words[0].toLowerCase()) && !named[0][0].words.some((w) => w === OF || isFirstName(w) || isGivenName(w))) union(i, named[0][1]);
  }

  // a team's name in the singular is one of its players, or the team as an adjective ("as a Rivertown
  // Hawk", "Rivertown Hawk fans"): the team to the reader, not a person — several words, the plural a body's
  const plurals = new Map(nodes.map((x, k) => [x, k] as const).filter(([x]) => x.words.length >= 2 && /\p{Ll}s$/u.test(x.words[x.words.length - 1]))
    .map(([x, k]) => [x.words.map(fold).join(' '), k] as const));
  const bodyRoot = (j: number) => nodes.some((x, k) => find(k) === find(j) && kindOf(x) === 'organisation');
  for (const [n, i] of nodes.map((x, k) => [x, k] as const)) {
    if (n.words.length < 2 || !/\p{Ll}$/u.test(n.words[n.words.length - 1]) || isFirstName(n.words[0]) || isGivenName(n.words[0])) continue;
    const j = plurals.get(`${n.words.map(fold).join(' ')}s`);
    if (j !== undefined && bodyRoot(j)) { union(i, j); for (const m of n.mentions) m.kind = 'organisation'; }
  }

  let clusters = collect(nodes, find).filter((c) => !c.nodes.every((n) => ambiguous.has(index.get(n)!)));
  clusters = mergeByContext(clusters);
  return clusters;
}

/** The index of the node keyed `key` (a name without an honorific), or -1. */
function byKey(nodes: NameNode[], key: string): number {
  return nodes.findIndex((n) => n.key === key);
}

/**
 * The gender the pronouns after a name give, in the rest of each of its sentences up to the next name or
 * quotation (whose pronouns they may be: "Roe … his wife, Ann, and her child"): 'male' when at least two mentions
 * are followed by "he"/"his"/"him" and none by "she"/"her", and the reverse.
 */
function pronounGender(mentions: Mention[], rest: (m: Mention) => string): 'male' | 'female' | null {
  const { MALE_PRONOUNS, FEMALE_PRONOUNS } = lang().actors;
  let male = 0;
  let female = 0;
  for (const m of mentions) {
    if (MALE_PRONOUNS.test(rest(m))) male++;
    if (FEMALE_PRONOUNS.test(rest(m))) female++;
  }
  return male >= 2 && female === 0 ? 'male' : female >= 2 && male === 0 ? 'female' : null;
}

/** Position of a mention in its source, to compare which came first. */
const position = (m: Mention) => m.paragraph * 1e6 + m.start;

/** The node (index) among `candidates` whose mention comes last before `m` in m's source, or -1. */
function lastNamedBefore(m: Mention, candidates: (readonly [NameNode, number])[]): number {
  let best = -1;
  let at = -1;
  for (const [c, j] of candidates) {
    for (const x of c.mentions) {
      if (x.source === m.source && position(x) < position(m) && position(x) > at) { at = position(x); best = j; }
    }
  }
  return best;
}

/** The gender an honorific gives a surname ("Miss Harwood", "Mr Harwood"), or null. */
function titleGender(m: Mention): 'female' | 'male' | null {
  const t = m.title?.toLowerCase().replace(/\.$/, '');
  const genders = lang().actors.HONORIFIC_GENDERS;
  return t !== undefined && Object.hasOwn(genders, t) ? genders[t] : null;
}

function groupByName(mentions: Mention[]): NameNode[] {
  const byKey = new Map<string, NameNode>();
  for (const m of mentions) {
    // a surname with a gendered honorific is kept apart from the bare surname, to find its bearer
    const gender = m.words.length === 1 ? titleGender(m) : null;
    // spaces do not make another name: "Van Dyke" / "VanDyke", "Storm Chasers" / "Stormchasers"
    const key = m.words.map(fold).join('') + (gender ? `#${gender}` : '');
    const node = byKey.get(key) ?? { key, words: m.words, mentions: [] };
    node.mentions.push(m);
    byKey.set(key, node);
  }
  return [...byKey.values()];
}

export function nodeKind(n: NameNode): Cluster['kind'] {
  const kinds = n.mentions.map((m) => m.kind);
  if (kinds.includes('organisation')) return 'organisation';
  if (kinds.includes('person')) return 'person';
  return 'unknown';
}

/** Particles that open a surname ("Lo Bianco", "Di Marco", "Van Dyke"), written capitalised or not. */
const surnameParticles = perPack((l) => new Set([...l.NAME_CONNECTORS, ...l.actors.SURNAME_PARTICLES]));

/** A surname with its particles and nothing else ("Lo Bianco", "De la Cruz") — not a given name then a surname ("Al Roe"). */
export function particleSurname(words: string[]): boolean {
  return words.length > 1 && words.slice(0, -1).every((w) => surnameParticles().has(w.toLowerCase())) && !surnameParticles().has(words[words.length - 1].toLowerCase())
    && !isFirstName(words[0]) && !isGivenName(words[0]);
}


/** Name parts with hyphens split and a generational suffix dropped: "Jean-Claude Juncker" → Jean, Claude, Juncker. */
const parts = (words: string[]) => {
  const ws = words.length > 1 && lang().actors.GENERATION_SUFFIX.test(words[words.length - 1]) ? words.slice(0, -1) : words;
  return ws.flatMap((w) => w.split('-')).filter((w) => !lang().NAME_CONNECTORS.has(w.toLowerCase()));
};

/**
 * A person who goes by a middle name, written without the first given name: "Mary Jo Ann Roe" /
 * "Jo Ann Roe". Only a name of three words or more that is the whole tail of the longer one — a given
 * name and a surname alone ("Ann Roe") may be a relative.
 */
export function byMiddleName(long: string[], short: string[]): boolean {
  if (short.length < 3 || long.length <= short.length || lang().actors.GENERATION_SUFFIX.test(short[short.length - 1])) return false;
  const dropped = long.slice(0, long.length - short.length);
  return dropped.every((w) => isFirstName(w) || isGivenName(w))
    && long.slice(-short.length).map(fold).join(' ') === short.map(fold).join(' ');
}

/** Same surname and compatible given names (equal under transliteration, or an initial). */
/**
 * Two spellings of one surname: as written, or under a transliteration close in letters too — a sound
 * alike is not enough for a short common surname ("Jones" is no "James", "Rich" no "Rix").
 */
function sameSurname(a: string, b: string): boolean {
  return fold(a) === fold(b) || (sameNameWord(a, b) && nameSimilarity(a, b) >= SURNAME_SIMILARITY);
}
const SURNAME_SIMILARITY = 0.75;

export function sameFullName(a: string[], b: string[]): boolean {
  const pa = parts(a);
  const pb = parts(b);
  if (!sameSurname(pa[pa.length - 1], pb[pb.length - 1])) return false;
  // a leading initial the other spelling leaves out: "W. Jon Roe" / "Jon Roe"
  const lead = (g: string[], other: string[]) => (g.length > other.length && other.length > 0 && /^\p{Lu}\.?$/u.test(g[0])
    && !fold(other[0]).startsWith(fold(g[0][0])) ? g.slice(1) : g);
  const ga = lead(pa.slice(0, -1), pb.slice(0, -1));
  const gb = lead(pb.slice(0, -1), pa.slice(0, -1));
  const n = Math.min(ga.length, gb.length);
  for (let k = 0; k < n; k++) {
    const x = ga[k].replace(/\.$/, '');
    const y = gb[k].replace(/\.$/, '');
    const initial = (x.length === 1 && fold(y).startsWith(fold(x))) || (y.length === 1 && fold(x).startsWith(fold(y)))
      // a short form or pet name of the first given name: "Fred" / "Frederick", "Bill" / "William"
      || (k === 0 && sameGivenName(x, y));
    if (!initial && !sameNameWord(x, y)) return false;
  }
  return true;
}

/** A word of a body's name in lower case, an abbreviated head written out ("Assn." → association). */
const orgWord = (w: string) => { const l = w.toLowerCase().replace(/\.$/, ''); return lang().ORG_HEAD_ABBREVIATIONS[l] ?? l; };

function orgStems(words: string[]): Set<string> {
  return new Set(parts(words).map((w) => lang().stem(orgWord(w))));
}

/** The word that says what kind of body a name is: its organisation head ("Convention on X"), else its last word. */
function headOf(words: string[]): string {
  const { ORG_HEADS } = lang();
  const heads = words.filter((w) => ORG_HEADS.has(orgWord(w)));
  return lang().stem(orgWord(heads[heads.length - 1] ?? words[words.length - 1]));
}

/** The places and peoples before a body's head word ("Rivertown … Office"), not one a sentence ran on into after it ("… Inc. for US"). */
function leadQualifiers(words: string[]): Set<string> {
  const h = words.findIndex((w) => lang().ORG_HEADS.has(w.toLowerCase()));
  return qualifiers(h > 0 ? words.slice(0, h) : words);
}

/** The places and peoples a name is qualified by ("Rivertown", "Ruritanian"). */
function qualifiers(words: string[]): Set<string> {
  return new Set(words.filter((w) => /^\p{Lu}/u.test(w) && (isPlaceWord(w) || isDemonym(w) || isCountryName(w))).map(fold));
}

/**
 * Organisation names sharing most content stems, at least two of them specific, with the same head
 * ("Rivertown Times" is no "Rivertown Hawks") and no two different places or peoples qualifying
 * them ("Eastmoor Medical Association" is no "Ruritanian Medical Association").
 */
export function sameOrgWords(a: string[], b: string[]): boolean {
  const { GENERIC_ORG_STEMS } = lang();
  if (headOf(a) !== headOf(b)) return false;
  const qa = qualifiers(a);
  const qb = qualifiers(b);
  if (qa.size > 0 && qb.size > 0 && ![...qa].some((q) => qb.has(q))) return false;
  const sa = orgStems(a);
  const sb = orgStems(b);
  const shared = [...sa].filter((s) => sb.has(s));
  const specific = shared.filter((s) => !GENERIC_ORG_STEMS.has(s));
  return specific.length >= 2 && shared.length / Math.min(sa.size, sb.size) >= ORG_WORD_OVERLAP;
}

function collect(nodes: NameNode[], find: (i: number) => number): Cluster[] {
  const groups = new Map<number, NameNode[]>();
  nodes.forEach((n, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), n]));
  return [...groups.values()].map(makeCluster);
}

/**
 * The kind most of the cluster's typed mentions give — one odd spelling ("Reliable Rob" reads like
 * a body's name) does not turn a person into an organisation; a tie goes to the person.
 */
function makeCluster(nodes: NameNode[]): Cluster {
  const mentions = nodes.flatMap((n) => n.mentions);
  const orgs = mentions.filter((m) => m.kind === 'organisation').length;
  const persons = mentions.filter((m) => m.kind === 'person').length;
  const kind = orgs > persons ? 'organisation' : persons > 0 ? 'person' : 'unknown';
  return { nodes, mentions, kind };
}

/**
 * A translated source may name a body with words no other source uses ("Regional Fisheries Convention").
 * Such a cluster joins another organisation when the two never appear in the same source, share a
 * specific content word, and are talked about in the same terms — TF-IDF cosine of their sentences at
 * least CONTEXT_COREFERENCE and twice that of any other candidate (a clear antecedent, not a guess).
 */
function mergeByContext(clusters: Cluster[]): Cluster[] {
  const { GENERIC_ORG_STEMS, ORG_HEADS } = lang();
  const orgs = clusters.filter((c) => c.kind === 'organisation' && c.nodes.some((n) => n.words.some((w) => ORG_HEADS.has(w.toLowerCase()))));
  const sentencesOf = (c: Cluster) => [...new Set(c.mentions.map((m) => m.sentence.text))].join(' ');
  const vectors = tfidf(orgs.map((c) => contentTerms(sentencesOf(c))));
  const sourcesOf = orgs.map((c) => new Set(c.mentions.map((m) => m.source)));
  const stemsOf = orgs.map((c) => new Set(c.nodes.flatMap((n) => [...orgStems(n.words)])));
  const placesOf = orgs.map((c) => new Set(c.nodes.flatMap((n) => [...leadQualifiers(n.words)])));
  const allSources = new Set(clusters.flatMap((c) => c.mentions.map((m) => m.source))).size;
  const out = [...clusters];
  const used = new Set<number>();
  // smaller clusters (fewer sources) look for their antecedent among the others
  const order = orgs.map((_, i) => i).sort((x, y) => sourcesOf[x].size - sourcesOf[y].size);
  for (const b of order) {
    if (used.has(b)) continue;
    const scores = orgs.map((_, a) => {
      if (a === b || used.has(a) || sourcesOf[a].size < sourcesOf[b].size) return 0;
      if ([...sourcesOf[b]].some((s) => sourcesOf[a].has(s))) return 0;
      if (![...stemsOf[b]].some((s) => stemsOf[a].has(s) && !GENERIC_ORG_STEMS.has(s))) return 0;
      // (never two bodies different places qualify: the Rivertown and the Eastmoor attorney general's offices)
      if (placesOf[a].size > 0 && placesOf[b].size > 0 && ![...placesOf[b]].some((p) => placesOf[a].has(p))) return 0;
      // two names with words of their own each ("Harbour Defense Council" / "House Harbour Committee") are
      // one body only as the story's body — named in half the sources or more — that one source words
      // otherwise, as a translation does; a name whose specific words the other holds all is a shorter
      // or longer form of it anywhere ("Harbours Committee" / "Senate Harbours Committee")
      // (a word spelled another way is the same word: "Organisation" / "Organization", "Centre" / "Center")
      const holds = (y: number, t: string) => stemsOf[y].has(t) || [...stemsOf[y]].some((u) => (GENERIC_ORG_STEMS.has(t) && GENERIC_ORG_STEMS.has(u) && u.slice(0, 5) === t.slice(0, 5))
        || (t.length >= 5 && u.length >= 5 && distance(t, u) <= 1));
      const within = (x: number, y: number) => [...stemsOf[x]].every((t) => holds(y, t));
      if (!within(a, b) && !within(b, a) && sourcesOf[a].size * 2 < allSources) return 0;
      return cosine(vectors[a], vectors[b]);
    });
    const ranked = scores.map((sc, a) => [sc, a] as const).sort((x, y) => y[0] - x[0]);
    const [best, a] = ranked[0] ?? [0, -1];
    const second = ranked[1]?.[0] ?? 0;
    if (a < 0 || best < CONTEXT_COREFERENCE || best < 2 * second) continue;
    used.add(a).add(b);
    const joined = makeCluster([...orgs[a].nodes, ...orgs[b].nodes]);
    out.splice(out.indexOf(orgs[a]), 1, joined);
    out.splice(out.indexOf(orgs[b]), 1);
  }
  return out;
}
