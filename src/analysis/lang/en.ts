// Analysis stage, language pack (English): the words the analysis reads a report by — who speaks and
// how. A rule asks this pack for its vocabulary instead of writing it out, so the verbs are spelt once
// and a second language is a second pack (like marked's rules.ts, one table of patterns per flavour).
// The sentences of a discrepancy's note are the pack's too: a rule gives its data (sides, values), the
// pack words it, so no rule writes English.
import { bySourceOrder } from '../text/corpus.js';

/** Verbs of speech only — a sentence where an actor is their subject is a statement by that actor. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'stated', 'states', 'warned', 'warns', 'claimed', 'claims', 'added', 'adds',
  'stressed', 'stresses', 'declared', 'declares', 'noted', 'notes', 'accused', 'accuses', 'vowed', 'vows', 'assured',
  'assures', 'described', 'describes', 'called', 'calls', 'estimated', 'estimates', 'confirmed', 'confirms',
  'denounced', 'denounces', 'asserted', 'asserts', 'explained', 'explains', 'praised', 'praises', 'promised',
  'promises', 'rejected', 'rejects', 'announced', 'announces', 'insisted', 'insists', 'argued', 'argues', 'urged',
  'urges', 'demanded', 'demands', 'blamed', 'blames', 'denied', 'denies', 'admitted', 'admits', 'pointed',
  'wrote', 'writes', 'replied', 'acknowledged', 'recalled', 'agreed', 'made', 'expressed', 'cited',
  'say', 'tell', 'confirm', 'deny', 'warn', 'claim', 'announce', 'accuse', 'promise', 'reject', 'insist', 'urge',
]);

/** Reporting and acting verbs: a name right before one of these is speaking or acting in the story. */
export const ACTION_VERBS = new Set([
  ...SPEECH_VERBS,
  'reported', 'reports', 'points', 'monitors', 'monitored', 'ordered', 'orders', 'sent', 'sends', 'deployed',
  'deploys', 'met', 'meets', 'attended', 'attends', 'signed', 'signs', 'authorized', 'authorised', 'resigned',
  'resigns', 'arrested', 'killed', 'launched', 'condemned', 'condemns', 'welcomed', 'welcomes', 'threatened',
  'threatens', 'order', 'send', 'deploy', 'meet', 'sign', 'report', 'demand', 'blame', 'admit', 'provide',
  'provided', 'provides', 'asked', 'asks', 'answered', 'replies',
]);

/** Verbs whose object can be the report itself ("said the talks failed"); others need a quote or "that". */
export const SAYING_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'stated', 'states', 'added', 'adds', 'noted', 'notes', 'explained', 'explains',
  'wrote', 'writes', 'replied', 'estimated', 'estimates', 'claimed', 'claims', 'warned', 'warns', 'insisted', 'insists',
  'argued', 'argues', 'announced', 'announces', 'confirmed', 'confirms', 'acknowledged', 'admitted', 'admits',
  'asserted', 'asserts', 'stressed', 'stresses', 'declared', 'declares', 'vowed', 'vows', 'promised', 'promises',
  'assured', 'assures', 'say', 'tell', 'confirm', 'claim', 'announce', 'warn', 'promise', 'insist',
]);

/** A verb list as a regular-expression alternation, in its order. */
export const alternation = (words: readonly string[]): string => words.join('|');

// Each rule below reads speech by its own verbs (which verbs count is the rule's logic); their forms are spelt here.

/** Verbs that make a sentence a response or a statement rather than the event (summary order). */
export const RESPONSE_VERBS = ['according to', 'said', 'says', 'declared', 'vowed', 'warned', 'promised', 'stressed', 'claimed', 'accused', 'described', 'called', 'told', 'added', 'announced', 'insisted', 'urged', 'denounced', 'confirmed', 'asserted', 'praised', 'blamed', 'condemned', 'pledged', 'assured'];

/** Verbs after a pronoun that leave the speaker to the sentence before ("…, he said"). */
export const PRONOUN_SPEECH_VERBS = ['said', 'says', 'added', 'told', 'explained', 'noted', 'stressed', 'claimed', 'warned', 'insisted'];

/** Verbs of an attribution that opens a sentence ("X said that …"), stripped when sentences are compared. */
export const LEAD_ATTRIBUTION_VERBS = ['said', 'says', 'told reporters', 'told', 'added', 'stated', 'stressed', 'noted', 'warned', 'explained', 'claimed', 'declared', 'vowed', 'confirmed', 'announced', 'insisted', 'promised', 'assured', 'asserted'];

// — Notes —

/** Lists source ids the way a note reads them, in source order: "S1", "S1 and S3", "S1, S2 and S4". */
export function listSources(ids: string[]): string {
  const u = [...new Set(ids)].sort(bySourceOrder);
  // A note is reprinted on every page that cites it: with hundreds of sources, name the first few.
  if (u.length > LISTED_SOURCES) return `${u.slice(0, LISTED_SOURCES).join(', ')} and ${u.length - LISTED_SOURCES} other sources`;
  return u.length <= 1 ? (u[0] ?? '') : `${u.slice(0, -1).join(', ')} and ${u[u.length - 1]}`;
}

const LISTED_SOURCES = 6;

/** One side of a disagreement: what some sources say, and which sources say it. */
export interface Side<T = string> {
  value: T;
  sources: string[];
}

/** "2019 (S1 and S3)". */
const told = (s: Side<string | number>) => `${s.value} (${listSources(s.sources)})`;
/** "“Bern” (S1)". */
const quoted = (s: Side) => `“${s.value}” (${listSources(s.sources)})`;

