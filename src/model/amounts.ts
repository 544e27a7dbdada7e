// Model stage: a reported amount as the dossier prints it — the amount (analysis/figures/format.ts), then
// who gave it or that it is only alleged, in the dossier's words (model/terms.ts).
import { formatAmount } from '../analysis/figures/format.js';
import type { FigureValue } from '../analysis/types.js';
import { fillTerm, type Wording } from './terms.js';

/** " (the minister)", " (alleged by the army)", " (alleged)" or "" — to follow the amount. */
export function whoGave(v: Pick<FigureValue, 'hedged' | 'attribution'>, words: Wording): string {
  if (v.attribution) return ` (${v.hedged ? fillTerm(words.allegedBy, { who: v.attribution }) : v.attribution})`;
  return v.hedged ? ` (${words.alleged})` : '';
}

/** "1,240 (the minister)", "as many as 5,000 (alleged by the army)": the amount with who gave it. */
export function formatValueSaid(v: Pick<FigureValue, 'value' | 'valueMax' | 'qualifier' | 'wording' | 'unit' | 'hedged' | 'attribution'>, words: Wording): string {
  return `${formatAmount(v)}${whoGave(v, words)}`;
}
