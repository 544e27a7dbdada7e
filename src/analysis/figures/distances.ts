// Analysis stage (figures): where an event happened, as the reports measure it — its distance from a
// named reference place ("16 miles north-northwest of Millbrook", "25 km from Port Avery") and its depth
// ("at a depth of 10 kilometres", "6 miles below the surface"). A distance is only a figure with its
// reference: distances from two towns are two measured things, never one row; a distance with no
// reference ("some 8 miles away"), from the event itself ("I'm 30 miles west of the quake"), or
// describing another place ("in Lakeside, 12 miles east of Port Avery") is claimed and left out. Other
// lengths (a fall, a cable, a fault) are claimed too, so no other reader counts them as people.
import { lang, listPattern, perPack } from '../lang/index.js';
import { findNumbers, type NumberMention } from '../text/numbers.js';
import { qualifierBefore } from './qualifiers.js';
import type { SpecialReading } from './special.js';
import { type Shock, shockAt } from './shocks.js';

/** The figures' words of the corpus's language (lang/en-figures.ts for English). */
const F = () => lang().figures;
const PLACE_CONNECTORS = perPack((l) => listPattern(l.figures.PLACE_CONNECTORS, '', '^', '$'));

const GLUED_M = /(?<![\p{Sc}\w.,])(\d{1,3}(?:,\s?\d{3})+|\d+(?:\.\d+)?)m\b/gu;

export function lengthUnit(word: string): string {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return F().LENGTH_UNIT_KEYS.find(([written]) => written.test(w))?.[1] ?? 'yards';
}

