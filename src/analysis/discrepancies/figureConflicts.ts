// Analysis stage (discrepancies): figures whose sources give amounts that cannot both be true, and
// figures whose sources agree on the amount but count different things ("vehicles" vs "pieces of equipment").
import { formatAmount } from '../figures/format.js';
import type { Discrepancy, Figure, FigureSide, FigureValue, Finding } from '../types.js';
import { valueStatement } from './statements.js';
import { lang } from '../lang/index.js';
import { allOverlap, valueInterval } from '../figures/qualifiers.js';

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
  const byAmount = groupBy(f.values, amountKey);
  // The note is reprinted on every page that cites it: give the most-reported values, count the rest.
  const reach = new Map([...byAmount].map(([amount, vs]) => [amount, new Set(vs.map((v) => v.source)).size]));
  const amounts = [...byAmount.entries()].sort((a, b) => reach.get(b[0])! - reach.get(a[0])!);
  const shown = amounts.slice(0, NOTED_VALUES);
  const sides = shown.map(([, vs]): FigureSide => {
    const found = speakers(vs);
    return {
      amount: formatAmount(vs[0]), hedged: Boolean(vs[0].hedged), speakers: found.slice(0, NOTED_SPEAKERS), moreSpeakers: Math.max(0, found.length - NOTED_SPEAKERS),
      sources: vs.map((v) => v.source),
      credited: vs.filter((v) => v.attribution).map((v) => v.source),
      uncredited: vs.filter((v) => !v.attribution).map((v) => v.source),
    };
  });
  const self = [...groupBy(f.values, (v) => v.source)].filter(([, vs]) => selfContradicts(vs)).map(([s]) => s);
  return { rule: 'figureConflict', label: f.label, measured: measured(f), amounts: sides, otherAmounts: amounts.length - shown.length, selfContradicting: self };
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
