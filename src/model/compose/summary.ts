// Model stage: the Executive summary section — each summary sentence as a list item, followed by a
// citation of every supporting source paragraph and a footnote ref for each discrepancy it touches.
import type { SummarySentence } from '../../analysis/types.js';
import type { Inline, Section } from '../document.js';
import { citeParagraph, citeSource, type ComposeContext, discrepancyNoteId, noteRef, para, text } from './context.js';

export function composeSummarySection(ctx: ComposeContext): Section | null {
  const { summary } = ctx.analysis;
  if (summary.length === 0) return null;
  return {
    kind: 'summary', anchor: 'sec-summary', title: 'Executive summary', children: [],
    blocks: [{ type: 'list', ordered: false, items: summary.map((s) => [para(summaryInlines(s))]) }],
  };
}

function summaryInlines(s: SummarySentence): Inline[] {
  const cites: Inline[] = s.citations?.length
    ? s.citations.map((c) => citeParagraph(c.source, c.paragraph))
    : s.sources.map((id) => (s.origin?.source === id ? citeParagraph(id, s.origin.paragraph) : citeSource(id)));
  const out: Inline[] = [text(`${s.text} (`)];
  cites.forEach((c, i) => { if (i > 0) out.push(text(', ')); out.push(c); });
  out.push(text(')'));
  for (const d of s.discrepancies ?? []) out.push(noteRef(discrepancyNoteId(d)));
  return out;
}
