// Analysis stage (actors): the role the sources give an actor — a title before the name ("German
// President"), an apposition after it ("X, a Paris-based charity,"), a relative clause
// ("X, which tracks air quality"), or a descriptor before it ("70-year-old former leader X",
// "the Paris-based aid agency X").
import { lang, perPack } from '../lang/index.js';
import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';
import { isAdjective, isDemonym, isFiniteVerb, isNounOnly, isPastVerb } from './wordTags.js';

export interface RoleCandidate {
  text: string;
  /** Higher is more informative: 3 qualified title, 2 apposition/descriptor, 1 bare title or clause. */
  rank: number;
}

export function roleCandidates(m: Mention): RoleCandidate[] {
  const { HONORIFICS, FINITE, APPOSITION, RELATIVE_CLAUSE } = lang().actors;
  const out: RoleCandidate[] = [];
  if (m.title && !HONORIFICS.test(m.title)) out.push({ text: m.title, rank: m.title.split(/\s+/).length > 1 ? 3 : 1 });
  const p = m.sentence.paragraphText;
  const after = p.slice(m.end);
  // (a full stop inside an abbreviation does not end it: "a spokesman for the U.S. Parks Service")
  const appo = after.match(APPOSITION);
  // an apposition names a role; a clause after the name ("According to X, the troops will leave") does not
  const role = appo && !FINITE.test(appo[1]) ? appositionRole(appo[1].trim()) : null;
  if (role) out.push({ text: role, rank: 2 });
  const rel = after.match(RELATIVE_CLAUSE);
  if (rel && !appo && describes(rel[1])) out.push({ text: rel[1].trim(), rank: 1 });
  const desc = descriptorBefore(m);
  if (desc) out.push({ text: desc, rank: 2 });
  return out;
}

/**
 * The role an apposition gives, or null when it is a clause: in "X, the military said", "X, a statement
 * said", "X, the crew surrendered quietly" a verb follows the noun, so the words are the clause's subject,
 * not X's role. A verb after a role's own words ends the role there ("an assistant state attorney
 * general said Tuesday" → "an assistant state attorney general"); a participle before a noun ("a
 * retired teacher") is no clause.
 */
