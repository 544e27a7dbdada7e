// Analysis stage (summary): how well a sentence reads on its own in a briefing — a multiplier in (0, 1]
// that penalises what leans on context (an opening pronoun or connective, "he said", "also", "today"),
// background about an earlier event ("Last year, …"), a line that names nothing, clutter
// (quotation marks, brackets, "i.e."), signs of a rough translation, and length.

import { lang } from '../lang/index.js';

/** Opens with a pronoun or connective that points back ("He said", "However"). */
const POINTS_BACK = /^(?:he|she|it|they|this|that|these|those|his|her|their|its|however|but|and|also|instead|meanwhile|for his part|for her part|in another context|at the same time|additionally|in addition|moreover|furthermore|indeed|likewise|similarly|nevertheless|nonetheless|still|then|thus|therefore|consequently|as a result|otherwise|besides|even so|there,)(?![\p{L}-])/iu;
/** After an opening phrase, a pronoun is the subject: who "they" are was said before ("Like the new model, they …"). */
const PRONOUN_SUBJECT = /^[^,;:]{2,60},\s+(?:he|she|they|it)\s+(?!said\b|says\b)\p{Ll}/u;
/** A connective inside the first clause that answers the previous sentence ("The company, however, …"). */
const CONNECTIVE_INSIDE = /^[^,]{1,40},\s+(?:however|though|meanwhile|in turn|too|instead|nevertheless|nonetheless|moreover|furthermore|therefore),/i;
/**
 * Opens with a time before the event: background about an earlier one ("Last month, …", "In 2004, …",
 * "Earlier this morning, a smaller quake…", "The last earthquake measuring 3.0 occurred…").
 */
const EARLIER = /^(?:(?:last|earlier this|earlier that|the previous|the preceding) (?:week|month|year|season|summer|winter|spring|autumn|fall|decade)|in \d{4}|(?:\w+ )?(?:days|weeks|months|years|decades) (?:ago|earlier|before)|previously|in the past|earlier (?:today|(?:this|that) (?:morning|afternoon|evening|day))|the (?:last|previous|most recent|prior) (?:time|\p{L}+(?: \p{L}+)? (?:measuring|of magnitude|to (?:hit|strike)|occurred|struck|hit)))\b/iu;
/** Someone named in an earlier sentence, as the object ("Police pulled him over"): a wording with the name reads better. */
const OBJECT_PRONOUN = /\b(?:him|them)\b/i;
/** Refers to something said before. */
const ALSO = /\b(?:also|too|as well|either|again)\b/i;
/** Time relative to the day of writing, meaningless once the report is read later. */
const RELATIVE_TIME = /\b(?:today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening|week|month|year)|(?:last|next|past) (?:night|week|month|year|weekend)|(?:in )?recent days)\b/i;
/** Spelled-out asides and brackets that a plain sentence does without. */
const CLUTTER = /\b(?:i\.e\.|e\.g\.|so-called)|[()[\]]/gi;
/** Traces of machine translation: a space before punctuation, a doubled word. */
const ROUGH = /\s[.,;:!?](?:\s|$)|\b(\w+)\s+\1\b/i;

const LONG = 28;

/**
 * No name, number or date after its first word: a comment or a scene ("The record is set, but history
 * is still waiting."), not a fact a briefing reports — such a line needs the others to say more first.
 * A toll or a denial ("No one was injured.", "The cause has not been determined.") is news without names.
 */
function namesNothing(text: string): boolean {
  return !/\d/.test(text) && !/\s[“"'‘(]?\p{Lu}/u.test(text) && !lang().NEGATION.test(text) && !TOLL_WORDS.test(text);
}

const TOLL_WORDS = /\b(?:killed|died|dead|deaths?|injur(?:ed|y|ies)|wounded|hurt|arrested|missing|evacuated|damage[ds]?|destroyed|cause)\b/i;

export function readability(text: string): number {
  let q = 1;
  if (POINTS_BACK.test(text) || PRONOUN_SUBJECT.test(text) || CONNECTIVE_INSIDE.test(text)) q *= 0.4;
  if (EARLIER.test(text)) q *= 0.5;
  if (namesNothing(text)) q *= 0.6;
  if (lang().PRONOUN_SPEAKER.test(text)) q *= 0.6;
  if (ALSO.test(text)) q *= 0.8;
  if (OBJECT_PRONOUN.test(text.replace(/“[^”]*”|"[^"]*"|``.*?''/g, ' '))) q *= 0.8;
  if (RELATIVE_TIME.test(text)) q *= 0.7;
  q *= 0.85 ** (text.match(CLUTTER) ?? []).length;
  // quotation marks, not apostrophes ("country’s")
  q *= 0.95 ** Math.floor((text.match(/["“”‘]|(?<!\p{L})’|’(?!\p{L})/gu) ?? []).length / 2);
  if (ROUGH.test(text)) q *= 0.6;
  const words = text.split(/\s+/).length;
  if (words > LONG) q *= LONG / words;
  return q;
}