/** One amount of a conflicting figure: who gave it (the first few), and which sources give it with or without saying who. */
export interface FigureSide {
  amount: string;
  speakers: string[];
  /** Speakers past those named. */
  moreSpeakers: number;
  sources: string[];
  credited: string[];
  uncredited: string[];
}

/** "1,240 — given by the minister (S2 and S3)", "1,800 (S4)". */
function givenBy(v: FigureSide): string {
  const all = listSources(v.sources);
  const who = v.moreSpeakers > 0 ? [...v.speakers, `${v.moreSpeakers} others`] : v.speakers;
  if (!who.length) return `${v.amount} (${all})`;
  const credited = listSources(v.credited);
  return `${v.amount} — given by ${who.join(' and ')} (${credited === all ? all : `${credited}; also ${listSources(v.uncredited)}`})`;
}

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A discrepancy's subject and note, worded from its rule's data (one entry per rule in discrepancies/). */
export const NOTES = {
  /** hedges.ts: some sources give a figure on official authority, others say it is unconfirmed. */
  unconfirmed: (label: string, official: Side<string[]>, hedging: string[]) => ({
    about: `whether the number of ${label} is official`,
    note: `${listSources(official.sources)} report${new Set(official.sources).size > 1 ? '' : 's'} it on official authority (${official.value.join('; ')}); ${listSources(hedging)} say${new Set(hedging).size > 1 ? '' : 's'} it is unconfirmed, unclear or was withdrawn.`,
  }),
  /** spellings.ts: one name spelt two ways by different sources. */
  spelling: (a: Side, b: Side) => ({
    about: `spelling of “${a.value}”`,
    note: `The sources spell this name two ways: ${quoted(a)} and ${quoted(b)}.`,
  }),
  /** quoteSpeakers.ts: the same quotation given to two people. */
  speakers: (opening: string, a: Side, b: Side) => ({
    about: `who said “${opening}…”`,
    note: `The same words are given to ${told(a)} and to ${told(b)}.`,
  }),
  /** datedEvents.ts: an event dated to different years. */
  eventYear: (event: string, years: Side<string | number>[]) => ({
    about: `when the ${event} happened`,
    note: `Sources give different years for the ${event}: ${years.map(told).join(' against ')}.`,
  }),
  /** sentenceCounts.ts: how many sentences (of a kind) are being served. */
  sentenceCount: (kind: string, counts: Side<number>[]) => ({
    about: `number of ${kind}s being served`,
    note: `Sources disagree on how many ${kind}s are being served: ${counts.map((c) => told({ ...c, value: c.value === 1 ? 'one' : c.value })).join('; ')}.`,
  }),
  /** figureConflicts.ts: amounts that cannot all be true; the most-reported first, the rest counted. */
  figureConflict: (label: string, amounts: FigureSide[], otherAmounts: number, selfContradicting: string[]) => {
    const more = otherAmounts > 0 ? `; and ${otherAmounts} other value${otherAmounts === 1 ? '' : 's'}` : '';
    const self = selfContradicting.length ? ` ${listSources(selfContradicting)} ${selfContradicting.length > 1 ? 'contradict themselves' : 'contradicts itself'}.` : '';
    return `Sources disagree on ${label}: ${amounts.map(givenBy).join('; ')}${more}.${self}`;
  },
  /** figureConflicts.ts: one amount, but sources count different things ("vehicles" against "pieces of equipment"). */
  countedKinds: (label: string, amount: string, kinds: Side<string[]>[]) => ({
    about: `kind of ${label} (${amount})`,
    note: `Sources give the same number but count different things (${kinds.map((k) => `${listSources(k.sources)}: ${k.value.join(' and other ')}`).join('; ')}).`,
  }),
  /** acronymLists.ts: members of a list some sources name and others leave out. */
  listMembers: (noun: string, members: string[], naming: string[], notNaming: string[]) => {
    const by = listSources(naming);
    const without = listSources(notNaming);
    return {
      about: `which ${noun} are named`,
      note: `${by} name${/ and /.test(by) ? '' : 's'} ${members.join(', ')} among the ${noun}${without ? `; ${without} do${/ and /.test(without) ? '' : 'es'} not` : ''}.`,
    };
  },
  /** contrastingPredicates.ts: each side's own words, with the sources that use them. */
  contrast: (sides: Side[][]) => `The sources tell it differently: ${sides.map((words) => words.map(quoted).join(', ')).join(' against ')}.`,
  /** nationalityLists.ts: what each source calls the forces, and the nations the listing sources count. */
  nationality: (calls: { source: string; words: string }[], lists: { source: string; nations: number; words: string }[]) => ({
    about: 'nationality of the deployed forces',
    note: `${[...calls.map((c) => `${c.source} calls them ${c.words}`), ...lists.map((l) => `${l.source} lists troops of ${COUNT_WORDS[l.nations] ?? String(l.nations)} nations (${l.words})`)].join('; ')}.`,
  }),
  /** actors/nameDiscrepancy.ts: a person's name spelt several ways, each at its first use. */
  nameSpellings: (name: string, spellings: Side[]) => ({
    about: `spelling of ${name}’s name`,
    note: `The sources spell this name ${spellings.length} ways: ${spellings.map((s) => `“${s.value}” (${s.sources.join(', ')})`).join(', ')}. They are transliterations of one name.`,
  }),
  /** priceVariants.ts: the prices said to have set off protests. */
  prices: (prices: Side[]) => ({
    about: 'which prices set off the protests',
    note: `The sources name different prices: ${prices.map(quoted).join(', ')}.`,
  }),
};
