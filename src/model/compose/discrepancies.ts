// Model stage: the Discrepancies section — every place the sources disagree, one line each with its
// footnote marker — and the footnote body of a discrepancy: its account, then each side quoted and cited.
import type { Discrepancy } from '../../analysis/types.js';
import type { Block, Inline, Section } from '../document.js';
import { citeSource, type ComposeContext, discrepancyNoteId, noteRef, para, quoteWithCitation, text } from './context.js';

const KIND_WORD: Record<Discrepancy['kind'], string> = { figure: 'Figure', name: 'Name', claim: 'Claim' };

export function composeDiscrepanciesSection(ctx: ComposeContext): Section | null {
  const list = ctx.analysis.discrepancies;
  if (!list.length) return null;
  const intro = para([text(`${list.length} point${list.length === 1 ? '' : 's'} on which the sources disagree or a source contradicts itself. `
    + 'Each note quotes every side verbatim, with a link to the paragraph.')], 'small');
  return {
    kind: 'discrepancies', anchor: 'sec-discrepancies', title: 'Discrepancies',
    blocks: [intro, { type: 'list', ordered: true, items: list.map((d) => [para(discrepancyLine(d))]) }],
    children: [],
  };
}

/** "Figure · troops deployed — Sources disagree …¹ (S2, S3, S4)". */
function discrepancyLine(d: Discrepancy): Inline[] {
  const sources = [...new Set(d.statements.map((s) => s.source))];
  const cites: Inline[] = sources.flatMap((s, i) => (i ? [text(', '), citeSource(s)] : [citeSource(s)]));
  return [
    { type: 'strong', children: [text(`${KIND_WORD[d.kind]} · ${d.about}`)] },
    text(` — ${d.note}`),
    noteRef(discrepancyNoteId(d)),
    text(' ('), ...cites, text(')'),
  ];
}

/** The footnote body for a discrepancy: its account, then each side quoted with source and ¶. */
export function discrepancyFootnote(d: Discrepancy): Block[] {
  return [
    para([{ type: 'strong', children: [text(`${d.about}.`)] }, text(` ${d.note}`)]),
    ...d.statements.map((s) => para(quoteWithCitation(s))),
  ];
}
