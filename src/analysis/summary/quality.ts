// Analysis stage (summary): how well a sentence reads on its own in a briefing — a multiplier in (0, 1]
// that penalises what leans on context (an opening pronoun or connective, "he said", "also", "today"),
// background about an earlier event ("Last year, …"), a line that names nothing, clutter
// (quotation marks, brackets, "i.e."), signs of a rough translation, and length.

import { lang, listPattern, perPack } from '../lang/index.js';

/** Opens with a pronoun or connective that points back ("He said", "However"). */
const POINTS_BACK = perPack((l) => listPattern(l.summary.POINTS_BACK, 'iu', '^', '(?![\\p{L}-])'));
/** A connective inside the first clause that answers the previous sentence ("The company, however, …"). */
const CONNECTIVE_INSIDE = perPack((l) => listPattern(l.summary.CONNECTIVE_INSIDE, 'i', '^[^,]{1,40},\\s+', ','));
/** Someone named in an earlier sentence, as the object ("Officers stopped him"): a wording with the name reads better. */
const OBJECT_PRONOUN = perPack((l) => listPattern(l.summary.OBJECT_PRONOUNS, 'i'));
/** Refers to something said before. */
const ALSO = perPack((l) => listPattern(l.summary.ALSO, 'i'));
/** Time relative to the day of writing, meaningless once the report is read later. */
const RELATIVE_TIME = perPack((l) => listPattern(l.summary.RELATIVE_TIME, 'i'));
/** Spelled-out asides and brackets that a plain sentence does without. */
const CLUTTER = perPack((l) => listPattern(l.summary.ASIDES, 'gi', '\\b', '|[()[\\]]'));
/** Traces of machine translation: a space before punctuation, a doubled word. */
const ROUGH = /\s[.,;:!?](?:\s|$)|\b(\w+)\s+\1\b/i;

const LONG = 28;

/**
 * No name, number or date after its first word: a comment or a scene ("The record is set, but history
 * is still waiting."), not a fact a briefing reports — such a line needs the others to say more first.
 * A toll or a denial ("No one was injured.", "The cause has not been determined.") is news without names.
 */
function namesNothing(text: string): boolean {
  return !/\d/.test(text) && !/\s[“"'‘(]?\p{Lu}/u.test(text) && !lang().NEGATION.test(text) && !TOLL_WORDS().test(text);
}

const TOLL_WORDS = perPack((l) => listPattern(l.summary.TOLL_OR_CAUSE, 'i'));

export function readability(text: string): number {
  const { PRONOUN_SUBJECT, EARLIER } = lang().summary;
  let q = 1;
  if (POINTS_BACK().test(text) || PRONOUN_SUBJECT.test(text) || CONNECTIVE_INSIDE().test(text)) q *= 0.4;
  if (EARLIER.test(text)) q *= 0.5;
  if (namesNothing(text)) q *= 0.6;
  if (lang().PRONOUN_SPEAKER.test(text)) q *= 0.6;
  if (ALSO().test(text)) q *= 0.8;
  if (OBJECT_PRONOUN().test(text.replace(/“[^”]*”|"[^"]*"|``.*?''/g, ' '))) q *= 0.8;
  if (RELATIVE_TIME().test(text)) q *= 0.7;
  q *= 0.85 ** (text.match(CLUTTER()) ?? []).length;
  // quotation marks, not apostrophes ("country’s")
  q *= 0.95 ** Math.floor((text.match(/["“”‘]|(?<!\p{L})’|’(?!\p{L})/gu) ?? []).length / 2);
  if (ROUGH.test(text)) q *= 0.6;
  const words = text.split(/\s+/).length;
  if (words > LONG) q *= LONG / words;
  return q;
}
