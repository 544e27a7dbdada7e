// Analysis stage (shared text utility): the clause around a phrase, kept short, so a quote shows the
// words that matter and still is an exact substring of the paragraph.

const CLAUSE_MARK = /[;()—–]|[:,](?=\s)|\s(?:and|but|while)\s/g;

/**
 * Bounds of the clause holding [coreStart, coreEnd): clause punctuation, or "and"/"but". On the left an
 * "and" only bounds the clause when it opens the phrase itself ("… died and nearly 8,000 were …").
 */
export function clauseAround(text: string, coreStart: number, coreEnd: number): [number, number] {
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
  if (right - coreEnd > maxRight) {
    const cut = text.lastIndexOf(' ', coreEnd + maxRight);
    right = cut > coreEnd ? cut : coreEnd;
  }
  while (left < right && /[\s”’'»]/.test(text[left])) left++;
  while (right > left && /[\s.,;:“‘«]/.test(text[right - 1])) right--;
  return [Math.min(left, coreStart), Math.max(right, coreEnd)];
}