function appositionRole(text: string): string | null {
  const words = text.split(/\s+/);
  // (a lower-case past form: "-s" forms are plural nouns as often — "author of six books")
  const verb = words.findIndex((w, i) => i >= 1 && (lang().SPEECH_VERBS.has(w) || (i >= 2 && /^\p{Ll}+$/u.test(w) && isPastVerb(w)
    && !(words[i + 1] && isNounOnly(words[i + 1].replace(/[^\p{L}-]/gu, ''))))));
  if (verb < 0) return text;
  const head = words.slice(0, verb);
  // ("X, the company said": an article and one noun before the verb are the clause's subject)
  return head.length >= 3 && head.some((w) => roleWords().has(w.toLowerCase().replace(/['’]s$/, ''))) ? head.join(' ') : null;
}

/** Words that make an apposition cut before its verb a role: an occupation, a title, a kind of body. */
const roleWords = perPack((l) => new Set([...l.ROLE_NOUNS, ...l.TITLES.flat(), ...l.ORG_HEADS, ...l.actors.BODY_ROLE_WORDS]));

/**
 * A relative clause that says what the actor is or does habitually ("which tracks air quality", "who
 * runs a youth ministry"): a present-tense verb of its own. One that tells what happened or was done
 * to it ("which was nearly flattened", "who had 17 rebounds", "who later became …") is the
 * story, not a role.
 */
function describes(clause: string): boolean {
  const first = clause.trim().split(/\s+/)[0].toLowerCase();
  // (not where it is: "which lies on the border of …", "which sits on the river")
  return /[^s]s$/.test(first) && !lang().actors.NOT_HABITUAL_VERB.test(first) && isFiniteVerb(first);
}

/**
 * Lower-case words right before the name that include an occupational noun ("former leader"), or a
 * sentence that opens with one and reaches the name without a full stop ("Researcher at …, … X").
 */
function descriptorBefore(m: Mention): string | null {
  const { ORG_HEADS, ROLE_NOUNS } = lang();
  const { ROLE_QUALIFIER, ROLE_CONNECTIVE, ROLE_CONNECTIVE_KEPT } = lang().actors;
  const s = m.sentence;
  const i = s.tokens.findIndex((t) => t.start === m.start);
  if (i <= 0) return null;
  const first = s.tokens[0];
  // the name must follow the descriptor directly ("… foreign policy Jyri X"), not after a comma
  // (never a clause: "King said that when he broke the news to X", "Judge Y recessed the court and directed that X")
  // (and not onto the body a person works for: "Director at security company Norvex, Jo Roe said")
  const bodyBefore = roleWords().has(s.tokens[i - 1].word.toLowerCase()) && !ROLE_NOUNS.has(s.tokens[i - 1].word.toLowerCase());
  if (ROLE_NOUNS.has(first.word.toLowerCase()) && !bodyBefore && i <= 16 && /^\s+$/.test(s.tokens[i].gapBefore) && !s.tokens[i - 1].cap
    && !s.tokens.slice(1, i).some((t) => !t.cap && isFiniteVerb(t.word))) {
    return s.paragraphText.slice(first.start, m.start).replace(/[\s,]+$/, '') || null;
  }
  let k = i;
  // lower-case words, and capitalised qualifiers of a role ("Former Yugoslav leader")
  // (not past a verb: "said sheriff's spokesman X" gives "sheriff's spokesman")
  const qualifier = (t: Token) => (!t.cap && !lang().SPEECH_VERBS.has(t.word) && !isPastVerb(t.word))
    || isDemonym(t.word) || isAdjective(t.word) || ROLE_QUALIFIER.test(t.word);
  while (k > 0 && qualifier(s.tokens[k - 1]) && /^\s+$/.test(s.tokens[k].gapBefore) && i - k < 5) k--;
  const words = s.tokens.slice(k, i);
  // a person's occupation, or the kind of body an organisation is ("the regional aid agency X")
  const isRoleNoun = (w: string) => ROLE_NOUNS.has(w) || (m.kind === 'organisation' && ORG_HEADS.has(w));
  const nounAt = words.findIndex((t) => isRoleNoun(t.word.toLowerCase()));
  if (nounAt < 0 || nounAt !== words.length - 1) return null;
  // the role starts after the last preposition the window caught ("against 70-year-old former leader",
  // "loyal to former governor"), then after leading articles
  const connective = (t: Token) => ROLE_CONNECTIVE.test(t.word);
  let from = 0;
  for (let j = 0; j < nounAt; j++) if (connective(words[j]) && !ROLE_CONNECTIVE_KEPT.test(words[j].word)) from = j + 1;
  while (from < nounAt && connective(words[from])) from++;
  return s.paragraphText.slice(words[from].start, words[words.length - 1].end);
}

/** The role to show: the most informative rank, then the wording most sources use, then the longest. */
export function chooseRole(mentions: Mention[]): string | null {
  const tally = new Map<string, { rank: number; sources: Set<string>; count: number }>();
  for (const m of mentions) {
    for (const c of roleCandidates(m)) {
      const key = c.text;
      const e = tally.get(key) ?? { rank: c.rank, sources: new Set<string>(), count: 0 };
      e.sources.add(m.source);
      e.count++;
      tally.set(key, e);
    }
  }
  const best = [...tally.entries()].sort(([ta, a], [tb, b]) =>
    b.rank - a.rank || b.sources.size - a.sources.size || b.count - a.count || tb.length - ta.length)[0];
  return best ? cleanRole(best[0]) || null : null;
}

/**
 * A role as a profile shows it: without a leading article or an age ("the 70-year-old …" — the age is a
 * figure of its own), and a quoted epithet put after the plain role ("“the iron lady” and former leader"
 * → "former leader (“the iron lady”)").
 */
export function cleanRole(role: string): string {
  const { ROLE_LEADS, ROLE_EPITHET } = lang().actors;
  let r = ROLE_LEADS.reduce((text, lead) => text.replace(lead, ''), role.trim());
  const epithet = r.match(ROLE_EPITHET);
  if (epithet) r = `${epithet[2]} (${epithet[1]})`;
  return r;
}

/** Text spans (paragraph offsets) that are role descriptors: names inside them are not actors themselves. */
export function descriptorSpans(m: Mention): { start: number; end: number } | null {
  const desc = descriptorBefore(m);
  if (!desc) return null;
  const start = m.sentence.paragraphText.lastIndexOf(desc, m.start);
  return start >= 0 ? { start, end: start + desc.length } : null;
}
