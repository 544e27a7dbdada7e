// PDF writer, tables: column widths fitted to content within the column weights, wrapped cells, the
// header row repeated (as an artifact) on every page the table continues on. A row moves to the next
// page whole; only a row taller than a page is split, its label repeated (as an artifact) on each page.
import { type Block, type Inline, inlineText, splitItems } from '../../model/document.js';
import type { BlockLayout, LayoutContext } from './blocks.js';
import type { Line, SNode } from './types.js';

type TableBlock = Extract<Block, { type: 'table' }>;
type Align = 'left' | 'right' | 'center';

interface CellBox {
  lines: Line[];
  header: boolean;
  /** Left indent of each line (a hanging cell's wrapped lines); none when every line starts flush. */
  indents?: number[];
}

/** Columns fitted and rows broken into lines: shared by layout and by the look-ahead of a heading above. */
interface RowBox { cells: CellBox[]; height: number; noteIds: string[] }
interface PreparedTable {
  width: number;
  pad: number;
  widths: number[];
  offsets: number[];
  aligns: Align[];
  rowBox(cells: CellBox[], quiet?: (i: number) => boolean): RowBox;
  head: RowBox;
  rows: RowBox[];
}

function prepareTable(b: TableBlock, c: LayoutContext, blocks: BlockLayout, width: number): PreparedTable {
  // Cached per layout (its fonts measured the lines), so a second render never reuses another's lines.
  const cache = prepared.get(c) ?? new WeakMap<TableBlock, PreparedTable>();
  prepared.set(c, cache);
  const cached = cache.get(b);
  if (cached && cached.width === width) return cached;
  const t = c.theme;
  const pad = t.spacing.tableCellPadding;
  const ncol = b.header.length;
  const headSpec = { face: 'heading' as const, size: t.sizes.small, color: t.colors.text, bold: true, justify: false };
  const cellSpec = { face: 'body' as const, size: t.sizes.small, color: t.colors.text, justify: false };
  const specOf = (header: boolean) => (header ? headSpec : cellSpec);
  const cellsOf = (row: { content: Inline[]; header?: boolean; hanging?: boolean }[]) => row.slice(0, ncol);

  // Column widths: natural (one line) and minimal (longest word) widths, shared out by weight.
  const natural = new Array<number>(ncol).fill(0);
  const minimal = new Array<number>(ncol).fill(0);
  const measure = (content: Inline[], header: boolean, col: number) => {
    const one = blocks.lines(content, specOf(header), Number.MAX_SAFE_INTEGER);
    // The longest word, measured whole and in bold (an upper bound for any of its styles): breaking at
    // width 1 would now cut every word into letters, and a column could shrink to one letter.
    const spec = specOf(header);
    const bold = { font: { face: spec.face, style: 'bold' as const }, size: spec.size, color: spec.color };
    // Loops, not Math.max(...array): a 200,000-word cell is past the argument limit (a stack overflow).
    let widest = 0;
    for (const w of inlineText(content).split(/\s+/)) if (w) widest = Math.max(widest, c.breaker.width(w, bold));
    for (const l of one) natural[col] = Math.max(natural[col], l.contentWidth + 2 * pad);
    minimal[col] = Math.max(minimal[col], widest + 2 * pad);
  };
  b.header.forEach((h, i) => measure(h.content, true, i));
  for (const row of b.rows) cellsOf(row).forEach((cell, i) => measure(cell.content, !!cell.header, i));
  const widths = fitColumns(natural, minimal, b.header.map((h) => h.weight ?? 1), width);
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((s, w) => s + w, 0));
  const aligns: Align[] = b.header.map((h) => h.align ?? 'left');

  /** A row as placed: its height and the notes its lines reference (`quiet` cells are repeats that reference nothing). */
  const rowBox = (cells: CellBox[], quiet: (i: number) => boolean = () => false): RowBox => ({
    cells,
    height: Math.max(...cells.map((cell) => cell.lines.reduce((s, l) => s + l.height, 0))) + 2 * pad,
    noteIds: cells.flatMap((cell, i) => (quiet(i) ? [] : cell.lines.flatMap((l) => l.noteIds))),
  });
  // A hanging cell's items start flush and their wrapped lines are indented, so each value stands out
  // at the left edge (a list in a cell, as memoir's hanging paragraphs set it).
  const hang = t.sizes.small * 1.5;
  const layoutCell = (cell: { content: Inline[]; header?: boolean; hanging?: boolean }, header: boolean, width: number): CellBox => {
    const spec = specOf(header || !!cell.header);
    if (!cell.hanging) return { lines: blocks.lines(cell.content, spec, width), header: header || !!cell.header };
    const lines: Line[] = [];
    const indents: number[] = [];
    for (const item of splitItems(cell.content)) {
      blocks.lines(item, spec, width - hang).forEach((l, k) => { lines.push(l); indents.push(k === 0 ? 0 : hang); });
    }
    return { lines, indents, header: false };
  };
  const layoutRow = (row: { content: Inline[]; header?: boolean; hanging?: boolean }[], header: boolean) =>
    rowBox(row.map((cell, i): CellBox => layoutCell(cell, header, widths[i] - 2 * pad)));
  const head = layoutRow(b.header.map((h) => ({ content: h.content })), true);
  const rows = b.rows.map((r) => layoutRow(cellsOf(r), false));

  const out = { width, pad, widths, offsets, aligns, rowBox, head, rows };
  cache.set(b, out);
  return out;
}

