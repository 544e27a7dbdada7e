// Analysis stage (discrepancies): figures whose sources give amounts that cannot both be true, and
// figures whose sources agree on the amount but count different things ("vehicles" vs "pieces of equipment").
import { formatAmount } from '../figures/format.js';
import type { Discrepancy, Figure, FigureSide, FigureValue, Finding } from '../types.js';
import { valueStatement } from './statements.js';
import { lang } from '../lang/index.js';
import { allOverlap, valueInterval } from '../figures/qualifiers.js';
import { isCurrency } from '../figures/grouping.js';

export function figureConflicts(figures: Figure[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const f of figures) {
    if (f.agreement === 'conflicting') {
      const d: Discrepancy = {
        id: `figure-${f.id}`, kind: 'figure', finding: conflict(f),
        statements: f.values.map(valueStatement),
      };
      f.discrepancy = d.id;
      out.push(d);
    }
    const kind = countedKindDiffers(f);
    if (kind) {
      f.discrepancy ??= kind.id;
      out.push(kind);
    }
  }
  return out;
}

/** Whether the label already says what it measures ("loss", "age of …"); else it is a number of things ("troops deployed"). */
function measured(f: Figure): boolean {
  return lang().MEASURED_LABEL.test(f.label) || lang().isAmountLabel(f.label);
}

const NOTED_VALUES = 4;
const NOTED_SPEAKERS = 3;

/** The amounts of a conflicting figure, each with who gave it ("1,240 — given by the minister (S2 and S3); 1,800 (S4)"), and who contradicts itself. */
function conflict(f: Figure): Finding {
  const byAmount = [...groupBy(f.values, amountKey).values()];
  // The note is reprinted on every page that cites it: give the most-reported values, count the rest.
  const reach = (vs: FigureValue[]) => new Set(vs.map((v) => v.source)).size;
  const amounts = oneSideEach(byAmount.sort((a, b) => reach(b) - reach(a))).sort((a, b) => reach(b.flat()) - reach(a.flat()));
  const shown = amounts.slice(0, NOTED_VALUES);
  const sides = shown.map(([vs, ...also]): FigureSide => {
    const all = [vs, ...also].flat();
    const found = speakers(all);
    return {
      amount: formatAmount(vs[0]), hedged: Boolean(vs[0].hedged), speakers: found.slice(0, NOTED_SPEAKERS), moreSpeakers: Math.max(0, found.length - NOTED_SPEAKERS),
      sources: all.map((v) => v.source),
      credited: all.filter((v) => v.attribution).map((v) => v.source),
      uncredited: all.filter((v) => !v.attribution).map((v) => v.source),
      ...(also.length ? { alsoAs: also.map((ws) => ({ value: formatAmount(ws[0]), sources: ws.map((v) => v.source) })) } : {}),
    };
  });
  const self = [...groupBy(f.values, (v) => v.source)].filter(([, vs]) => selfContradicts(vs)).map(([s]) => s);
  return { rule: 'figureConflict', label: f.label, measured: measured(f), amounts: sides, otherAmounts: amounts.length - shown.length, selfContradicting: self };
}

/**
 * Amounts written differently that agree within the precision they are written with are one side:
 * "3 miles" (anything that rounds to it) and "5 km" can be one distance, "2,000" and "1,800" one count.
 * Only plain amounts (no "about", "at least": a hedge is a side of its own), alleged alike, in one
 * currency, and only when every amount of the side agrees with every other. An amount that agrees with
 * amounts that disagree with each other ("2,000" beside "1,800" and "2,400") sides with neither. The
 * most-reported amount of a side names it; the others are kept as its other wordings.
 * `amounts`: most-reported first.
 */
function oneSideEach(amounts: FigureValue[][]): FigureValue[][][] {
  const plain = (vs: FigureValue[]) => vs.every((v) => v.value !== null && !v.qualifier);
  const currency = (v: FigureValue) => (isCurrency(v.unit) ? v.unit : '');
  const fits = (a: FigureValue[], b: FigureValue[]) => plain(a) && plain(b) && Boolean(a[0].hedged) === Boolean(b[0].hedged)
    && new Set([...a, ...b].map(currency)).size === 1 && allOverlap([...a, ...b].map(valueInterval));
  const sides: FigureValue[][][] = [];
  for (const vs of amounts) {
    const open = sides.filter((s) => s.every((g) => fits(g, vs)) && allOverlap([...s.flat(), ...vs].map(valueInterval)));
    const bridges = open.length === 1 && amounts.some((h) => h !== vs && fits(h, vs) && !open[0].every((g) => fits(g, h)));
    if (open.length === 1 && !bridges) open[0].push(vs);
    else sides.push([vs]);
  }
  return sides;
}

/** Values are one amount when they read the same and are alleged alike. */
function amountKey(v: FigureValue): string {
  return `${formatAmount(v)}${v.hedged ? '|alleged' : ''}`;
}

/** Who gave the values, one name per person: "Jane Doe" and "Doe" are one speaker, named by the surname. */
function speakers(values: FigureValue[]): string[] {
  const bySurname = new Map<string, string>();
  for (const v of values) {
    if (!v.attribution) continue;
    const last = v.attribution.split(' ').pop()!.toLowerCase();
    const had = bySurname.get(last);
    if (!had || v.attribution.length < had.length) bySurname.set(last, v.attribution);
  }
  return [...bySurname.values()];
}

/**
 * A source contradicts itself when two of its values cannot both be true — unless it gives them to two
 * different bodies ("the survey measured 5.9, while the institute put it at 6.1"): that is reporting
 * who said what, not a contradiction.
 */
function selfContradicts(values: FigureValue[]): boolean {
  const who = (v: FigureValue) => v.attribution?.toLowerCase() ?? '';
  return values.some((a, i) => values.some((b, j) => i < j && !allOverlap([valueInterval(a), valueInterval(b)]) && !(who(a) && who(b) && who(a) !== who(b))));
}

/** Same amount, different things counted: one source names a narrower kind the others do not. */
function countedKindDiffers(f: Figure): Discrepancy | null {
  const named = (v: FigureValue) => (v.counted ?? []).join('|');
  const kinds = groupBy(f.values, named);
  if (kinds.size < 2) return null;
  const groups = [...kinds.entries()];
  // Only wordings of one amount that different sources use.
  const sources = groups.map(([, vs]) => new Set(vs.map((v) => v.source)));
  if (sources.every((s, i) => sources.every((t, j) => i === j || [...s].every((x) => t.has(x))))) return null;
  if (!allOverlap(f.values.map(valueInterval))) return null;
  const finding: Finding = { rule: 'countedKinds', label: f.label, amount: formatAmount(f.values[0]), hedged: Boolean(f.values[0].hedged), kinds: groups.map(([, vs]) => ({ value: vs[0].counted ?? [], sources: vs.map((v) => v.source) })) };
  return { id: `counted-${f.id}`, kind: 'figure', finding, statements: f.values.map(valueStatement) };
}

/** Values by key, keys in order of first appearance. */
function groupBy(values: FigureValue[], key: (v: FigureValue) => string): Map<string, FigureValue[]> {
  const groups = new Map<string, FigureValue[]>();
  for (const v of values) {
    const k = key(v);
    const list = groups.get(k);
    if (list) list.push(v);
    else groups.set(k, [v]);
  }
  return groups;
}
