// Analysis stage (discrepancies): when a contest was stopped, told as the clock of the period by some
// sources ("stopped the bout at 1:47") and as what was left of it by others ("stopped him with two
// seconds remaining of the round"). The two agree only if they add up to the period's length, which is
// read from the reports themselves ("the next three-minute round"); when the reports give no length,
// or two lengths, nothing is compared. A contest is stopped once, so every stoppage time of the story is
// of one moment; a rough time ("about half a minute left") and a source giving two are left out.
import type { SentenceRef } from '../text/corpus.js';
import { findNumbers } from '../text/numbers.js';
import { alternation, lang } from '../lang/index.js';
import type { Discrepancy } from '../types.js';
import { statementAt } from './statements.js';
import { onePerSource, sidesOf } from './told.js';

/** How far before the time the verb of stopping may stand, in characters. */
const REACH = 100;

interface Stop { ref: SentenceRef; elapsed: number; words: string; start: number; end: number }

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
  if (lengths.size !== 1) return [];
  const [length] = lengths;
  const stop = new RegExp(`\\b(?:${alternation(pack.STOP_VERBS)})\\b`, 'i');
  const units = alternation(Object.keys(pack.TIME_UNITS));
  const left = alternation(pack.REMAINING_WORDS);
  const clock = pack.discrepancies.AT_CLOCK;
  const remaining = new RegExp(`${pack.discrepancies.LEFT_WITH}(?:(\\d{1,2}):([0-5]\\d)|([\\p{L}\\d]+)\\s+(${units}))\\s+(?:${left})\\b`, 'giu');
  const stops: Stop[] = [];
  for (const ref of sentences) {
    const text = ref.sentence.text;
    // A verb of stopping shortly before the time, in its sentence ("… before stopping the bout at 1:47").
    const stoppedIn = (start: number) => stop.test(text.slice(Math.max(0, start - REACH), start));
    for (const m of text.matchAll(clock)) {
      const end = m.index + m[0].length;
      const elapsed = Number(m[1]) * 60 + Number(m[2]);
      if (elapsed > length || !stoppedIn(m.index)) continue;
      stops.push({ ref, elapsed, words: m[0], start: m.index, end });
    }
    for (const m of text.matchAll(remaining)) {
      const end = m.index + m[0].length;
      const count = m[1] ? Number(m[1]) * 60 + Number(m[2]) : (wholeNumber(m[3]) ?? NaN) * pack.TIME_UNITS[m[4].toLowerCase()];
      if (!Number.isFinite(count) || count > length || !stoppedIn(m.index)) continue;
      stops.push({ ref, elapsed: length - count, words: m[0], start: m.index, end });
    }
  }
  const told = onePerSource(stops, (s, first) => s.elapsed === first.elapsed);
  if (new Set(told.map((s) => s.elapsed)).size < 2) return [];
  return [{
    id: 'claim-stoppage', kind: 'claim',
    finding: { rule: 'stoppage', period: length, times: sidesOf(told, (s) => s.words, (s) => ({ value: s.words, elapsed: s.elapsed })) },
    statements: told.map((s) => statementAt(s.ref, s.start, s.end)),
  }];
}
