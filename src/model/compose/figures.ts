// Model stage: the Key figures section — one table row per figure: what is counted, each source's value
// with its qualifier and verbatim wording (cited to the ¶), and whether the sources agree, in a symbol
// and a word (never colour alone). Rows with a discrepancy carry its footnote marker.
import { formatAmount } from '../../analysis/figures/format.js';
import { whoGave } from '../amounts.js';
import type { Agreement, Figure, FigureValue } from '../../analysis/types.js';
import type { Theme } from '../../style/theme.js';
import { paragraphCitations } from './citations.js';
import type { Block, Inline, Section, TableCell } from '../document.js';
import { capitalise, type ComposeContext, noteRef, para, text, wordsOf } from './context.js';
import { discrepancyNoteId } from '../anchors.js';
import { excerpt } from './discrepancies.js';
import { fillTerm, termsFor, type Wording } from '../terms.js';

/** The word of each agreement state, in the dossier's language. */
const stateWords = (w: Wording): Record<Agreement, string> => ({ consistent: w.agreement.consistent, conflicting: w.agreement.conflicting, 'single-source': w.agreement.singleSource });

/** An agreement state's symbol (a design token, styles/theme.yml) and its word (the language's table). */
function agreementLabel(a: Agreement, ctx: ComposeContext): string {
  const t = { symbol: ctx.theme.agreement[a].symbol, word: stateWords(wordsOf(ctx))[a] };
  return `${t.symbol} ${t.word}`;
}

export function composeFiguresSection(ctx: ComposeContext): Section | null {
  const figures = ctx.analysis.figures;
  const others = ctx.analysis.otherNumbers ?? [];
  if (!figures.length && !others.length) return null;
  const own = figures.filter((f) => !f.background);
  const background = figures.filter((f) => f.background);
  const blocks: Block[] = figures.length ? [para([text(legend(figures, ctx))], 'small')] : [];
  if (own.length) blocks.push(figuresTable(own, ctx));
  if (others.length) blocks.push(...otherNumbersList(others, ctx));
  if (background.length) {
    blocks.push({ type: 'heading', level: 1, content: [text(wordsOf(ctx).backgroundFigures)] });
    blocks.push(para([text(wordsOf(ctx).backgroundFiguresIntro)], 'small'));
    blocks.push(figuresTable(background, ctx));
  }
  return { kind: 'figures', anchor: 'sec-figures', title: termsFor(ctx.settings.language).figures, blocks, children: [] };
}

/**
 * Other numbers mentioned, apart from the table and below it: each number with the paragraph that gives it
 * and its own words — no label, as what it counts is what the analysis could not read.
 */
function otherNumbersList(values: FigureValue[], ctx: ComposeContext): Block[] {
  const words = wordsOf(ctx);
  const items = values.map((v): Block[] => [para([
    { type: 'strong', children: [text(formatAmount(v))] }, text(' '),
    ...paragraphCitations([{ source: v.source, paragraph: v.paragraph }], ctx.notes ?? new Map(), words),
    text(` — ${excerpt(v, ctx.articles)}`),
  ], 'small')]);
  return [
    { type: 'heading', level: 1, content: [text(words.otherNumbers)] },
    para([text(words.otherNumbersIntro)], 'small'),
    { type: 'list', ordered: false, items },
  ];
}

function legend(figures: Figure[], ctx: ComposeContext): string {
  const count = (a: Agreement) => figures.filter((f) => f.agreement === a).length;
  return wordsOf(ctx).figuresLegend(
    { all: figures.length, consistent: count('consistent'), conflicting: count('conflicting'), single: count('single-source') },
    { consistent: unbroken(agreementLabel('consistent', ctx)), conflicting: unbroken(agreementLabel('conflicting', ctx)), single: unbroken(agreementLabel('single-source', ctx)) },
  );
}

/** A label's sign and word on one line: "(≠" at a line's end and "conflict)" on the next read as two things. */
const unbroken = (label: string) => label.replace(/ /g, '\u00a0');

function figuresTable(figures: Figure[], ctx: ComposeContext): Block {
  const column = wordsOf(ctx).figureColumns;
  return {
    type: 'table',
    kind: 'figures',
    header: [
      { content: [text(column.figure)], weight: 2 },
      { content: [text(column.values)], weight: 6 },
      { content: [text(column.agreement)], weight: 1.6 },
    ],
    rows: figures.map((f) => figureRow(f, ctx)),
  };
}

