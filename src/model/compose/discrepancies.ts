// Model stage: the Discrepancies section — every place the sources disagree, one line each with its
// footnote marker — and the footnote body of a discrepancy: its account, then each side quoted and cited.
import type { Discrepancy, Statement } from '../../analysis/types.js';
import type { Article } from '../../content/types.js';
import type { Block, Inline, Section } from '../document.js';
import { sourceList } from './citations.js';
import { capitalise, citeParagraph, type ComposeContext, nestQuotes, noteRef, para, text, wordsOf } from './context.js';
import { discrepancyNoteId } from '../anchors.js';
import { termsFor, type Wording, wordDiscrepancy } from '../terms.js';

export function composeDiscrepanciesSection(ctx: ComposeContext): Section | null {
  const list = ctx.analysis.discrepancies;
  if (!list.length) return null;
  const words = wordsOf(ctx);
  const intro = para([text(words.discrepanciesIntro(list.length))], 'small');
  return {
    kind: 'discrepancies', anchor: 'sec-discrepancies', title: termsFor(ctx.settings.language).discrepancies,
    // Unnumbered: the footnote markers are the only numbers, so a list number cannot be mistaken for one.
    blocks: [intro, { type: 'list', ordered: false, items: list.map((d) => [para(discrepancyLine(d, ctx.articles.map((a) => a.id), words))]) }],
    children: [],
  };
}

/** "Figure · troops deployed — Sources disagree …¹ (S2, S3, S4)". */
function discrepancyLine(d: Discrepancy, order: string[], words: Wording): Inline[] {
  const { about, note } = wordDiscrepancy(d, words);
  const sources = [...new Set(d.statements.map((s) => s.source))];
  const cites: Inline[] = sourceList(sources, order);
  return [
    { type: 'strong', children: [text(`${words.discrepancyKinds[d.kind]} · ${about}`)] },
    text(` — ${note}`),
    noteRef(discrepancyNoteId(d)),
    text(' ('), ...cites, text(')'),
  ];
}

/** The footnote body for a discrepancy: its account, then each side quoted with source and ¶. */
/**
 * A footnote stays a footnote: with many sources on one event a note would otherwise quote hundreds of
 * statements on every page (and in every EPUB chapter) that cites it. The first QUOTED_STATEMENTS are
 * quoted; up to CITED_STATEMENTS more are cited by ¶; the rest are counted.
 */
const QUOTED_STATEMENTS = 8;
const CITED_STATEMENTS = 24;

export function discrepancyFootnote(d: Discrepancy, articles: Article[], words: Wording): Block[] {
  const { about, note } = wordDiscrepancy(d, words);
  const quoted = d.statements.slice(0, QUOTED_STATEMENTS);
  const cited = d.statements.slice(QUOTED_STATEMENTS, QUOTED_STATEMENTS + CITED_STATEMENTS);
  const uncounted = d.statements.length - quoted.length - cited.length;
  const blocks = [
    // The note's label as its short title reads ('Whether…'), so the two never differ in case.
    para([{ type: 'strong', children: [text(`${capitalise(about)}.`)] }, text(` ${note}`)]),
    ...quoted.map((s) => para([text(excerpt(s, articles)), text(' ('), citeParagraph(s.source, s.paragraph), text(')')])),
  ];
  if (cited.length) {
    const refs = cited.flatMap((s, i) => [...(i ? [text(', ')] : []), citeParagraph(s.source, s.paragraph)]);
    blocks.push(para([text(words.alsoCited), ...refs, text(words.andMore(uncounted))]));
  }
  return blocks;
}

/**
 * A quote in quotation marks, with an ellipsis where it starts or stops inside a sentence, so a clause
 * cut from a longer sentence does not read as the whole of it. The quoted words stay verbatim; the
 * analysis says where they stand (`start`), so the text around them is read, never searched.
 */
export function excerpt(s: Statement, articles: Article[]): string {
  const p = articles.find((a) => a.id === s.source)?.paragraphs.find((x) => x.n === s.paragraph);
  if (!p || p.text.slice(s.start, s.start + s.quote.length) !== s.quote) return `“${nestQuotes(s.quote)}”`;
  const before = p.text.slice(0, s.start).trimEnd();
  const after = p.text.slice(s.start + s.quote.length).trimStart();
  const cutBefore = before !== '' && !/[.!?:;,”"’)]$/.test(before) && !/^[“"‘(]/.test(s.quote);
  const cutAfter = after !== '' && !/^[.!?:;,”"’)—–]/.test(after) && !/[.!?]$/.test(s.quote);
  return `“${cutBefore ? '…' : ''}${nestQuotes(s.quote)}${cutAfter ? '…' : ''}”`;
}
