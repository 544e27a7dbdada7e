// Analysis stage (figures): how a reported amount reads — qualifier, amount, range and unit — shared by
// discrepancy findings and the Key figures table so both say it the same way. Who gave it, or that it is
// only alleged, is worded by the model (model/amounts.ts).
import { formatNumber } from '../text/numbers.js';
import type { FigureValue } from '../types.js';

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
