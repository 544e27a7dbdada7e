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

export const STOPWORDS = new Set(
  'a an the and or but of to in on at by for with from as that this these those is are was were be been being has have had it its his her their they he she we you i not no so than then there which who whom what when where while after before since during about into over under up down out off also more most other such only own same very will would can could should may might must said says say'.split(' '),
);
