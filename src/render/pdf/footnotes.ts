// PDF writer, footnotes: lays out every note once (hanging number, justified text) and draws a page's
// notes under a short rule; each page's copy is its markers' target, its number links back to the
// page's first marker, and a continued note is headed "n (cont.)". A long note is printed in full on
// the first page citing it; later pages give its name and that page (a reference form).
import { CELL_SEPARATOR } from '../../content/tableText.js';
import type { Block, DossierDocument, Inline } from '../../model/document.js';
import { fillTerm } from '../../model/terms.js';
import type { Theme } from '../../style/theme.js';
import type { Flow, FootLine, FootnoteArt } from './flow.js';
import type { Hyphenator } from './hyphenate.js';
import { flattenInlines } from './inlines.js';
import type { LineBreaker } from './linebreak.js';
import type { SNode, TextStyle } from './types.js';

export function layoutFootnotes(doc: DossierDocument, theme: Theme, breaker: LineBreaker, width: number, hyphenate: Hyphenator): FootnoteArt {
  const p = theme.print;
  const base: TextStyle = { font: { face: 'body', style: 'regular' }, size: theme.sizes.footnote, color: theme.colors.text };
  // A measure of its own (theme: about 70 characters), not the text's.
  const textWidth = width * p.footnoteMeasure - p.footnoteLabelWidth;
  const layout = (noteId: string, paragraphs: Inline[][]): FootLine[] => {
    const out: FootLine[] = [];
    paragraphs.forEach((runs, pi) => {
      const broken = breaker.breakRuns(flattenInlines(runs, { face: 'body', size: base.size, color: base.color }, doc, theme), { width: textWidth, justify: true, base, hyphenate });
      broken.forEach((line, li) => out.push({
        line, noteId, first: out.length === 0,
        // Paragraphs of one note sit closer together than two notes do.
        gapBefore: li > 0 ? 0 : pi === 0 ? p.footnoteGap : p.footnoteGap / 2,
      }));
    });
    if (out.length === 1) out[0].runIn = true;
    return out;
  };
  const lines = new Map<string, FootLine[]>();
  for (const note of Object.values(doc.footnotes)) {
    const out = layout(note.id, noteParagraphs(note.content));
    if (out.length > 0) lines.set(note.id, out);
  }

  // With many sources one note is cited on hundreds of pages: printing it whole on each would crowd
  // the source text off the page (and grow the file with sources × note length).
  const references = new Map<string, FootLine[]>();
  const reference = (noteId: string, page: number): FootLine[] | undefined => {
    const note = doc.footnotes[noteId];
    const full = lines.get(noteId);
    if (!note?.title || !full || full.length <= p.footnoteRepeatLines) return undefined;
    const key = `${noteId}|${page}`;
    let out = references.get(key);
    if (!out) {
      out = layout(noteId, [[
        { type: 'strong', children: [{ type: 'text', text: note.title }] },
        { type: 'text', text: ', ' },
        { type: 'internalLink', target: note.anchor, children: [{ type: 'text', text: `p.\u00a0${page + 1}` }] },
        { type: 'text', text: '.' },
      ]]);
      references.set(key, out);
    }
    return out;
  };

  const metrics = breaker.lineMetrics(base);
  const contLabel = (noteId: string): FootLine => ({
    line: { pieces: [], noteIds: [], contentWidth: 0, ...metrics }, noteId, first: false, cont: true, gapBefore: p.footnoteGap,
  });

  // A run-in note's number takes its own width and a space, not the hanging column; an em between notes.
  const labelStyle: TextStyle = { ...base, color: theme.colors.accent };
  const runInLabel = breaker.width('0\u00a0', labelStyle);
  const runInGap = base.size;
  // The first note of a row keeps the hanging column, so that its text aligns with the notes above.
  const labelWidth = (fl: FootLine, first: boolean) => (fl.runIn && !first ? runInLabel : p.footnoteLabelWidth);
  /**
   * The rows a page's note lines are set in: a one-line note sits beside the one-line notes around it
   * while the row fits the text width (memoir's \paragraphfootnotes: at 40 sources a page's four
   * "Number of people killed, p. 5" notes took four lines); other lines are rows of their own.
   */
  const rows = (foot: FootLine[]): FootLine[][] => {
    const out: FootLine[][] = [];
    let used = 0;
    for (const l of foot) {
      const row = out[out.length - 1];
      const w = labelWidth(l, false) + l.line.contentWidth;
      if (l.runIn && row?.[0].runIn && used + runInGap + w <= width) {
        row.push(l);
        used += runInGap + w;
      } else {
        out.push([l]);
        used = labelWidth(l, true) + l.line.contentWidth;
      }
    }
    return out;
  };

  const draw = (flow: Flow, foot: FootLine[], top: number): void => {
    const ruleY = top + p.footnoteRuleGap;
    flow.emit({ op: 'line', x1: 0, y1: ruleY, x2: width * p.footnoteRuleLength, y2: ruleY, width: p.ruleWeight, color: theme.colors.rule });
    let y = ruleY + p.footnoteRuleGap;
    rows(foot).forEach((row, i) => {
      if (i > 0) y += row[0].gapBefore;
      let x = 0;
      row.forEach((fl, k) => {
        drawLine(flow, fl, x, y, labelWidth(fl, k === 0));
        x += labelWidth(fl, k === 0) + fl.line.contentWidth + runInGap;
      });
      y += row[0].line.height;
    });
  };
  const drawLine = (flow: Flow, fl: FootLine, x: number, y: number, labelW: number): void => {
    const note = doc.footnotes[fl.noteId];
    const node: SNode = fl.node ?? { type: 'Note' };
    // The note's first line on this page is what this page's markers link to.
    if (fl.first || fl.cont) flow.dest(flow.noteDest(note.id, note.anchor), y);
    if (fl.cont) {
      const style: TextStyle = { font: { face: 'body', style: 'italic' }, size: base.size, color: theme.colors.muted };
      // Unnumbered, as LaTeX continues a note: its number belongs to the previous page's markers.
      flow.emit({ op: 'text', x, y: y + fl.line.baseline, text: `(${fillTerm(doc.terms.continuedFrom, { page: flow.pageIndex })})`, style, node: { type: 'Lbl', parent: node } });
    }
    if (fl.first) {
      const label = String(flow.noteNumber(note.id));
      const lblNode: SNode = { type: 'Lbl', parent: node };
      const linkNode: SNode = { type: 'Link', parent: lblNode };
      flow.emit({ op: 'text', x, y: y + fl.line.baseline, text: `${label} `, style: labelStyle, node: linkNode });
      flow.emit({ op: 'link', x, y, w: labelW, h: fl.line.height, target: { dest: flow.markerDest(note.id) }, node: linkNode, label: fillTerm(doc.terms.backToNote, { n: label }) });
    }
    flow.emitLine(fl.line, x + labelW, y, node);
  };
  return { lines, reference, rows, contLabel, draw };
}