const CAPITAL = /^\p{Lu}[\p{L}’'.-]*$/u;

/** Does the text at `at` start a reference place? The place as written, and where it ends. */
function referenceAt(text: string, at: number): { place: string; end: number } | null {
  let from = at;
  const town = F().TOWN_OF.exec(text.slice(at));
  if (town) from += town[0].length;
  const rest = text.slice(from);
  // "where she was last seen": a place given by what happened there.
  const where = F().WHERE_PLACE.exec(rest);
  if (where) return { place: where[0].trim(), end: from + where[0].trimEnd().length };
  const words = [...rest.matchAll(/[^\s,.;:()"“”!?]+/g)].slice(0, 8);
  const named: RegExpExecArray[] = [];
  let k = 0;
  // "The Narrows"-like names keep their article; "the town of X" gave X.
  if (words[0] && F().THE_WORD.test(words[0][0]) && /^\p{Lu}/u.test(words[1]?.[0] ?? '') && words[0].index === 0) { named.push(words[0]); k = 1; }
  for (; k < words.length; k++) {
    const w = words[k];
    // Words must follow one another, with only a space between.
    const prev = named[named.length - 1];
    if (prev && !/^\s+$/.test(rest.slice(prev.index + prev[0].length, w.index))) break;
    if (CAPITAL.test(w[0]) && !lang().AFTER_PLACE_NAME.test(w[0])) { named.push(w); continue; }
    // "Gulf of Tarrow": a lower-case joining word inside a name.
    if (prev && PLACE_CONNECTORS().test(w[0]) && CAPITAL.test(words[k + 1]?.[0] ?? '')) { named.push(w); continue; }
    break;
  }
  while (named.length && !CAPITAL.test(named[named.length - 1][0])) named.pop();
  const last = named[named.length - 1];
  // "the Indian warship": a capitalised word before a common noun modifies it; the noun phrase is the place.
  const modifier = last && F().THE_WORD.test(named[0][0]) && !town && /^\s+[\p{Ll}-]+/u.test(rest.slice(last.index + last[0].length))
    && !lang().AFTER_PLACE_NAME.test(/^\s+([\p{Ll}-]+)/u.exec(rest.slice(last.index + last[0].length))![1])
    && !lang().ENDS_NOUN_REFERENCE.test(/^\s+([\p{Ll}-]+)/u.exec(rest.slice(last.index + last[0].length))![1]);
  if (named.length && !(named.length === 1 && F().THE_WORD.test(named[0][0])) && !modifier) {
    const place = rest.slice(named[0].index, last.index + last[0].length).replace(/[’']s$/, '');
    return { place, end: from + named[0].index + place.length };
  }
  if (town || !F().THE_BEFORE_REFERENCE.test(rest)) return null;
  // "the merchant vessel", "the Indian warship": a definite noun phrase, up to four words; "the provincial
  // capital Meriton": the name after the common noun is the place.
  const kept: RegExpExecArray[] = [];
  for (const w of words.slice(1, 5)) {
    const prev = kept[kept.length - 1] ?? words[0];
    if (!/^\s+$/.test(rest.slice(prev.index + prev[0].length, w.index)) || lang().AFTER_PLACE_NAME.test(w[0]) || lang().ENDS_NOUN_REFERENCE.test(w[0])) break;
    if (kept.length && CAPITAL.test(w[0]) && !CAPITAL.test(kept[kept.length - 1][0])) {
      const name = referenceAt(rest, w.index);
      return name ? { place: name.place, end: from + name.end } : null;
    }
    kept.push(w);
  }
  if (!kept.length) return null;
  const end = kept[kept.length - 1].index + kept[kept.length - 1][0].length;
  return { place: rest.slice(0, end), end: from + end };
}

interface Length { start: number; end: number; value: number; unit: string; qualifier: string | null; from: number }

/** Every length the sentence states: a number with a length unit after it (or glued to it), and its qualifier. */
function lengths(text: string): Length[] {
  const out: Length[] = [];
  const nums: NumberMention[] = findNumbers(text).filter((n) => !n.calendar && !n.currency && n.form !== 'vague');
  for (const n of nums) {
    const hyphen = n.hyphenWord ? F().LENGTH_UNIT.exec(n.hyphenWord.replace(/-.*$/, '')) : null;
    // "three-tenths of a mile": a fraction of a unit.
    const hyphenEnd = n.hyphenWord ? text.indexOf(n.hyphenWord, n.end) + n.hyphenWord.length : n.end;
    const tenths = n.hyphenWord === F().TENTHS ? F().TENTHS_OF.exec(text.slice(hyphenEnd, hyphenEnd + 30)) : null;
    const unit = hyphen ?? tenths ?? F().LENGTH_UNIT.exec(text.slice(n.end).replace(/^\s+/, ''));
    if (!unit) continue;
    if (!hyphen && !tenths && !/^\s*$/.test(text.slice(n.end, n.end + 1) || ' ')) continue;
    const value = tenths ? n.value / 10 : n.value;
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    const qual = qualifierBefore(before);
    const unitEnd = hyphen ? hyphenEnd
      : tenths ? hyphenEnd + tenths[0].length
        : n.end + (text.slice(n.end).length - text.slice(n.end).replace(/^\s+/, '').length) + unit[0].length;
    out.push({ start: n.start, end: unitEnd, value, unit: lengthUnit(unit[1]), qualifier: qual?.words ?? null, from: n.start - (qual?.length ?? 0) });
  }
  const glued = [...text.matchAll(F().GLUED_LENGTH)].map((m) => ({ m, unit: m[2] }));
  for (const m of text.matchAll(GLUED_M)) {
    if (F().FALL_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index).replace(F().ROUGHLY_BEFORE, '')) && !glued.some((g) => g.m.index === m.index)) glued.push({ m, unit: 'm' });
  }
  for (const { m, unit } of glued) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const qual = qualifierBefore(before);
    // "2,000ft", and "2, 000ft" as re-joined text writes it.
    out.push({ start: m.index, end: m.index + m[0].length, value: Number(m[1].replace(/,\s?/g, '')), unit: lengthUnit(unit), qualifier: qual?.words ?? null, from: m.index - (qual?.length ?? 0) });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function readDistances(text: string, carried: Shock = 'main', year: number | null = null): SpecialReading[] {
  const out: SpecialReading[] = [];
  // Where each read distance's reference ended: a list of distances ("3 miles east of A, 5 miles west of B").
  const refEnds: number[] = [];
  const firstPerson = F().FIRST_PERSON_OPENING.test(text);
  const all = lengths(text);
  for (const [i, l] of all.entries()) {
    const claim: SpecialReading = { numStart: l.start, numEnd: l.end, value: l.value, cls: 'length', event: null, subject: null, nouns: [l.unit], coreStart: l.from, coreEnd: l.end, qualifier: l.qualifier, claimOnly: true };
    // "8 nautical miles (about 15 km)": the same length in another unit, given once.
    const prev = all[i - 1];
    if (prev && F().SAME_LENGTH_AGAIN.test(text.slice(prev.end, l.from))) { out.push(claim); continue; }
    // Skip the conversion in brackets after the unit: "9 miles (15 km) north of".
    const skip = /^\s*\([^()]{1,40}\)/.exec(text.slice(l.end));
    const afterUnit = l.end + (skip ? skip[0].length : 0);
    const before = text.slice(Math.max(0, l.from - 40), l.from);
    // An aftershock's, a foreshock's or an earlier quake's depth and distances are not the event's.
    if (shockAt(text, l.start, carried, year) !== 'main') { out.push(claim); continue; }
    if (F().DEPTH_BEFORE.test(before) || F().DEPTH_AFTER.test(text.slice(afterUnit, afterUnit + 40)) || F().DEEP_END.test(text.slice(l.start, l.end))) {
      const depthFrom = F().DEPTH_BEFORE.test(before) ? l.from - (F().AT_DEPTH_BEFORE.exec(before)?.[0].length ?? 0) : l.from;
      const after = F().DEPTH_AFTER.exec(text.slice(afterUnit, afterUnit + 40));
      out.push({ ...claim, cls: 'depth', claimOnly: false, coreStart: depthFrom, coreEnd: after ? afterUnit + after[0].length : l.end });
      continue;
    }
    const towards = F().TOWARDS.exec(text.slice(afterUnit, afterUnit + 60));
    const ref = towards ? referenceAt(text, afterUnit + towards[0].length) : null;
    if (!ref || F().EVENT_ITSELF.test(ref.place) || firstPerson) { out.push(claim); continue; }
    // "in Lakeside, 12 miles east of Port Avery": the distance locates the place before the comma,
    // unless that place is the reference of the distance before (a list of distances).
    const s0 = Math.max(0, l.from - 60);
    const apposition = /(\p{Lu}[\p{L}’'.-]*)\s*,\s*$/u.exec(text.slice(s0, l.from));
    if (apposition && !refEnds.includes(s0 + apposition.index + apposition[1].length)
      && !F().EVENT_AT.test(text.slice(Math.max(0, l.from - 80), l.from))) { out.push(claim); continue; }
    refEnds.push(ref.end);
    out.push({ ...claim, cls: 'distance', claimOnly: false, subject: ref.place, coreEnd: ref.end });
  }
  return out;
}
