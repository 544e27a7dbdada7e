// Analysis stage (shared text utility): splits a paragraph into sentences with character offsets, so
// every quote taken from a sentence stays an exact substring of the paragraph.
import { createRequire } from 'node:module';
import type nlpOne from 'compromise/one';
import { lang } from '../lang/index.js';

// The package's `require` build of compromise/one is one prebuilt file (~25 ms to load); its ESM entry
// is ~100 source modules (~160 ms). Both are the same release, so they split identically.
const nlp = createRequire(import.meta.url)('compromise/one') as typeof nlpOne;

export interface Span {
  text: string;
  /** Offset of the first character in the paragraph text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/**
 * compromise's sentence splitter knows abbreviations ("Mr.", "U.S.", "i.e.") and closing quotes, which a
 * plain regex gets wrong. Only its splitter is called (not the tagger): it is ~20× faster, and the pieces
 * are located in the text so offsets are exact.
 */
const splitter = (nlp.methods() as { one: { tokenize: { splitSentences: (text: string, world: unknown) => string[] } } }).one.tokenize.splitSentences;
const world = nlp.world();

/**
 * Each paragraph is split by several extractors (figures, actors, summary, discrepancies): the spans are
 * kept per text, frozen so no caller can change another's, and forgotten in bulk past a bound.
 */
const memo = new Map<string, readonly Span[]>();
const MEMO_LIMIT = 20_000;

export function splitSentences(text: string): readonly Span[] {
  let spans = memo.get(text);
  if (!spans) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    spans = Object.freeze(split(text).map((s) => Object.freeze(s)));
    memo.set(text, spans);
  }
  return spans;
}

function split(text: string): Span[] {
  const out: Span[] = [];
  let pos = 0;
  for (const piece of splitter(text, world)) {
    const at = text.indexOf(piece, pos);
    if (at < 0) return splitPlain(text);
    const span = trimSpan(text, at, at + piece.length);
    if (span.text) out.push(span);
    pos = at + piece.length;
  }
  return out.length ? joinNumberAbbreviations(text, out) : splitPlain(text);
}


function joinNumberAbbreviations(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && lang().text.NUMBER_ABBREVIATION.test(last.text) && /^\d/.test(span.text)) out[out.length - 1] = trimSpan(text, last.start, span.end);
    else out.push(span);
  }
  return out;
}

function splitPlain(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^.!?]+(?:[.!?]+["'”’)]*|$)/g)) {
    const span = trimSpan(text, m.index, m.index + m[0].length);
    if (span.text) out.push(span);
  }
  return out;
}

export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { text: text.slice(start, end), start, end };
}
