// Analysis stage (summary): the terms that say what a sentence reports, for comparing sentences across
// sources — attribution ("According to X,", "X said that", ", officials said") removed, since outlets
// credit the same fact to different people, and numbers reduced to two significant digits, since
// they write the same quantity differently ("$10 billion", "€10bn", "10,000,000,000").
import { lang } from '../lang/index.js';
import { findNumbers } from '../text/numbers.js';
import { contentTerms } from './terms.js';

export function stripAttribution(sentence: string): string {
  let s = sentence;
  for (const re of lang().LEAD_ATTRIBUTION) {
    const m = s.match(re);
    // a lead-in only counts when a report follows it
    if (m && s.length - m[0].length > 15) { s = s.slice(m[0].length); break; }
  }
  return s.replace(lang().TRAIL_ATTRIBUTION, '');
}

/** A sentence without its attribution (`s`), its numbers (not dates) apart from the words around them (`plain`). */
export function splitNumbers(sentence: string): { s: string; plain: string; numbers: ReturnType<typeof findNumbers> } {
  const s = stripAttribution(sentence);
  const numbers = findNumbers(s).filter((n) => !n.calendar);
  let plain = '';
  let at = 0;
  for (const n of numbers) { plain += `${s.slice(at, n.start)} `; at = n.end; }
  plain += s.slice(at);
  return { s, plain, numbers };
}

export function pointTerms(sentence: string): string[] {
  const { plain, numbers } = splitNumbers(sentence);
  return [...contentTerms(plain), ...numbers.map((n) => `#${Number(n.value.toPrecision(2))}`)];
}
