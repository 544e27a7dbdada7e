// Model stage: the Executive summary section — each summary sentence as a list item, followed by a
// citation of every supporting source paragraph and a footnote ref for each discrepancy it touches.
import type { SummarySentence } from '../../analysis/types.js';
import type { Inline, Section } from '../document.js';
import { paragraphCitations, sourceList } from './citations.js';
import { type ComposeContext, noteRef, para, text, wordsOf } from './context.js';
import { discrepancyNoteId } from '../anchors.js';
import { termsFor } from '../terms.js';

export function composeSummarySection(ctx: ComposeContext): Section | null {
  const { summary } = ctx.analysis;
  if (summary.length === 0) return null;
  return {
    kind: 'summary', anchor: 'sec-summary', title: termsFor(ctx.settings.language).summary, children: [],
    blocks: [{ type: 'list', ordered: false, items: summary.map((s) => [para(summaryInlines(s, ctx))]) }],
  };
}

function summaryInlines(s: SummarySentence, ctx: ComposeContext): Inline[] {
  const cites: Inline[] = s.citations?.length
    ? paragraphCitations(s.citations, ctx.notes ?? new Map(), wordsOf(ctx))
    : sourceList(s.sources, ctx.articles.map((a) => a.id));
  const out: Inline[] = [text(`${s.text} (`), ...cites, text(')')];
  for (const d of s.discrepancies ?? []) out.push(noteRef(discrepancyNoteId(d)));
  return out;
}