/** A note's blocks as paragraphs of inlines (notes hold short paragraphs; lists are flattened). */
function noteParagraphs(blocks: Block[]): Inline[][] {
  const out: Inline[][] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'paragraph':
      case 'sourceParagraph':
        out.push(b.content);
        break;
      case 'heading':
        out.push([{ type: 'strong', children: b.content }]);
        break;
      case 'list':
        b.items.forEach((item, i) => {
          const inner = noteParagraphs(item);
          if (inner.length > 0) out.push([{ type: 'text', text: b.ordered ? `${i + 1}. ` : '• ' }, ...inner[0]], ...inner.slice(1));
        });
        break;
      case 'blockquote':
        out.push(...noteParagraphs(b.children));
        break;
      case 'definitionList':
        for (const it of b.items) out.push([{ type: 'strong', children: it.term }, { type: 'text', text: ': ' }, ...it.description]);
        break;
      case 'profile':
        out.push([{ type: 'strong', children: b.title }], ...noteParagraphs(b.children));
        break;
      case 'table':
        for (const row of b.rows) out.push(row.flatMap((c, i): Inline[] => (i === 0 ? c.content : [{ type: 'text', text: CELL_SEPARATOR }, ...c.content])));
        break;
      case 'rule':
        break;
    }
  }
  return out;
}
