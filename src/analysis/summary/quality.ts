// Analysis stage (summary): how well a sentence reads on its own in a briefing — a multiplier in (0, 1]
// that penalises what leans on context (an opening pronoun, "he said", "also", "today"), clutter
// (quotation marks, brackets, "i.e."), signs of a rough translation, and length.

import { alternation, PRONOUN_SPEECH_VERBS } from '../lang/en.js';

/** Opens with a pronoun or connective that points back ("He said", "However"). */
const POINTS_BACK = /^(?:he|she|it|they|this|that|these|those|his|her|their|its|however|but|and|also|instead|meanwhile|for his part|for her part|in another context|at the same time)\b/i;
/** A speaker given only as a pronoun ("…, he said", "he added"). */
const PRONOUN_SPEAKER = new RegExp(`\\b(?:he|she|they)\\s+(?:${alternation(PRONOUN_SPEECH_VERBS)})\\b`, 'i');
/** Refers to something said before. */
const ALSO = /\b(?:also|too|as well|either|again)\b/i;
/** Time relative to the day of writing, meaningless once the report is read later. */
const RELATIVE_TIME = /\b(?:today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening|week|month|year)|(?:last|next|past) (?:night|week|month|year|weekend)|(?:in )?recent days)\b/i;
/** Spelled-out asides and brackets that a plain sentence does without. */
const CLUTTER = /\b(?:i\.e\.|e\.g\.|so-called)|[()[\]]/gi;
/** Traces of machine translation: a space before punctuation, a doubled word. */
const ROUGH = /\s[.,;:!?](?:\s|$)|\b(\w+)\s+\1\b/i;

const LONG = 28;

export function readability(text: string): number {
  let q = 1;
  if (POINTS_BACK.test(text)) q *= 0.4;
  if (PRONOUN_SPEAKER.test(text)) q *= 0.6;
  if (ALSO.test(text)) q *= 0.8;
  if (RELATIVE_TIME.test(text)) q *= 0.7;
  q *= 0.85 ** (text.match(CLUTTER) ?? []).length;
  // quotation marks, not apostrophes ("country’s")
  q *= 0.95 ** Math.floor((text.match(/["“”‘]|(?<!\p{L})’|’(?!\p{L})/gu) ?? []).length / 2);
  if (ROUGH.test(text)) q *= 0.6;
  const words = text.split(/\s+/).length;
  if (words > LONG) q *= LONG / words;
  return q;
}
