// Analysis stage (figures): a difference stated as a comparative — "finished the fight five rounds
// sooner", "with Doe four years older", "two pounds heavier". "Three days later" and "two years earlier"
// only say when something happened, so "later" and "earlier" are no difference; a ratio ("three times
// longer") is not one either. Whose difference: the name before it, which keeps two people's apart.
import { findNumbers } from '../text/numbers.js';
import { type SpecialReading, subjectBefore } from './special.js';

const COMPARED = /^\s+(rounds?|games?|laps?|strokes?|points?|places?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|seasons?|inches|feet|pounds|kilos|kilograms|centimetres|centimeters)\s+(sooner|faster|quicker|slower|older|younger|longer|shorter|taller|heavier|lighter)\b/i;

export function readDifferences(text: string): SpecialReading[] {
  const out: SpecialReading[] = [];
  for (const n of findNumbers(text)) {
    if (n.calendar || n.currency || n.form === 'vague' || n.hyphenWord) continue;
    const m = COMPARED.exec(text.slice(n.end, n.end + 40));
    if (!m) continue;
    const unit = m[1].toLowerCase().replace(/^(?!inches|feet|pounds|kilos|kilograms)(.*?)s?$/, '$1s');
    const holder = subjectBefore(text, n.start, false);
    out.push({
      numStart: n.start, numEnd: n.end, value: n.value, cls: 'difference', event: m[2].toLowerCase(), subject: holder, nouns: [unit],
      coreStart: n.start, coreEnd: n.end + m[0].length,
    });
  }
  return out;
}
