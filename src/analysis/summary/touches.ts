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
  const values = new Set(findNumbers(c.text).filter((n) => !n.calendar).map((n) => n.value));
  const terms = new Set(contentTerms(c.text).filter((t) => !/^\d/.test(t)));
  // the same number about the same thing: a shared value and a shared content word in the statement
  return d.statements.some((s) => findNumbers(s.quote).some((n) => values.has(n.value))
    && contentTerms(s.quote).some((t) => !/^\d/.test(t) && terms.has(t)));
}
