// Analysis stage (figures): a difference stated as a comparative — "finished the fight five rounds
// sooner", "with Doe four years older", "two pounds heavier". "Three days later" and "two years earlier"
// only say when something happened, so "later" and "earlier" are no difference; a ratio ("three times
// longer") is not one either. Whose difference: the name before it, which keeps two people's apart.
import { lang } from '../lang/index.js';
import { findNumbers } from '../text/numbers.js';
import { type SpecialReading, subjectBefore } from './special.js';

/** The figures' words of the corpus's language (lang/en-figures.ts for English). */
const F = () => lang().figures;

export function readDifferences(text: string): SpecialReading[] {
  const out: SpecialReading[] = [];
  for (const n of findNumbers(text)) {
    if (n.calendar || n.currency || n.form === 'vague' || n.hyphenWord) continue;
    const m = F().COMPARED.exec(text.slice(n.end, n.end + 40));
    if (!m) continue;
    const unit = m[1].toLowerCase().replace(F().PLURAL_UNIT, '$1s');
    const holder = subjectBefore(text, n.start, false);
    out.push({
      numStart: n.start, numEnd: n.end, value: n.value, cls: 'difference', event: m[2].toLowerCase(), subject: holder, nouns: [unit],
      coreStart: n.start, coreEnd: n.end + m[0].length,
    });
  }
  return out;
}
