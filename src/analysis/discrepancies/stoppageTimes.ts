// Analysis stage (discrepancies): when a contest was stopped, told as the clock of the period by some
// sources ("stopped the bout at 1:47") and as what was left of it by others ("stopped him with four
// seconds remaining of the round"). The two agree only if they add up to the period's length, which is
// read from the reports themselves ("the next three-minute round"). When the reports give no length,
// the story must number its periods ("the fourth round") and some source must give the time left of a
// numbered period (a game clock, where a bare "at 2:45" may be a time of day); a time gone and a time left then agree only
// if they add up to a whole number of minutes — a contest's periods last whole minutes — so "at 2:51"
// and "with four seconds remaining" (2:55 in all) cannot both be true, whatever the length. Two lengths:
// nothing is compared.
// A contest is stopped once, so every stoppage time of the story is of one moment — unless the reports
// name different periods beside their times ("in the second round", "in the fifth round": two bouts of
// a card), when nothing is said; a rough time ("about half a minute left") and a source giving two
// are left out.
import type { SentenceRef } from '../text/corpus.js';
import { findNumbers } from '../text/numbers.js';
import { alternation, lang } from '../lang/index.js';
import type { Discrepancy } from '../types.js';
import { statementAt } from './statements.js';
import { onePerSource, sidesOf } from './told.js';

/** How far before the time the verb of stopping may stand, in characters. */
const REACH = 100;

/** A stoppage as a source tells it: the time gone in the period, or the time left (seconds). */
interface Stop { ref: SentenceRef; gone: number | null; left: number | null; words: string; start: number; end: number }

/** A word or digits as a whole number ("three", "3"). */
function wholeNumber(word: string): number | null {
  const n = findNumbers(word)[0];
  return n && n.start === 0 && n.end === word.length && Number.isInteger(n.value) ? n.value : null;
}

export function stoppageTimes(sentences: SentenceRef[]): Discrepancy[] {
  const pack = lang();
  const periods = alternation(pack.PERIOD_NOUNS);
  const lengths = new Set<number>();
  for (const ref of sentences) {
    for (const m of ref.sentence.text.matchAll(new RegExp(`\\b([\\p{L}\\d]+)${pack.discrepancies.MINUTES_LONG}\\s+(?:[\\p{L}-]+\\s+)?(?:${periods})s?\\b`, 'giu'))) {
      const minutes = wholeNumber(m[1]);
      if (minutes) lengths.add(minutes * 60);
    }
  }
  if (lengths.size > 1) return [];
  const length = lengths.size ? [...lengths][0] : null;
  // Without a length, the story must number its periods ("the sixth round"): "a period of weeks" or
  // "fired a round" is no contest.
  if (length === null && !periodsNamed(sentences.map((r) => r.sentence.text), periods).size) return [];
  const stop = new RegExp(`\\b(?:${alternation(pack.STOP_VERBS)})\\b`, 'i');
  const units = alternation(Object.keys(pack.TIME_UNITS));
  const left = alternation(pack.REMAINING_WORDS);
  const clock = pack.discrepancies.AT_CLOCK;
  const remaining = new RegExp(`${pack.discrepancies.LEFT_WITH}(?:(\\d{1,2}):([0-5]\\d)|([\\p{L}\\d]+)\\s+(${units}))\\s+(?:${left})\\b`, 'giu');
  const within = (seconds: number) => length === null || seconds <= length;
  const stops: Stop[] = [];
  for (const ref of sentences) {
    const text = ref.sentence.text;
    // A verb of stopping shortly before the time, in its sentence ("… before stopping the bout at 1:47").
    const stoppedIn = (start: number) => stop.test(text.slice(Math.max(0, start - REACH), start));
    for (const m of text.matchAll(clock)) {
      const end = m.index + m[0].length;
      const gone = Number(m[1]) * 60 + Number(m[2]);
      if (!within(gone) || !stoppedIn(m.index)) continue;
      stops.push({ ref, gone, left: null, words: m[0], start: m.index, end });
    }
    for (const m of text.matchAll(remaining)) {
      const end = m.index + m[0].length;
      const count = m[1] ? Number(m[1]) * 60 + Number(m[2]) : (wholeNumber(m[3]) ?? NaN) * pack.TIME_UNITS[m[4].toLowerCase()];
      if (!Number.isFinite(count) || !within(count) || !stoppedIn(m.index)) continue;
      stops.push({ ref, gone: null, left: count, words: m[0], start: m.index, end });
    }
  }
  if (periodsNamed(stops.map((s) => s.ref.sentence.text), periods).size > 1) return [];
  // Seconds into the period, when the length is known.
  const elapsed = (s: Stop) => s.gone ?? length! - s.left!;
  const agree = length !== null ? (a: Stop, b: Stop) => elapsed(a) === elapsed(b) : wholeMinutesApart;
  const told = onePerSource(stops, agree);
  if (told.every((a) => told.every((b) => agree(a, b)))) return [];
  // Without a length, some source must give the time left of a numbered period in the same sentence
  // ("with four seconds remaining of the third round"): that is a game clock. Two bare "at 2:45" and
  // "at 2:50" may be times of day, and a time left of something else ("with ten minutes left before the
  // curfew") is no contest's clock, though the story numbers rounds of something else elsewhere.
  if (length === null && !told.some((s) => s.left !== null && periodsNamed([s.ref.sentence.text], periods).size > 0)) return [];
  const times = length !== null
    ? sidesOf(told, (s) => s.words, (s) => ({ value: s.words, elapsed: elapsed(s) }))
    : sidesOf(told, (s) => s.words, (s) => (s.gone !== null ? { value: s.words, elapsed: s.gone } : { value: s.words, remaining: s.left! }));
  return [{
    id: 'claim-stoppage', kind: 'claim',
    finding: { rule: 'stoppage', period: length, times },
    statements: told.map((s) => statementAt(s.ref, s.start, s.end)),
  }];
}

/**
 * Two stoppages told without the period's length agree when both give the time gone, or both the time
 * left, and it is the same; or when the time gone and the time left make a whole number of minutes.
 */
function wholeMinutesApart(a: Stop, b: Stop): boolean {
  if (a.gone !== null && b.gone !== null) return a.gone === b.gone;
  if (a.left !== null && b.left !== null) return a.left === b.left;
  return ((a.gone ?? b.gone)! + (a.left ?? b.left)!) % 60 === 0;
}

/** The periods the texts name by their number ("the sixth round", "round 6"). */
function periodsNamed(texts: string[], periods: string): Set<number> {
  const { ORDINAL_WORDS, ORDINAL_SUFFIXES } = lang().figures;
  const ordinal = `(${Object.keys(ORDINAL_WORDS).join('|')}|\\d+(?:${alternation(ORDINAL_SUFFIXES)}))`;
  const named = new RegExp(`\\b${ordinal}\\s+(?:${periods})\\b|\\b(?:${periods})\\s+(\\d+)\\b`, 'gi');
  const out = new Set<number>();
  for (const s of new Set(texts)) {
    for (const m of s.matchAll(named)) {
      const n = m[2] ? Number(m[2]) : ORDINAL_WORDS[m[1].toLowerCase()] ?? parseInt(m[1], 10);
      if (Number.isFinite(n)) out.add(n);
    }
  }
  return out;
}