const prepared = new WeakMap<LayoutContext, WeakMap<TableBlock, PreparedTable>>();

/** Height of a table's caption, header and the start of its first row: what a heading above keeps with. */
export function tableStartHeight(b: TableBlock, c: LayoutContext, blocks: BlockLayout, width: number): number {
  const { pad, head, rows } = prepareTable(b, c, blocks, width);
  const t = c.theme;
  const caption = b.caption ? 2 * t.sizes.small * t.leading : 0;
  return caption + head.height + Math.min(rows[0]?.height ?? 0, 4 * t.sizes.small * t.leading + 2 * pad);
}

export function layoutTable(b: TableBlock, c: LayoutContext, blocks: BlockLayout, x: number, width: number, parent: SNode): void {
  const { flow, theme: t } = c;
  const { pad, widths, offsets, aligns, rowBox, head, rows } = prepareTable(b, c, blocks, width);
  const table: SNode = { type: 'Table', parent };
  const thead: SNode = { type: 'THead', parent: table };
  const tbody: SNode = { type: 'TBody', parent: table };

  const cellNodes = (cells: CellBox[], tr: SNode | undefined): (SNode | undefined)[] =>
    cells.map((cell) => tr && { type: cell.header ? 'TH' : 'TD', parent: tr, scope: cell.header ? (tr.parent === thead ? 'Column' : 'Row') : undefined });
  const drawRow = (r: { cells: CellBox[]; height: number }, top: number, tr: SNode | undefined, fill?: string, nodes = cellNodes(r.cells, tr)) => {
    if (fill) flow.emit({ op: 'rect', x, y: top, w: width, h: r.height, color: fill });
    r.cells.forEach((cell, i) => {
      const node = nodes[i];
      let y = top + pad;
      const inner = widths[i] - 2 * pad;
      cell.lines.forEach((line, k) => {
        const shift = (cell.indents?.[k] ?? 0) + (aligns[i] === 'right' ? inner - line.contentWidth : aligns[i] === 'center' ? (inner - line.contentWidth) / 2 : 0);
        flow.emitLine(line, x + offsets[i] + pad + shift, y, node);
        y += line.height;
      });
    });
  };
  const rule = (y: number, weight: number) => flow.emit({ op: 'line', x1: x, y1: y, x2: x + width, y2: y, width: weight, color: t.colors.rule });
  const placeHeader = (first: boolean) => {
    flow.placeOrBreak(head, table, (top) => {
      drawRow(head, top, first ? { type: 'TR', parent: thead } : undefined, t.colors.tableHeaderBackground);
      rule(top + head.height, t.print.ruleWeight);
    });
  };

  // Caption, header and the start of the first row stay together (the same measure a heading above
  // keeps with, so the two never disagree and leave the heading alone).
  const caption = b.caption ? blocks.lines(b.caption, { face: 'body', size: t.sizes.small, color: t.colors.muted, italic: true, justify: false }, width) : [];
  if (!flow.fresh && flow.room() < tableStartHeight(b, c, blocks, width)) flow.newPage();
  if (caption.length > 0) {
    const capNode: SNode = { type: 'Caption', parent: table };
    blocks.paragraph(caption, x, capNode);
    flow.y += pad;
  }
  placeHeader(true);
  // A row up to a third of a page moves on whole; a longer one (many sources' values) is split where
  // the page ends, as long as a few lines of it fit: moving it would leave most of a page empty.
  const long = (flow.geo.bottom - flow.geo.top) / 3;
  const fewLines = 4 * t.sizes.small * t.leading + 2 * pad;
  /** The cell whose marker a note belongs to: a note is a child of a cell, never directly of a row. */
  const noteOwner = (cells: CellBox[], nodes: (SNode | undefined)[], tr: SNode): SNode =>
    nodes[cells.findIndex((cell) => cell.lines.some((l) => l.noteIds.length > 0))] ?? tr;
  rows.forEach((r, i) => {
    const tr: SNode = { type: 'TR', parent: tbody };
    const fill = i % 2 === 1 ? t.colors.tableStripe : undefined;
    const nodes = cellNodes(r.cells, tr);
    const owner = noteOwner(r.cells, nodes, tr);
    if (flow.place(r, owner, (top) => drawRow(r, top, tr, fill, nodes))) return;
    if (r.height > long && flow.room() > fewLines) {
      placeSplit(r, tr, fill);
      return;
    }
    flow.newPage();
    placeHeader(false);
    if (!flow.place(r, owner, (top) => drawRow(r, top, tr, fill, nodes))) placeSplit(r, tr, fill);
  });
  rule(flow.y, t.print.ruleWeight);

  /** A row taller than a page, in slices that each fill the rest of a page; the header repeats above each. */
  function placeSplit(r: { cells: CellBox[] }, tr: SNode, fill: string | undefined): void {
    const nodes = cellNodes(r.cells, tr);
    let rest = r.cells.map((cell) => cell.lines);
    const done = r.cells.map(() => 0);
    for (let first = true; rest.some((lines) => lines.length > 0); first = false) {
      if (!first) {
        flow.newPage();
        placeHeader(false);
      }
      // On later pages a row-label cell already set in full is repeated, as an artifact, so the reader knows whose values continue.
      const repeat = (i: number) => !first && rest[i].length === 0 && r.cells[i].header;
      const sliceNodes = nodes.map((n, i) => (repeat(i) ? undefined : n));
      for (let avail = flow.room() - 2 * pad; ; ) {
        const take = rest.map((lines) => linesWithin(lines, avail));
        // Not even one line fits (its footnotes leave no room, or a line is taller than a page): set one line of each cell anyway.
        const force = !take.some((k) => k > 0);
        if (force) take.forEach((_, i) => { take[i] = Math.min(1, rest[i].length); });
        const slice = rowBox(r.cells.map((cell, i) => (repeat(i) ? cell
          : { ...cell, lines: rest[i].slice(0, take[i]), indents: cell.indents?.slice(done[i], done[i] + take[i]) })), repeat);
        const draw = (top: number) => drawRow(slice, top, tr, fill, sliceNodes);
        const owner = noteOwner(slice.cells, sliceNodes, tr);
        if (force) flow.placeOrBreak(slice, owner, draw);
        else if (!flow.place(slice, owner, draw)) {
          // The slice's footnotes took room: try one line shorter.
          avail -= Math.max(...rest.map((lines) => lines[0]?.height ?? 0));
          continue;
        }
        rest = rest.map((lines, i) => lines.slice(take[i]));
        take.forEach((k, i) => { done[i] += k; });
        break;
      }
    }
  }
}

