// Analysis stage (figures): a person's height and weight as a description gives them — "weighing about
// 200 pounds", "a 6-foot, 200-pound man", "6-feet tall". A weight in pounds is never money: the verb
// (weighs, weighing) or the hyphenated form before a person noun says it is a weight.
import { findNumbers } from '../text/numbers.js';
import { qualifierBefore } from './qualifiers.js';
import type { SpecialReading } from './special.js';
import { lang } from '../lang/index.js';

export function readMeasures(text: string): SpecialReading[] {
  const { PERSON_AFTER, WEIGHT_UNIT, HEIGHT_UNIT, WEIGH_BEFORE, POUND_UNIT, FOOT_UNIT, TALL_AFTER } = lang().figures;
  const out: SpecialReading[] = [];
  for (const n of findNumbers(text)) {
    if (n.calendar || n.currency || n.form === 'vague') continue;
    const rest = text.slice(n.end, n.end + 60);
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    const qual = qualifierBefore(before);
    const from = n.start - (qual?.length ?? 0);
    const w = WEIGHT_UNIT.exec(rest);
    if (w) {
      const hyphen = rest.startsWith('-');
      // "weighs 200 pounds", "weighing about 200", "weighing in at 2.4 pounds"
      const verb = WEIGH_BEFORE.test(before);
      if (!verb && !(hyphen && PERSON_AFTER.test(rest.slice(w[0].length)))) continue;
      const unit = POUND_UNIT.test(w[1]) ? 'pounds' : 'kilograms';
      out.push({ numStart: n.start, numEnd: n.end, value: n.value, cls: 'weight', event: null, subject: null, nouns: [unit], coreStart: verb ? n.start - (/\S+\s+(?:\S+\s+)?$/.exec(before)?.[0].length ?? 0) : from, coreEnd: n.end + w[0].length, qualifier: qual?.words ?? null });
      continue;
    }
    const h = HEIGHT_UNIT.exec(rest);
    if (h) {
      const tall = TALL_AFTER.test(rest.slice(h[0].length));
      const hyphen = rest.startsWith('-');
      if (!tall && !(hyphen && PERSON_AFTER.test(rest.slice(h[0].length)))) continue;
      const unit = FOOT_UNIT.test(h[1]) ? 'feet' : 'metres';
      // "6-feet-1 inches tall", "5 foot 11": feet and inches make one height, in inches — never the feet alone.
      const inches = h[2] === undefined ? null : Number(h[2]);
      // (A second number that is no inches — after metres, or past 11 — leaves the height unread.)
      if (inches !== null && (unit !== 'feet' || inches > 11)) continue;
      out.push({ numStart: n.start, numEnd: n.end, value: inches === null ? n.value : n.value * 12 + inches, cls: 'height', event: null, subject: null, nouns: [inches === null ? unit : 'inches'], coreStart: from, coreEnd: n.end + h[0].length + (tall ? 5 : 0), qualifier: qual?.words ?? null });
    }
  }
  return out;
}
