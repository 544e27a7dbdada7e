// Analysis stage (figures): the size of a crowd — "a crowd of about 1,000 people", "the 22,000 crowd",
// "the 200 person crowd", "estimated the crowd at 70" — and an age given by a birthday ("who turned 68 on
// Saturday"). Each names what is counted and what it is in the same few words.
import { findNumbers } from '../text/numbers.js';
import { qualifierBefore } from './qualifiers.js';
import { isNameWord, type SpecialReading } from './special.js';

const CROWD = '(?:crowd|audience|attendance|gathering)';

export function readCrowds(text: string): SpecialReading[] {
  const out: SpecialReading[] = [];
  for (const n of findNumbers(text)) {
    if (n.calendar || n.currency || n.form === 'vague' || n.valueMax !== undefined) continue;
    const before = text.slice(Math.max(0, n.start - 50), n.start);
    const after = text.slice(n.end, n.end + 30);
    const qual = qualifierBefore(before);
    const lead = qual ? before.slice(0, before.length - qual.length) : before;
    const of = new RegExp(`\\b${CROWD}\\s+(?:of|at|was|numbered|estimated at)\\s+$`, 'i').exec(lead)
      ?? new RegExp(`\\b(?:estimated|put|puts|estimates)\\s+the\\s+${CROWD}\\s+at\\s+$`, 'i').exec(lead);
    const adjective = new RegExp(`^(?:[-\\s](?:person|people|strong))?\\s+${CROWD}\\b`, 'i').exec(after);
    if (of) {
      const at = n.start - before.length + of.index;
      out.push({ numStart: n.start, numEnd: n.end, value: n.value, cls: 'crowd', event: null, subject: null, nouns: ['people'], coreStart: at, coreEnd: n.end + (/^\s+people\b/i.exec(after)?.[0].length ?? 0), qualifier: qual?.words ?? null });
    } else if (adjective && /\b(?:the|a|an)\s+$/i.test(before)) {
      out.push({ numStart: n.start, numEnd: n.end, value: n.value, cls: 'crowd', event: null, subject: null, nouns: ['people'], coreStart: n.start, coreEnd: n.end + adjective[0].length, qualifier: qual?.words ?? null });
    }
    // "Jane Doe, who turned 68 on Saturday": an age, of the name the relative clause follows.
    const turned = /(\p{Lu}[\p{L}’'-]*),\s+who\s+(?:has\s+)?turn(?:ed|s)\s+$/u.exec(before);
    if (turned && Number.isInteger(n.value) && n.value > 0 && n.value < 120 && !/^\s*(?:%|percent|years?\b(?!\s+old)|[-\s]?(?:million|billion))/i.test(after)) {
      const who = isNameWord(turned[1]) ? turned[1] : null;
      if (who) out.push({ numStart: n.start, numEnd: n.end, value: n.value, cls: 'age', event: null, subject: who, nouns: ['age'], coreStart: n.start - /turn(?:ed|s)\s+$/i.exec(before)![0].length, coreEnd: n.end });
    }
  }
  return out;
}
