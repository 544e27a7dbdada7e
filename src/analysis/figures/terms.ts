// Analysis stage (figures): how long someone was at large — "eight days on the run", "after a week on the
// run", "a weeklong manhunt", "a five-day search" — and how many life sentences someone is serving when a
// number says it ("serving three life sentences"; "a life sentence" is no count: see
// discrepancies/sentenceCounts.ts). Written with "a" or "-long", a length is one unit; the unit is kept,
// and agreement compares lengths in days (see qualifiers.ts).
import { findNumbers } from '../text/numbers.js';
import type { SpecialReading } from './special.js';

const UNIT = '(second|minute|hour|day|week|month|year)s?';
/** What a length of time at large is called. */
const AT_LARGE = '(?:on the run|at large|in hiding|on the lam|manhunt|search for him|search for her)';
const SPELLED = new RegExp(`\\b(?:(a|an|one)\\s+|(?<=\\b(?:after|for|within|nearly|almost|about)\\s))${UNIT}(?:-?long)?\\s+${AT_LARGE}`, 'gi');
const LONG = new RegExp(`\\b(?:a\\s+)?${UNIT.replace('s?', '')}-?long\\s+(?:manhunt|search)\\b`, 'gi');

export function readTerms(text: string): SpecialReading[] {
  const out: SpecialReading[] = [];
  const atLarge = (start: number, end: number, value: number, unit: string, numEnd = end): SpecialReading =>
    ({ numStart: start, numEnd, value, cls: 'duration', event: null, subject: 'time at large', nouns: [`${unit.toLowerCase()}s`], coreStart: start, coreEnd: end });
  for (const n of findNumbers(text)) {
    if (n.calendar || n.form === 'vague' || n.currency) continue;
    const m = new RegExp(`^(?:-|\\s+)${UNIT}(?:-?long)?\\s+${AT_LARGE}`, 'i').exec(text.slice(n.end, n.end + 50));
    if (m) out.push(atLarge(n.start, n.end + m[0].length, n.value, m[1], n.end));
    const life = /^\s+(?:consecutive\s+)?life\s+(?:sentences|terms)\b/i.exec(text.slice(n.end, n.end + 40));
    if (life && n.value >= 2 && /\bserv(?:e|es|ed|ing)\s+$/i.test(text.slice(Math.max(0, n.start - 12), n.start))) {
      out.push({ numStart: n.start, numEnd: n.end, value: n.value, cls: 'sentence', event: null, subject: 'life', nouns: ['life sentences'], coreStart: n.start, coreEnd: n.end + life[0].length });
    }
  }
  for (const m of text.matchAll(SPELLED)) out.push(atLarge(m.index, m.index + m[0].length, 1, m[2]));
  for (const m of text.matchAll(LONG)) out.push(atLarge(m.index, m.index + m[0].length, 1, m[1]));
  return out;
}
