// Analysis stage (figures): win–loss records — "41-2 (33 KO)", "improved to 41-2 with 33 knockouts",
// "a 37-45 record", "41 wins and two defeats", "his 41st victory, 33 by KO, for only two defeats".
// Each part is a figure of its own (wins, defeats, knockout wins). A pair of numbers is read as a record
// only when the sentence says so (record, mark, "improved to", "fell to", a name right before it, a
// knockout count after it): a bare "26-1" in a list, a score or a season ("2004-05") is not one.
import { lang, listPattern, perPack } from '../lang/index.js';
import { findNumbers } from '../text/numbers.js';
import { nameEndingAt, ordinalValue, type SpecialReading, subjectBefore } from './special.js';

/** The figures' words of the corpus's language (lang/en-figures.ts for English). */
const F = () => lang().figures;
const IN_A_ROW = perPack((l) => listPattern(l.figures.IN_A_ROW, 'i', '\\b', '\\b'));
const WINS_OR_RECORD = perPack((l) => listPattern(l.figures.WINS_OR_RECORD, 'i', '\\b', '\\b'));
const DEFEATS_AFTER = perPack((l) => listPattern(l.figures.DEFEATS_AFTER, 'i', '^\\s+', '\\b'));
const WINS_AFTER = perPack((l) => listPattern(l.figures.WINS_AFTER, 'i', '^\\s+', '\\b'));
const RECORD_AFTER = perPack((l) => listPattern(l.figures.RECORD_AFTER, 'i', '^\\s+', '\\b'));

const PAIR = /(?<![\d.,/:-])(\d{1,3})-(\d{1,3})(?:-(\d{1,3}))?(?![\d/:-]|\.\d)/g;
/** A name or apposition right before: "Doe (41-2", "Doe, 41-2". */
const NAMED_BEFORE = /(\p{Lu}[\p{L}’'-]*)\s*(?:\(|,)\s*$/u;

export function readRecords(text: string): SpecialReading[] {
  const out: SpecialReading[] = [];
  for (const m of text.matchAll(PAIR)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 60), start);
    const after = text.slice(end, end + 80);
    const wins = Number(m[1]);
    const defeats = Number(m[2]);
    // "Doe (6-2, 215)": a player's height in feet and inches, then his weight — no record.
    if (F().WEIGHT_AFTER_HEIGHT.test(after)) continue;
    const ko = F().KO_AFTER.exec(after);
    const named = NAMED_BEFORE.exec(before);
    const name = named && nameEndingAt(before, before.length - named[0].length + named[1].length);
    const said = F().RECORD_BEFORE.test(before) || RECORD_AFTER().test(after);
    if (!(said || ko || (name && /\($/.test(before.trimEnd())))) continue;
    if (F().SCORE_WORDS.test(before) && !said) continue;
    const subject = name ?? subjectBefore(text, start);
    const record = `${wins}-${defeats}`;
    const koEnd = ko ? end + ko.index + ko[0].length : end;
    const core = { coreStart: start, coreEnd: koEnd };
    out.push({ numStart: start, numEnd: start + m[1].length, value: wins, cls: 'record', event: 'wins', subject, nouns: ['wins'], facet: record, ...core });
    out.push({ numStart: start + m[1].length + 1, numEnd: start + m[1].length + 1 + m[2].length, value: defeats, cls: 'record', event: 'defeats', subject, nouns: ['defeats'], facet: record, ...core });
    if (ko) {
      const at = end + ko.index + ko[0].indexOf(ko[1]);
      out.push({ numStart: at, numEnd: at + ko[1].length, value: Number(ko[1]), cls: 'record', event: 'knockout wins', subject, nouns: ['knockout wins'], facet: record, ...core });
    }
  }
  out.push(...recordInWords(text));
  return out;
}

/**
 * "a career record of 41 wins and two defeats"; "his 41st victory, 33 by KO, for only two defeats".
 * The record's pair is known only when both parts are in the sentence; a lone part joins the record
 * with the same value in grouping.
 */
function recordInWords(text: string): SpecialReading[] {
  const out: SpecialReading[] = [];
  const nums = findNumbers(text);
  const wordsAfter = (end: number) => text.slice(end, end + 40);
  let wins: { start: number; end: number; value: number } | null = null;
  let defeats: { start: number; end: number; value: number } | null = null;
  let ko: { start: number; end: number; value: number } | null = null;
  for (const n of nums) {
    const a = wordsAfter(n.end);
    if (WINS_AFTER().test(a) && F().RECORD_OR_DEFEATS.test(text)) wins ??= { start: n.start, end: n.end + /^\s+\w+/.exec(a)![0].length, value: n.value };
    else if (DEFEATS_AFTER().test(a) && WINS_OR_RECORD().test(text)) defeats ??= { start: n.start, end: n.end + /^\s+\w+/.exec(a)![0].length, value: n.value };
    else if (F().BY_KO_AFTER.test(a)) ko ??= { start: n.start, end: n.end + F().BY_WORD_AFTER.exec(a)![0].length, value: n.value };
  }
  // "41st victory": the ordinal of a win is the number of wins.
  for (const m of text.matchAll(F().NTH_WIN)) {
    if (IN_A_ROW().test(text.slice(m.index, m.index + 40))) continue;
    const v = ordinalValue(m[1]);
    if (v !== null) wins ??= { start: m.index, end: m.index + m[0].length, value: v };
  }
  if (!wins && !defeats) return out;
  const first = Math.min(wins?.start ?? Infinity, defeats?.start ?? Infinity);
  const subject = subjectBefore(text, first);
  const facet = wins && defeats ? `${wins.value}-${defeats.value}` : undefined;
  const part = (p: { start: number; end: number; value: number }, event: string): SpecialReading =>
    ({ numStart: p.start, numEnd: p.end, value: p.value, cls: 'record', event, subject, nouns: [event], ...(facet ? { facet } : {}), coreStart: p.start, coreEnd: p.end });
  if (wins) out.push(part(wins, 'wins'));
  if (defeats) out.push(part(defeats, 'defeats'));
  if (ko && wins) out.push(part(ko, 'knockout wins'));
  return out;
}
