// Model stage: the Key figures section — one table row per figure: what is counted, each source's value
// with its qualifier and verbatim wording (cited to the ¶), and whether the sources agree, in a symbol
// and a word (never colour alone). Rows with a discrepancy carry its footnote marker.
import { formatAmount, whoGave } from '../../analysis/figures/format.js';
import type { Agreement, Discrepancy, Figure } from '../../analysis/types.js';
import type { Block, Inline, Section, TableCell } from '../document.js';
import { capitalise, citeParagraph, type ComposeContext, discrepancyNoteId, noteRef, para, text } from './context.js';
import { excerpt } from './discrepancies.js';

/** The agreement symbols and words are design tokens (styles/theme.yml), shared with the writers. */
function agreementLabel(a: Agreement, ctx: ComposeContext): string {
  const t = ctx.theme.agreement[a];
  return `${t.symbol} ${t.word}`;
}

export function composeFiguresSection(ctx: ComposeContext): Section | null {
  const figures = ctx.analysis.figures;
  if (!figures.length) return null;
  const own = figures.filter((f) => !f.background);
  const background = figures.filter((f) => f.background);
  const blocks: Block[] = [para([text(legend(figures, ctx))], 'small')];
  if (own.length) blocks.push(figuresTable(own, ctx));
  if (background.length) {
    blocks.push({ type: 'heading', level: 3, content: [text('Background figures')] });
    blocks.push(para([text('Quantities about earlier events, reported for context; they are not this event’s figures.')], 'small'));
    blocks.push(figuresTable(background, ctx));
  }
  return { kind: 'figures', anchor: 'sec-figures', title: 'Key figures', blocks, children: [] };
}

function legend(figures: Figure[], ctx: ComposeContext): string {
  const count = (a: Agreement) => figures.filter((f) => f.agreement === a).length;
  return `${figures.length} quantit${figures.length === 1 ? 'y' : 'ies'} the sources report: `
    + `${count('consistent')} on which sources agree (${agreementLabel('consistent', ctx)}), `
    + `${count('conflicting')} on which they conflict (${agreementLabel('conflicting', ctx)}), `
    + `${count('single-source')} from one source only (${agreementLabel('single-source', ctx)}). `
    + 'Each value keeps the source’s own qualifier and wording; “S2 ¶4” links to the paragraph quoted.';
}

function figuresTable(figures: Figure[], ctx: ComposeContext): Block {
  return {
    type: 'table',
    kind: 'figures',
    header: [
      { content: [text('Figure')], weight: 2 },
      { content: [text('Reported values, by source')], weight: 6 },
      { content: [text('Agreement')], weight: 1.6 },
    ],
    rows: figures.map((f) => figureRow(f, ctx)),
  };
}

function figureRow(f: Figure, ctx: ComposeContext): TableCell[] {
  const values: Inline[] = [];
  f.values.forEach((v, i) => {
    if (i > 0) values.push({ type: 'lineBreak' });
    values.push(citeParagraph(v.source, v.paragraph), text(' '), { type: 'strong', children: [text(formatAmount(v))] }, text(`${whoGave(v)} — ${excerpt(v, ctx.articles)}`));
  });
  const own = f.discrepancy ? ctx.analysis.discrepancies.find((d) => d.id === f.discrepancy) : undefined;
  const agreement: Inline[] = own && f.agreement !== 'conflicting' ? caveatedAgreement(f.agreement, own, ctx) : [text(agreementLabel(f.agreement, ctx))];
  if (f.discrepancy) agreement.push(noteRef(discrepancyNoteId(f.discrepancy)));
  return [
    { content: [text(capitalise(f.label))], header: true },
    { content: values },
    { content: agreement },
  ];
}

/**
 * Sources that agree on the amount can still disagree about the figure (what was counted, whether it is
 * official): the cell says both, so "agree" never stands alone next to a discrepancy note.
 */
function caveatedAgreement(a: Agreement, d: Discrepancy, ctx: ComposeContext): Inline[] {
  const { consistent, conflicting } = ctx.theme.agreement;
  const first = a === 'consistent' ? `${consistent.symbol} same number` : agreementLabel(a, ctx);
  const caveat = d.kind === 'figure' ? 'counts different things' : 'disputed';
  return [text(first), { type: 'lineBreak' }, text(`${conflicting.symbol} ${caveat}`)];
}
