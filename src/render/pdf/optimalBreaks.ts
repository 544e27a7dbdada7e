// PDF writer, optimal (Knuth–Plass) line breaks of a justified paragraph, via `tex-linebreak`, in
// work linear in the paragraph's length. tex-linebreak keeps a separate active break point for every
// line number a position can be reached at, and that spread grows with the paragraph: its work is
// quadratic (words → CPU: 10,000 → 0.15 s, 40,000 → 2.2 s, 80,000 → 9.5 s; a 200,000-word table
// cell, which the PDF prints as one paragraph, took 42 s). So a paragraph longer than a window is
// broken a window at a time: optimal within the window, and the window's last lines, which see its
// artificial end, are broken again at the start of the next.
import texLinebreak from 'tex-linebreak';

const { breakLines, MIN_COST } = texLinebreak;

type BreakItem = Parameters<typeof breakLines>[0][number];

export interface OptimalOptions {
  /** Largest stretch of a line's spaces (as a ratio of their stretchability) tried first. */
  maxStretch: number;
  doubleHyphenPenalty: number;
  adjacentLooseTightPenalty: number;
}

/** Items in one window: ≈ 2,000 words, ≈ 150 lines at the body measure — no ordinary paragraph is
 * windowed, and a window's breaking is cheap (a few ms). */
export const WINDOW_ITEMS = 4000;
/** Breaks kept from a window: those in its first three quarters; the rest is ≈ 35 lines of lookahead. */
const KEEP_ITEMS = 3000;
/** A stretch so large the last line of a paragraph is never spread. */
const FILL = 100000;

/** Break indices into `items` (which end with a forced break), starting with 0 as tex-linebreak's do;
 * lines looser than `maxStretch` where there is no other way (TeX's emergency pass). */
export function optimalBreaks<T extends BreakItem>(items: T[], width: number, opts: OptimalOptions): number[] {
  return windowed(items, width, opts, emergency)!;
}

/** Breaks with every line within `maxStretch`, or undefined when there are none. */
export function breaksWithin<T extends BreakItem>(items: T[], width: number, opts: OptimalOptions): number[] | undefined {
  return windowed(items, width, opts, (its, w, o) => within(its, w, o, o.maxStretch));
}

type Solve = (items: BreakItem[], width: number, opts: OptimalOptions) => number[] | undefined;

function windowed(items: BreakItem[], width: number, opts: OptimalOptions, solve: Solve): number[] | undefined {
  if (items.length <= WINDOW_ITEMS) return solve(items, width, opts);
  const breaks = [0];
  let from = 0;
  const rest = (): number[] | undefined => {
    const tail = solve(items.slice(from), width, opts);
    return tail && [...breaks, ...tail.slice(1).map((b) => from + b)];
  };
  while (items.length - from > WINDOW_ITEMS) {
    const window: BreakItem[] = items.slice(from, from + WINDOW_ITEMS);
    window.push({ type: 'glue', width: 0, stretch: FILL, shrink: 0 }, { type: 'penalty', width: 0, cost: MIN_COST, flagged: false });
    const found = solve(window, width, opts);
    if (!found) return undefined;
    const kept = found.filter((b) => b > 0 && b < KEEP_ITEMS);
    // No break in three quarters of a window: lines that long are few, and few lines are not quadratic.
    if (kept.length === 0) return rest();
    for (const b of kept) breaks.push(from + b);
    // The next line starts after the break (a space or a hyphenation point is dropped there).
    from += kept[kept.length - 1] + 1;
  }
  return rest();
}

/** Stretch limits of the emergency passes, in units of maxStretch. */
const EMERGENCY_LIMITS = [1.25, 1.5, 2, 3, 5];

function within(items: BreakItem[], width: number, opts: OptimalOptions, limit: number): number[] | undefined {
  const demerits = { doubleHyphenPenalty: opts.doubleHyphenPenalty, adjacentLooseTightPenalty: opts.adjacentLooseTightPenalty };
  try {
    return breakLines(items, width, { ...demerits, maxAdjustmentRatio: limit, initialMaxAdjustmentRatio: limit });
  } catch {
    return undefined;
  }
}

/** No breaking within the stretch limit: the least loose there is, found by raising the limit step by
 * step (TeX's emergency pass); tex-linebreak's own unlimited pass is the last resort. */
function emergency(items: BreakItem[], width: number, opts: OptimalOptions): number[] {
  let found = within(items, width, opts, opts.maxStretch);
  for (const limit of EMERGENCY_LIMITS) found ??= within(items, width, opts, opts.maxStretch * limit);
  return found ?? breakLines(items, width, { doubleHyphenPenalty: opts.doubleHyphenPenalty, adjacentLooseTightPenalty: opts.adjacentLooseTightPenalty, maxAdjustmentRatio: null });
}
