// Analysis stage (figures): how a reported value reads — qualifier, amount, range and unit — shared by
// discrepancy notes and the Key figures table so both say it the same way.
import { formatNumber } from '../text/numbers.js';
import type { FigureValue } from '../types.js';

/** "at least 52", "hundreds", "as many as 5,000 (alleged)": the amount, and whether it is only alleged. */
export function formatValue(v: Pick<FigureValue, 'value' | 'valueMax' | 'qualifier' | 'wording' | 'unit' | 'hedged'>): string {
  return `${formatAmount(v)}${v.hedged ? ' (alleged)' : ''}`;
}

/** "1,240 (the minister)", "as many as 5,000 (alleged by the army)": the amount with who gave it. */
export function formatValueSaid(v: Pick<FigureValue, 'value' | 'valueMax' | 'qualifier' | 'wording' | 'unit' | 'hedged' | 'attribution'>): string {
  return `${formatAmount(v)}${whoGave(v)}`;
}

/** " (the minister)", " (alleged by the army)", " (alleged)" or "" — to follow the amount. */
export function whoGave(v: Pick<FigureValue, 'hedged' | 'attribution'>): string {
  if (v.attribution) return ` (${v.hedged ? 'alleged by ' : ''}${v.attribution})`;
  return v.hedged ? ' (alleged)' : '';
}

/**
 * "at least 52", "30–40", "almost 6,000", "USD 3 billion", "45%", "5 days"; a vague amount reads as the
 * source's word ("hundreds"), with no number the source never gave.
 */
export function formatAmount(v: Pick<FigureValue, 'value' | 'valueMax' | 'qualifier' | 'wording' | 'unit'>): string {
  if (v.value === null) return (v.wording ?? v.qualifier ?? '').toLowerCase();
  let n = v.valueMax !== undefined && v.valueMax !== v.value ? `${formatNumber(v.value)}–${formatNumber(v.valueMax)}` : formatNumber(v.value);
  if (v.unit === '%') n += '%';
  else if (v.unit && /^[A-Z]{3}$/.test(v.unit)) n = `${v.unit} ${n}`;
  else if (v.unit) n += ` ${v.value === 1 && !v.valueMax ? v.unit.replace(/s$/, '') : v.unit}`;
  return v.qualifier ? `${v.qualifier} ${n}` : n;
}
