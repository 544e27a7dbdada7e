// Analysis stage (discrepancies): turns a matched phrase in a sentence into a verbatim statement (the
// clause around it, with source and ¶).
import type { FigureValue, Statement } from '../types.js';
import { clauseQuote } from '../text/clauses.js';
import type { SentenceRef } from '../text/corpus.js';

/** A statement quoting the clause around [start, end) of the sentence (offsets within the sentence). */
export function statementAt(ref: SentenceRef, start: number, end: number, maxLeft = 70, maxRight = 60): Statement {
  const [l, r] = clauseQuote(ref.sentence.text, start, end, maxLeft, maxRight);
  return { source: ref.source, paragraph: ref.paragraph, quote: ref.sentence.text.slice(l, r), start: ref.sentence.start + l };
}

/** A statement quoting the whole sentence. */
export function sentenceStatement(ref: SentenceRef): Statement {
  return { source: ref.source, paragraph: ref.paragraph, quote: ref.sentence.text, start: ref.sentence.start };
}

/** A figure value's own quote as a statement. */
export function valueStatement({ source, quote, paragraph, start }: FigureValue): Statement {
  return { source, quote, paragraph, start };
}

export function sameStatement(a: Statement, b: Statement): boolean {
  return a.source === b.source && a.paragraph === b.paragraph && a.quote === b.quote;
}