/** How many of the lines, from the first, fit in `height`. */
function linesWithin(lines: Line[], height: number): number {
  let used = 0;
  let k = 0;
  while (k < lines.length && used + lines[k].height <= height) used += lines[k++].height;
  return k;
}

/**
 * Column widths summing to `total`: columns whose content is narrower than their weighted share get
 * their natural width, the rest share what is left by weight; no column goes below its longest word.
 */
export function fitColumns(natural: number[], minimal: number[], weights: number[], total: number): number[] {
  const n = natural.length;
  const sumNatural = natural.reduce((s, w) => s + w, 0);
  if (sumNatural <= total) {
    // Everything fits on one line: spread the spare room by weight.
    const wsum = weights.reduce((s, w) => s + w, 0);
    return natural.map((w, i) => w + ((total - sumNatural) * weights[i]) / wsum);
  }
  const widths = new Array<number>(n).fill(0);
  const fixed = new Array<boolean>(n).fill(false);
  for (let changed = true; changed;) {
    changed = false;
    const free = total - widths.reduce((s, w, i) => s + (fixed[i] ? w : 0), 0);
    const wsum = weights.reduce((s, w, i) => s + (fixed[i] ? 0 : w), 0);
    for (let i = 0; i < n; i++) {
      if (fixed[i]) continue;
      widths[i] = (free * weights[i]) / wsum;
      if (natural[i] <= widths[i]) {
        widths[i] = natural[i];
        fixed[i] = true;
        changed = true;
        break;
      }
    }
  }
  // Raise columns below their longest word, taking the room from columns that have some to spare.
  for (let i = 0; i < n; i++) {
    const deficit = minimal[i] - widths[i];
    if (deficit <= 0) continue;
    const spare = widths.map((w, j) => (j === i ? 0 : Math.max(0, w - minimal[j])));
    const spareSum = spare.reduce((s, w) => s + w, 0);
    if (spareSum <= 0) continue;
    const take = Math.min(deficit, spareSum);
    widths.forEach((_, j) => { widths[j] -= (take * spare[j]) / spareSum; });
    widths[i] += take;
  }
  return widths;
}
