// Analysis stage (shared text utility): the clause around a phrase, kept short, so a quote shows the
// words that matter and still is an exact substring of the paragraph. Its words are the pack's
// (lang().text).
import { lang } from '../lang/index.js';

/**
 * Bounds of the clause holding [coreStart, coreEnd): clause punctuation, or "and"/"but". On the left an
 * "and" only bounds the clause when it opens the phrase itself ("… died and nearly 6,000 were …").
 */
export function clauseAround(text: string, coreStart: number, coreEnd: number): [number, number] {
  const { CLAUSE_MARK } = lang().text;
  let left = 0;
  for (const m of text.slice(0, coreStart).matchAll(CLAUSE_MARK)) {
    if (/\w/.test(m[0]) && !/^\s*(?:\S+\s+){0,2}$/.test(text.slice(m.index + m[0].length, coreStart))) continue;
    left = m.index + m[0].length;
  }
  let right = text.length;
  CLAUSE_MARK.lastIndex = 0;
  const m = CLAUSE_MARK.exec(text.slice(coreEnd));
  CLAUSE_MARK.lastIndex = 0;
  if (m) right = coreEnd + m.index;
  return [left, right];
}

/** A quote of the clause around the core, at most `maxLeft`/`maxRight` characters beyond it, trimmed. */
export function clauseQuote(text: string, coreStart: number, coreEnd: number, maxLeft = 70, maxRight = 45): [number, number] {
  let [left, right] = clauseAround(text, coreStart, coreEnd);
  if (coreStart - left > maxLeft) {
    const cut = text.indexOf(' ', coreStart - maxLeft);
    left = cut >= 0 && cut < coreStart ? cut + 1 : coreStart;
  }
  if (right - coreEnd > maxRight) right = phraseCut(text, coreEnd, coreEnd + maxRight);
  while (left < right && /[\s”’'»]/.test(text[left])) left++;
  while (right > left && /[\s.,;:“‘«]/.test(text[right - 1])) right--;
  return [Math.min(left, coreStart), Math.max(right, coreEnd)];
}

/**
 * Where to stop a quote that is too long, at or before `limit`: before the last phrase opener in
 * reach ("…to the border | at the request…"), else at a word end that leaves no function word hanging.
 */
function phraseCut(text: string, coreEnd: number, limit: number): number {
  const { PHRASE_OPENER, HANGING } = lang().text;
  let best = -1;
  for (const m of text.slice(coreEnd, limit + 1).matchAll(/\s(\p{L}+)/gu)) {
    if (PHRASE_OPENER.test(m[1])) best = coreEnd + m.index;
  }
  if (best > coreEnd) return best;
  let cut = text.lastIndexOf(' ', limit);
  while (cut > coreEnd && HANGING.test(text.slice(coreEnd, cut))) cut = text.lastIndexOf(' ', cut - 1);
  return cut > coreEnd ? cut : coreEnd;
}
