// Analysis stage, language pack (English): the words the analysis reads a report by — who speaks and
// how. A rule asks this pack for its vocabulary instead of writing it out, so the verbs are spelt once
// and a second language is a second pack (like marked's rules.ts, one table of patterns per flavour).

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
