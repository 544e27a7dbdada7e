// Analysis stage (summary): which discrepancies a summary sentence touches — it quotes (overlaps) one of
// the discrepancy's statements, uses a disputed spelling, or states the same figure about the same thing.
import { findNumbers } from '../text/numbers.js';
import type { Discrepancy } from '../types.js';
import type { Candidate } from './candidates.js';
import { contentTerms } from './terms.js';

/** Ids of the discrepancies that a sentence, or the sentences in other sources that support it, touch. */
export function touchedDiscrepancies(group: Candidate[], discrepancies: Discrepancy[]): string[] {
  return discrepancies.filter((d) => group.some((c) => touches(c, d))).map((d) => d.id);
}

function touches(c: Candidate, d: Discrepancy): boolean {
  for (const s of d.statements) {
    if (s.source === c.source && s.paragraph === c.paragraph && (c.text.includes(s.quote) || s.quote.includes(c.text))) return true;
  }
  // a spelling the sources disagree on, used in the sentence
  if (d.kind === 'name') return d.statements.some((s) => c.text.includes(s.quote));
  if (d.kind !== 'figure') return false;
  const own = figureWords(c, c.text);
  // the same number about the same thing: a shared value and a shared content word in the statement
  return d.statements.some((s) => {
    const said = figureWords(s, s.quote);
    return said.numbers.some((v) => own.values.has(v)) && [...said.words].some((t) => own.words.has(t));
  });
}

interface FigureWords {
  text: string;
  /** Every number's value, calendar ones included. */
  numbers: number[];
  /** Values of the numbers that are not dates, times or years. */
  values: Set<number>;
  /** Content words (no numbers). */
  words: Set<string>;
}

/**
 * The numbers and content words of a sentence or quote, memoised by its object (and checked against its
 * text): every summary sentence is compared with every statement of every figure discrepancy.
 */
const figureWordCache = new WeakMap<object, FigureWords>();

function figureWords(owner: object, text: string): FigureWords {
  let found = figureWordCache.get(owner);
  if (found?.text !== text) {
    const numbers = findNumbers(text);
    found = {
      text,
      numbers: numbers.map((n) => n.value),
      values: new Set(numbers.filter((n) => !n.calendar).map((n) => n.value)),
      words: new Set(contentTerms(text).filter((t) => !/^\d/.test(t))),
    };
    figureWordCache.set(owner, found);
  }
  return found;
}
