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

// — Attribution: who gave a figure (figures/attribution.ts) —

/** "according to the ministry", "citing …", ", police said", "Jane Doe told …": the first group is who. */
export const ATTRIBUTION = [
  /^((?:the |a )?[\p{L}’' -]{2,40}?)\s+(?:put|puts|estimated|estimates|gave|gives|placed|places)\s+(?:the|their|its)\s+(?:number|figure|toll|count|total|crowd)\b/iu,
  /\baccording to ((?:the |a |an )?[^,.;:()]+)/i,
  /\bciting ((?:the |a |an )?[^,.;:()]+)/i,
  /,\s*((?:the |a )?[\p{L}][\p{L}’' -]{1,50}?)\s+(?:said|says|reported|announced|told)\b[^,;:]{0,30}$/u,
  /^((?:the )?[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*){0,4})\s+(?:said|says|told|reported|announced|estimated|stated|confirmed|claimed)\b/u,
];

/** "The army blamed “rebels”, allegedly numbering 5,000": who blames makes the claim the number is part of. */
export const CLAIMANT = /^((?:the |a )?[\p{L}][\p{L}’'-]*(?:\s+[\p{L}][\p{L}’'-]*){0,3}?)(?:\s+(?:has|have|had))?\s+(?:blamed|claimed|alleged|accused)\b/iu;

/** A pronoun names no one a reader could check. */
export const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;

/** "he said", "said she": the speaker is the person named before. */
export const PRONOUN_SAID = /\b(?:he|she)\s+(?:said|says|told|added|explained|stated|announced|claimed|insisted)\b|\b(?:said|says|added|explained)\s+(?:he|she)\b/i;

/** A name (group 1) right before a reporting verb: "Ruritania’s President Jane Doe said". */
export const SPEAKER = /((?:\p{Lu}[\p{L}’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*)[,”"]?\s+(?:said|says|told|added|explained|asserted|stated|announced|described|warned|stressed|claimed|declared|insisted|noted|pointed out|confirmed|vowed|promised|urged|argued|spoke|wrote|accused|blamed)\b/gu;

/** Words in a capitalised run that are not the person's name: titles, and what opens a sentence. */
export const NOT_NAME = /^(?:the|a|an|president|prime|minister|secretary|chairman|chairwoman|general|mr|mrs|ms|dr|king|queen|foreign|defence|defense|interior|state|former|senator|governor|mayor|chancellor|spokesman|spokeswoman|he|she|it|they|we|but|and|then|when|after|in|on)\.?$/i;

/** A lone capitalised word of an organisation ("Ministry said") is not a person. */
export const BODY_WORD = /^(?:Ministry|Government|Police|Army|Agency|Office|Council|Committee|Court|Parliament)$/;

/** Words by which a report passes on a claim without vouching for it. */
export const CLAIM_HEDGE = /\b(?:allegedly|alleged|reportedly|purportedly|supposedly|claimed|claims|said to|believed to|unconfirmed|unverified)\s+(?:\S+\s+){0,4}$/i;

// — Hedges (discrepancies/hedges.ts) —

/** Words that say a report is not (or no longer) confirmed: "could not be verified", "has since been deleted". */
export const UNCONFIRMED = /\b(?:did not confirm|(?:has|have|had) not (?:been )?confirmed|not been confirmed|could not be (?:independently )?(?:verified|confirmed)|unconfirmed|unverified|(?:has|have|had|was|were) (?:since |later )?been (?:deleted|removed|withdrawn|retracted)|(?:was|were) (?:deleted|retracted|withdrawn)|unclear whether|it is unclear|not clear whether|is unknown|are unknown|remains unknown|disputed)\b/i;
/** Words for reported information (a hedge must be about these, not about events). */
export const DATA_WORDS = /\b(?:numbers?|figures?|data|toll|count|tally|report|announcement|post|statement|information|claims?)\b/i;
/** Who gives a figure on official authority. */
export const OFFICIAL_SOURCE = /\b(?:authorit(?:y|ies)|ministry|officials?|government|police|state|president|spokes(?:man|woman|person)|agency|service|commission)\b/i;

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
