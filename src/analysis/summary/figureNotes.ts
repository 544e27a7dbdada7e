// Analysis stage (summary): what the key figures know about a sentence's numbers. A line whose every
// figure is another event's (a background row: "In 2009, a quake killed 309") is context the key figures
// show apart, never a line of the summary; a line giving a count that other sources, agreeing, put higher
// ("at least 23 killed" beside "rose to 31") is an earlier report's — the summary would state an outdated
// toll as the event's. A line stating the number that most sources give alike ("$3.1 billion" in five
// reports worded seven ways) carries the news those sources share, though no other sentence backs its words.
import type { Figure, FigureValue } from '../types.js';
import type { Candidate } from './candidates.js';

/** Quality multiplier of a count the sources have since raised. */
const OUTDATED = 0.5;

type Stated = { figure: Figure; value: FigureValue }[];

/** For each candidate, the key figures' values it states. */
export function figuresStated(cands: Candidate[], figures: Figure[]): Stated[] {
  const at = new Map<string, Stated>();
  for (const figure of figures) {
    for (const value of figure.values) {
      const key = `${value.source}:${value.paragraph}`;
      at.set(key, [...(at.get(key) ?? []), { figure, value }]);
    }
  }
  return cands.map((c) => (at.get(`${c.source}:${c.paragraph}`) ?? []).filter(({ value }) => value.start >= c.start && value.start < c.start + c.text.length));
}

/** Whether a candidate may be quoted: not when it only restates another event's figures; an outdated count is marked down. */
export function weighFigures(c: Candidate, stated: Stated): boolean {
  if (stated.length === 0) return true;
  if (stated.every(({ figure }) => figure.background)) return false;
  if (stated.some(({ figure, value }) => outdated(figure, value))) c.quality *= OUTDATED;
  return true;
}

/** Other sources giving the same number that make it the event's shared fact (four reports in all). */
const SHARED_BY = 3;

/** The figures the candidate states that at least SHARED_BY other sources give with the very same number, and how many do. */
export function sharedFigures(c: Candidate, stated: Stated): Map<Figure, number> {
  const out = new Map<Figure, number>();
  for (const { figure, value } of stated) {
    if (figure.background || figure.agreement !== 'consistent' || value.value === null) continue;
    const same = new Set(figure.values.filter((o) => o.source !== c.source && o.value === value.value).map((o) => o.source));
    if (same.size >= SHARED_BY) out.set(figure, Math.max(out.get(figure) ?? 0, same.size));
  }
  return out;
}

/** A count another source gives this much higher is a later one, not a rounding ("more than 320" beside 327). */
const RISEN = 1.1;

/** The sources agree on the count and another gives a clearly higher number: this one was said before the count rose. */
function outdated(figure: Figure, value: FigureValue): boolean {
  // counts only: an age, a length or an amount does not rise as reports come in
  if (figure.background || figure.agreement !== 'consistent' || value.value === null || value.unit) return false;
  const v = value.valueMax ?? value.value;
  return figure.values.some((o) => o.source !== value.source && o.value !== null && o.value > v * RISEN);
}
