// Analysis stage (figures): lengths of time and terms that a sentence ties to what they measure —
// - the length of a contract held and the time left on it, and the length of an unbeaten run, per holder
//   ("the second year of a four-year deal", "two years left on the contract");
// - time left on a contest's clock ("with four seconds remaining of the third round");
// - how long someone held a post they were fired from or left ("fired after just one season");
// - how long someone was at large ("nine days on the run", "after a week on the run", "a weeklong
//   manhunt", "a five-day search"): written with "a" or "-long", a length is one unit; the unit is kept,
//   and agreement compares lengths in days (see qualifiers.ts);
// - how many life sentences someone is serving when a number says it ("serving two life sentences";
//   "a life sentence" is no count: see discrepancies/sentenceCounts.ts).
import { findNumbers } from '../text/numbers.js';
import { isDemonym } from '../actors/wordTags.js';
import { qualifierBefore } from './qualifiers.js';
import { type SpecialReading, subjectBefore } from './special.js';
import { lang, listPattern, perPack } from '../lang/index.js';

/** The figures' words of the corpus's language (lang/en-figures.ts for English). */
const F = () => lang().figures;
const STRESS_ONLY = perPack((l) => listPattern(l.figures.STRESS_ONLY, 'i', '^', '$'));


export function readTerms(text: string): SpecialReading[] {
  const out: SpecialReading[] = [];
  const atLarge = (start: number, end: number, value: number, unit: string, numEnd = end): SpecialReading =>
    ({ numStart: start, numEnd, value, cls: 'duration', event: null, subject: 'time at large', nouns: [`${unit.toLowerCase()}s`], coreStart: start, coreEnd: end });
  for (const n of findNumbers(text)) {
    if (n.calendar || n.form === 'vague' || n.currency) continue;
    const m = F().AT_LARGE_AFTER.exec(text.slice(n.end, n.end + 50));
    if (m) out.push(atLarge(n.start, n.end + m[0].length, n.value, m[1], n.end));
    const clock = F().CLOCK_WITH.exec(text.slice(Math.max(0, n.start - 25), n.start)) && F().CLOCK_LEFT.exec(text.slice(n.end, n.end + 50));
    if (clock) {
      // Which period's clock, when the sentence says; otherwise only the same number is the same moment.
      const period = clock[2]?.toLowerCase();
      const qualifier = qualifierBefore(text.slice(0, n.start))?.words ?? null;
      out.push({
        numStart: n.start, numEnd: n.end, value: n.value, cls: 'duration', event: null, subject: period ? `time left in the ${period}` : 'time left',
        nouns: [`${clock[1].toLowerCase().replace(/s$/, '')}s`], qualifier, ...(period ? {} : { facet: String(n.value) }),
        coreStart: n.start - (F().WITH_BEFORE.exec(text.slice(Math.max(0, n.start - 25), n.start))?.[0].length ?? 0), coreEnd: n.end + clock[0].length,
      });
    }
    // "extended his unbeaten run to six years", "a winning streak of three seasons": whose run, how long.
    const run = F().RUN_BEFORE.exec(text.slice(Math.max(0, n.start - 40), n.start));
    const runUnit = run && F().RUN_UNIT_AFTER.exec(text.slice(n.end, n.end + 12));
    const runner = runUnit ? subjectBefore(text, n.start, false) : null;
    if (run && runUnit && runner) {
      out.push({
        // "The Ukrainian … extended his unbeaten run": a nationality names the holder as "the Ukrainian".
        numStart: n.start, numEnd: n.end, value: n.value, cls: 'duration', event: null, subject: `${run[1].toLowerCase()} run of ${isDemonym(runner) ? `the ${runner}` : runner}`,
        nouns: [`${runUnit[1].toLowerCase().replace(/s$/, '')}s`], coreStart: n.start - run[0].length, coreEnd: n.end + runUnit[0].length,
      });
    }
    // "still has two years and $8 million left on the contract": whose contract, how long it still runs.
    const left = F().LEFT_ON_AFTER.exec(text.slice(n.end, n.end + 80));
    const holder = left ? subjectBefore(text, n.start, false) : null;
    if (left && holder) {
      out.push({
        numStart: n.start, numEnd: n.end, value: n.value, cls: 'duration', event: null, subject: `time left on the ${left[2].toLowerCase()} of ${holder}`,
        nouns: [`${left[1].toLowerCase().replace(/s$/, '')}s`], coreStart: n.start, coreEnd: n.end + left[0].length,
      });
    }
    // "finished the second year of a four-year deal", "signed a four-year, $20 million contract": the length
    // of a contract someone holds. Offered or sought contracts are not read: an offer of eight years and a
    // request for ten are no disagreement.
    const term = F().TERM_UNIT_HYPHEN.test(n.hyphenWord ?? '') ? F().CONTRACT_AFTER.exec(text.slice(n.end, n.end + 50)) : null;
    const held = term && F().HELD_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start));
    const holderOf = held ? subjectBefore(text, n.start, false) : null;
    if (term && held && holderOf) {
      out.push({
        numStart: n.start, numEnd: n.end, value: n.value, cls: 'duration', event: null, subject: `${term[1].toLowerCase()} of ${holderOf}`,
        nouns: [`${n.hyphenWord!.toLowerCase().replace(/s$/, '')}s`], coreStart: n.start, coreEnd: n.end + term[0].length,
      });
    }
    const life = F().LIFE_AFTER.exec(text.slice(n.end, n.end + 40));
    if (life && n.value >= 2 && F().SERVING_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start))) {
      out.push({ numStart: n.start, numEnd: n.end, value: n.value, cls: 'sentence', event: null, subject: 'life', nouns: ['life sentences'], coreStart: n.start, coreEnd: n.end + life[0].length });
    }
  }
  if (F().LEFT_POST.test(text)) {
    for (const m of text.matchAll(F().TENURE)) {
      const word = m[2].toLowerCase().replace(/\s+/g, ' ');
      const value = F().TENURE_NUMBERS[word] ?? Number(word);
      const numStart = m.index + m[0].indexOf(m[2], m[1] ? m[0].indexOf(m[1]) + m[1].length : 0);
      // "just" and "only" stress a number; "nearly", "about", "more than" widen it.
      const qualifier = m[1] && !STRESS_ONLY().test(m[1]) ? m[1].toLowerCase() : null;
      // Whose: one report tells of two coaches' tenures ("fired after one season", "fired after nearly four seasons").
      const holder = subjectBefore(text, m.index, false);
      if (!holder) continue;
      out.push({ numStart, numEnd: numStart + m[2].length, value, cls: 'duration', event: null, subject: `tenure of ${holder}`, nouns: [`${m[3].toLowerCase()}s`], qualifier, coreStart: m.index, coreEnd: m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(F().AT_LARGE_SPELLED)) out.push(atLarge(m.index, m.index + m[0].length, 1, m[2]));
  for (const m of text.matchAll(F().AT_LARGE_LONG)) out.push(atLarge(m.index, m.index + m[0].length, 1, m[1]));
  return out;
}
