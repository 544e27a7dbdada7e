// Analysis stage (shared text utility): word and punctuation tokens with offsets, for scanning the
// few words before or after a point in a sentence.

export interface Token {
  text: string;
  /** Lower case with typographic quotes removed, for matching. */
  norm: string;
  start: number;
  end: number;
  punct: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:[’'.,-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const punct = !/[\p{L}\p{N}]/u.test(t);
    out.push({ text: t, norm: t.toLowerCase().replace(/’/g, "'"), start: offset + m.index, end: offset + m.index + t.length, punct });
  }
  return out;
}

/** Quotation marks around a word ("“terrorists”") do not end a phrase. */
export function isQuoteMark(t: Token): boolean {
  return t.punct && /^["“”‘’'«»„]$/.test(t.text);
}

/** Joins tokens' normalised text with single spaces, for phrase patterns. */
export function joinNorm(tokens: Token[]): string {
  return tokens.map((t) => t.norm).join(' ');
}

