// Analysis stage (figures): the round in which a contest was decided, a knockdown happened or a side was
// eliminated — "stopped him in the sixth round", "wins in six", "in 6", "a fourth round stoppage", "floored
// him near the end of the fifth round", "dropped him again in the sixth", "eliminated in the first round
// of the playoffs". A round number that only says when something
// happened ("landed a left in the third") is not a figure: the clause must say the contest was stopped
// or won, or someone was put down.
import { lang } from '../lang/index.js';
import { findNumbers } from '../text/numbers.js';
import { ORDINAL, ordinalValue, type SpecialReading } from './special.js';

/** The figures' words of the corpus's language (lang/en-figures.ts for English). */
const F = () => lang().figures;

/** "in the sixth round", "of the sixth", "in six rounds", "in 6", "a fourth round stoppage". */
export function readRounds(text: string): SpecialReading[] {
  const out: SpecialReading[] = [];
  for (const m of text.matchAll(ORDINAL())) {
    const value = ordinalValue(m[0]);
    if (value === null) continue;
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 30);
    const before = text.slice(Math.max(0, start - 12), start);
    const roundAfter = F().ROUND_AFTER.exec(after);
    // "in the sixth" stands for the round only at a clause end; "the sixth round" anywhere.
    const bare = F().ROUND_THE_BEFORE.test(before) && F().BARE_ROUND_AFTER.test(after);
    if (!roundAfter && !bare) continue;
    const coreEnd = roundAfter ? end + roundAfter[0].length : end;
    const what = eventNear(text, start, coreEnd);
    if (!what) continue;
    out.push({
      numStart: start, numEnd: end, value, cls: 'round', event: what.event, subject: null, nouns: ['round'],
      // One contest is stopped once; a fighter may go down in several rounds, each a figure of its own.
      // (Several sides are eliminated in a tournament, each in its own round: only the same round is one figure.)
      ...(what.event === 'knockdown' || what.event === 'elimination' ? { facet: String(value) } : {}),
      coreStart: Math.min(start, what.start), coreEnd: Math.max(coreEnd, what.end),
    });
  }
  // "in six rounds", "Wins in Six", "in 6": a count of rounds after a stop or win verb.
  for (const n of findNumbers(text)) {
    if (n.calendar || n.form === 'vague' || n.currency || n.value < 1 || n.value > 15 || !Number.isInteger(n.value)) continue;
    const before = text.slice(Math.max(0, n.start - 4), n.start);
    const after = text.slice(n.end, n.end + 20);
    if (!F().IN_BEFORE.test(before)) continue;
    const rounds = F().ROUNDS_AFTER.exec(after);
    if (!rounds && !F().ROUNDS_END_AFTER.test(after)) continue;
    const verb = lastMatch(F().STOP, text.slice(Math.max(0, n.start - 60), n.start));
    if (!verb || verb.event !== 'stoppage' && verb.event !== 'win') continue;
    const vStart = Math.max(0, n.start - 60) + verb.index;
    // A stop verb far back across a clause mark is not this number's.
    if (F().ROUND_CLAUSE_MARK.test(text.slice(vStart, n.start)) && !rounds) continue;
    out.push({ numStart: n.start, numEnd: n.end, value: n.value, cls: 'round', event: 'stoppage', subject: null, nouns: ['round'], coreStart: vStart, coreEnd: n.end + (rounds?.[0].length ?? 0) });
  }
  return out;
}

function lastMatch(re: RegExp, s: string): { index: number; text: string; event: string } | null {
  let last: RegExpMatchArray | null = null;
  for (const m of s.matchAll(re)) last = m;
  if (!last) return null;
  return { index: last.index!, text: last[0], event: F().WIN_VERB.test(last[0]) ? 'win' : 'stoppage' };
}

/**
 * The event of the round: the nearest stop or knockdown word within the clause, before the ordinal
 * (ten words at most) or right after it ("a fourth round stoppage").
 */
function eventNear(text: string, start: number, end: number): { event: string; start: number; end: number } | null {
  const from = Math.max(0, start - 90);
  let left = text.slice(from, start);
  const mark = Math.max(left.lastIndexOf(';'), left.lastIndexOf('. '), left.search(F().LAST_JOIN));
  const cut = mark >= 0 ? mark + 1 : 0;
  left = left.slice(cut);
  const candidates: { event: string; start: number; end: number }[] = [];
  for (const [re, event] of [[F().STOP, 'stoppage'], [F().DOWN, 'knockdown'], [F().OUT, 'elimination']] as const) {
    for (const m of left.matchAll(re)) {
      if (event === 'stoppage' && F().WIN_VERB.test(m[0]) && !F().IN_BEFORE.test(text.slice(0, start))) continue;
      candidates.push({ event, start: from + cut + m.index, end: from + cut + m.index + m[0].length });
    }
    const right = /^\s*(\S+)/.exec(text.slice(end, end + 20));
    if (right) {
      re.lastIndex = 0;
      const hit = new RegExp(`^${re.source}`, 'i').exec(right[1]);
      if (hit) candidates.push({ event, start: end, end: end + right[0].length });
    }
    // "…in the third round, putting him down early in the frame": a participle clause right after.
    const participle = event === 'knockdown' ? F().DOWN_PARTICIPLE.exec(text.slice(end, end + 50)) : null;
    if (participle) {
      const hit = new RegExp(re.source, 'i').exec(participle[1]);
      if (hit) candidates.push({ event, start: end, end: end + participle[0].indexOf(participle[1]) + hit.index + hit[0].length });
    }
  }
  if (!candidates.length) return null;
  // Within a dozen words of the ordinal ("floored him with a big right hand near the end of the fifth").
  const near = candidates.filter((c) => c.start >= end || text.slice(c.end, start).trim().split(/\s+/).length <= 12);
  if (!near.length) return null;
  return near.sort((a, b) => Math.abs(start - a.end) - Math.abs(start - b.end))[0];
}