/**
 * One line per distinct value, value first so the eye runs down the numbers: "at least 164 (the
 * ministry) S1 ¶3, S4 ¶2 — “…wording…”". Sources giving the same value share its line, so at 40
 * sources a row lists the few values reported rather than forty lines; the wording is the first
 * source's, the others are one click (or a ¶ lookup) away.
 */
function figureRow(f: Figure, ctx: ComposeContext): TableCell[] {
  const groups = new Map<string, FigureValue[]>();
  for (const v of f.values) {
    const key = `${formatAmount(v)}${whoGave(v, wordsOf(ctx))}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const values: Inline[] = [];
  [...groups.values()].forEach((vs, i) => {
    if (i > 0) values.push({ type: 'lineBreak' });
    const cites = paragraphCitations(vs.map((v) => ({ source: v.source, paragraph: v.paragraph })), ctx.notes ?? new Map(), wordsOf(ctx));
    values.push({ type: 'strong', children: [text(formatAmount(vs[0]))] }, text(`${whoGave(vs[0], wordsOf(ctx))} `), ...cites, text(` — ${excerpt(vs[0], ctx.articles)}`));
  });
  const own = f.discrepancy ? ctx.analysis.discrepancies.find((d) => d.id === f.discrepancy) : undefined;
  // A conflicting figure's own discrepancy is the conflict itself, not a caveat on agreeing values.
  const words = wordsOf(ctx);
  const caveat = own && f.agreement !== 'conflicting' ? (own.kind === 'figure' ? words.agreement.countsDifferentThings : words.agreement.disputed) : undefined;
  const agreement: Inline[] = agreementWording(f, ctx.theme, words, caveat).flatMap((line, i) => (i ? [{ type: 'lineBreak' } as Inline, text(line)] : [text(line)]));
  if (f.discrepancy) agreement.push(noteRef(discrepancyNoteId(f.discrepancy)));
  return [
    { content: [text(capitalise(f.label))], header: true },
    { content: values, hanging: true },
    { content: agreement },
  ];
}

/**
 * The agreement cell's lines, following from the values (the analysis decides agreement by their
 * intervals and gives the range they span): "= same number" only when every interval overlaps and every
 * source states the same number; otherwise the range is said. A caveat (a discrepancy about what was
 * counted, or whether the figure holds) makes the cell one statement under the conflict symbol alone,
 * so one cell never shows both "=" and "≠", nor "same" beside "different".
 */
export function agreementWording(f: Pick<Figure, 'agreement' | 'values' | 'range'>, theme: Theme, words: Wording, caveat?: string): string[] {
  const s = stateWords(words);
  const state = (a: Agreement) => ({ symbol: theme.agreement[a].symbol, word: s[a] });
  const t = { consistent: state('consistent'), conflicting: state('conflicting'), 'single-source': state('single-source') };
  const w = words.agreement;
  // With a caveat the cell is one statement: "≠ one number, counts different things", "≠ range 160–164,
  // disputed" — never "same number" beside "different" or "disputed" (issue 14).
  if (f.agreement === 'single-source') return [caveat ? `${t.conflicting.symbol} ${t['single-source'].word}, ${caveat}` : `${t['single-source'].symbol} ${t['single-source'].word}`];
  const first = f.values[0];
  const same = f.values.every((v) => v.value !== null && v.value === first.value && (v.valueMax ?? v.value) === (first.valueMax ?? first.value));
  const unit = first.unit;
  // "9 miles" and "15 km": one range in one unit would show numbers no source gave.
  const units = new Set(f.values.map((v) => v.unit ?? null)).size > 1;
  // Equal numbers whose qualifiers do not overlap ("nearly 40" and "40") are not "the same number".
  const span = same ? (f.agreement === 'conflicting' ? w.qualifiersDiffer : w.sameNumber)
    : units ? (f.agreement === 'conflicting' ? w.differentAmountsAndUnits : w.oneAmountInUnits)
      : f.range ? fillTerm(w.range, { range: formatAmount({ value: f.range.low, valueMax: f.range.high, qualifier: null, unit }) }) : w.differentAmounts;
  if (caveat) return [`${t.conflicting.symbol} ${same ? w.oneNumber : span}, ${caveat}`];
  if (f.agreement === 'conflicting') return [`${t.conflicting.symbol} ${t.conflicting.word}`, span];
  return same ? [`${t.consistent.symbol} ${w.sameNumber}`] : [`${t.consistent.symbol} ${t.consistent.word}`, span];
}
