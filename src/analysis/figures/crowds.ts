// Analysis stage (figures): the size of a crowd — "a crowd of about 3,000 people", "the 18,000 crowd",
// "the 200 person crowd", "estimated the crowd at 40" — and an age given by a birthday ("who turned 68 on
// Saturday"). Each names what is counted and what it is in the same few words.
import { findNumbers } from '../text/numbers.js';
import { qualifierBefore } from './qualifiers.js';
import { isNameWord, type SpecialReading } from './special.js';
import { lang } from '../lang/index.js';

export function readCrowds(text: string): SpecialReading[] {
  const { CROWD_OF, CROWD_ESTIMATED, CROWD_ADJECTIVE, PEOPLE_AFTER, ARTICLE_BEFORE, TURNED_BEFORE, TURNED, NOT_AN_AGE_AFTER } = lang().figures;
  const out: SpecialReading[] = [];
  for (const n of findNumbers(text)) {
    if (n.calendar || n.currency || n.form === 'vague' || n.valueMax !== undefined) continue;
    const before = text.slice(Math.max(0, n.start - 50), n.start);
    const after = text.slice(n.end, n.end + 30);
    const qual = qualifierBefore(before);
    const lead = qual ? before.slice(0, before.length - qual.length) : before;
    const of = CROWD_OF.exec(lead) ?? CROWD_ESTIMATED.exec(lead);
    const adjective = CROWD_ADJECTIVE.exec(after);
    if (of) {
      const at = n.start - before.length + of.index;
      out.push({ numStart: n.start, numEnd: n.end, value: n.value, cls: 'crowd', event: null, subject: null, nouns: ['people'], coreStart: at, coreEnd: n.end + (PEOPLE_AFTER.exec(after)?.[0].length ?? 0), qualifier: qual?.words ?? null });
    } else if (adjective && ARTICLE_BEFORE.test(before)) {
      out.push({ numStart: n.start, numEnd: n.end, value: n.value, cls: 'crowd', event: null, subject: null, nouns: ['people'], coreStart: n.start, coreEnd: n.end + adjective[0].length, qualifier: qual?.words ?? null });
    }
    // "Jane Doe, who turned 68 on Saturday": an age, of the name the relative clause follows.
    const turned = TURNED_BEFORE.exec(before);
    if (turned && Number.isInteger(n.value) && n.value > 0 && n.value < 120 && !NOT_AN_AGE_AFTER.test(after)) {
      const who = isNameWord(turned[1]) ? turned[1] : null;
      if (who) out.push({ numStart: n.start, numEnd: n.end, value: n.value, cls: 'age', event: null, subject: who, nouns: ['age'], coreStart: n.start - TURNED.exec(before)![0].length, coreEnd: n.end });
    }
  }
  return out;
}
