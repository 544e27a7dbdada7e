// Analysis stage (shared text utility): splits a paragraph into sentences with character offsets, so
// every quote taken from a sentence stays an exact substring of the paragraph.
import nlp from 'compromise';

export interface Span {
  text: string;
  /** Offset of the first character in the paragraph text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/**
 * compromise knows abbreviations ("Mr.", "U.S.", "i.e.") and closing quotes, which a regex splitter
 * gets wrong; its offsets are checked against the text and a plain splitter takes over if they drift.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const json = nlp(text).json({ offset: true }) as { text: string; offset: { start: number; length: number } }[];
  for (const s of json) {
    const start = s.offset.start;
    const raw = text.slice(start, start + s.offset.length);
    if (raw.trim() !== s.text.trim()) return splitPlain(text);
    out.push(trimSpan(text, start, start + s.offset.length));
  }
  return out.length ? out.filter((s) => s.text.length > 0) : splitPlain(text);
}

function splitPlain(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?]+(?:[.!?]+["'”’)]*|$)/g;
  for (const m of text.matchAll(re)) {
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
