// Model stage: the Discrepancies section and the footnote text of each discrepancy
// (placeholder until the figures/discrepancies work lands).
import type { Discrepancy } from '../../analysis/types.js';
import type { Block, Section } from '../document.js';
import { type ComposeContext, para, quoteWithCitation, text } from './context.js';

export function composeDiscrepanciesSection(_ctx: ComposeContext): Section | null {
  return null;
}

/** The footnote body for a discrepancy: its account, then each side quoted with source and ¶. */
export function discrepancyFootnote(d: Discrepancy): Block[] {
  return [para([text(d.note)]), ...d.statements.map((s) => para(quoteWithCitation(s)))];
}
