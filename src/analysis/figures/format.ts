// Analysis stage (figures): how a reported value reads — qualifier, amount, range and unit — shared by
// discrepancy notes and the Key figures table so both say it the same way.
import { formatNumber } from '../text/numbers.js';
import type { FigureValue } from '../types.js';

const VAGUE = /\b(?:dozens?|scores|hundreds|thousands|millions)$/;

/** "at least 164", "30–40", "almost 8,000", "USD 3 billion", "45%", "5 days". */
export function formatValue(v: Pick<FigureValue, 'value' | 'valueMax' | 'qualifier' | 'unit'>): string {
  let n = v.valueMax !== undefined && v.valueMax !== v.value ? `${formatNumber(v.value)}–${formatNumber(v.valueMax)}` : formatNumber(v.value);
  if (v.unit === '%') n += '%';
  else if (v.unit && /^[A-Z]{3}$/.test(v.unit)) n = `${v.unit} ${n}`;
  else if (v.unit) n += ` ${v.value === 1 && !v.valueMax ? v.unit.replace(/s$/, '') : v.unit}`;
  if (v.qualifier && VAGUE.test(v.qualifier)) return `${v.qualifier} (${n})`;
  return v.qualifier ? `${v.qualifier} ${n}` : n;
}
