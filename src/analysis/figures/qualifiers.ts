// Analysis stage (figures): the words around a number that bound it ("at least", "nearly", "up to")
// and the interval each bound stands for, so sources can be compared by overlap rather than equality.
import { vagueInterval } from '../text/numbers.js';
import type { FigureValue, Qualifier, QualifierKind } from '../types.js';
import { METRES } from './lengths.js';
import { alternation, lang, perPack } from '../lang/index.js';

export type Interval = [number, number];

interface QualifierRule {
  /** Matches the words just before the number (the text must end with them). */
  before: RegExp;
  canonical: Qualifier;
  bound: (lo: number, hi: number) => Interval;
}

/** Just above v: "more than 50" excludes 50 itself. */
const above = (v: number) => v + Math.max(1e-9, Math.abs(v) * 1e-9);
const below = (v: number) => v - Math.max(1e-9, Math.abs(v) * 1e-9);
/** "About", "some", "around": a rounded figure, within a tenth either way. */
const ROUNDING = 0.1;

/** The interval each kind of qualifier stands for. */
const BOUNDS: Record<QualifierKind, QualifierRule['bound']> = {
  'at least': (lo) => [lo, Infinity],
  'more than': (lo) => [above(lo), Infinity],
  nearly: (lo) => [lo * (1 - ROUNDING), below(lo)],
  'up to': (_lo, hi) => [0, hi],
  'fewer than': (lo) => [0, below(lo)],
  about: (lo, hi) => [lo * (1 - ROUNDING), hi * (1 + ROUNDING)],
};

/** The pack's qualifier words, in its order (longer phrases before their parts: "up to about" before "about"). */
const RULES = perPack((l): QualifierRule[] => l.figures.QUALIFIERS.map(([canonical, words]) => ({
  before: new RegExp(`(?:^|[^\\p{L}])(${alternation(words)})\\s+$`, 'iud'), canonical, bound: BOUNDS[canonical],
})));

/** Which wording the source used, kept for display ("almost" stays "almost"). */
export interface QualifierMatch {
  /** The source's own words, lower-cased ("almost"). */
  words: string;
  canonical: Qualifier;
  /** Where the qualifier starts, as an offset back from the number's start. */
  length: number;
}

/** The qualifier written right before a number, if any ("… at least 52"). */
export function qualifierBefore(textBefore: string): QualifierMatch | null {
  const tail = textBefore.slice(-40);
  for (const rule of RULES()) {
    const m = rule.before.exec(tail);
    if (m?.indices?.[1]) return { words: m[1].toLowerCase(), canonical: rule.canonical, length: tail.length - m.indices[1][0] };
  }
  return null;
}

/** The interval a value stands for, given its qualifier (by the source's words or the canonical one). */
export function intervalOf(value: number, valueMax: number | undefined, qualifier: string | null): Interval {
  const hi = valueMax ?? value;
  if (!qualifier) return valueMax === undefined ? roundedInterval(value) : [value, hi];
  const rule = RULES().find((x) => x.canonical === qualifier) ?? RULES().find((x) => x.before.test(`${qualifier} `));
  return rule ? rule.bound(value, hi) : [value, hi];
}

/**
 * A bare number ending in three or more zeros ("2,000", "7,500,000") is a rounded report: it stands for
 * anything that rounds to it. Fewer zeros ("1,800", "50") are taken as exact.
 */
function roundedInterval(v: number): Interval {
  if (!Number.isInteger(v) || v < 1000) return [v, v];
  let unit = 1;
  while (v % (unit * 10) === 0) unit *= 10;
  return unit >= 1000 ? [v - unit / 2, v + unit / 2] : [v, v];
}

/** A vague value has no number, so the interval its words allow stands for it ("dozens": 24–99). */
export const VAGUE = 'vague';

/** The interval a reported value allows: by its number and qualifier, or by a vague amount's words. */
export function valueInterval(v: Pick<FigureValue, 'value' | 'valueMax' | 'qualifier' | 'wording' | 'unit'>): Interval {
  if (v.value === null || v.qualifier === VAGUE) return vagueInterval(v.wording ?? '') ?? [0, Infinity];
  const [lo, hi] = intervalOf(v.value, v.valueMax, v.qualifier);
  // Lengths compare in metres, each as precise as it is written: "9 miles" is 8.5–9.5 miles, so it
  // agrees with "15 km", its conversion; "9 miles" and "10 miles" still differ.
  const metres = METRES[v.unit ?? ''];
  if (metres !== undefined) {
    const half = 0.49 * 10 ** -decimals(v.value);
    return [(lo - (lo === v.value ? half : 0)) * metres, (hi + (hi === (v.valueMax ?? v.value) ? half : 0)) * metres];
  }
  // A share is as precise as it is written: "61 percent" is 61.4 percent rounded, not another share.
  if (v.unit === '%') {
    const half = 0.49 * 10 ** -decimals(v.value);
    return [lo - (lo === v.value ? half : 0), hi + (hi === (v.valueMax ?? v.value) ? half : 0)];
  }
  // Lengths of time compare in days: "a week" and "seven days" agree, "a week" and "eight days" do not.
  const days = DAYS[v.unit ?? ''] ?? 1;
  return [lo * days, hi * days];
}

function decimals(n: number): number {
  return /\.(\d+)$/.exec(String(n))?.[1].length ?? 0;
}

const DAYS: Record<string, number> = { seconds: 1 / 86400, minutes: 1 / 1440, hours: 1 / 24, days: 1, weeks: 7, months: 30.44, years: 365.25 };

/**
 * Reports agree when one amount lies in every interval they allow. On a line, intervals that overlap two
 * by two share a point (Helly), so the highest lower bound against the lowest upper bound decides —
 * the same answer at 5 sources and at 500, in one pass.
 */
export function allOverlap(intervals: Interval[]): boolean {
  let lo = -Infinity;
  let hi = Infinity;
  for (const [a, b] of intervals) { lo = Math.max(lo, a); hi = Math.min(hi, b); }
  return lo <= hi;
}

/** Two reports agree when the amounts they allow overlap. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}
