// PDF writer, page flow: stacks lines and rows down the pages, reserving room at the page bottom for
// the footnotes they reference (a note too long continues overleaf), keeping widows and orphans out,
// and recording where every anchor lands.
import type { Theme } from '../../style/theme.js';
import type { Geometry } from './page.js';
import { type Line, type LinkTarget, type Op, type PageBox, type SNode, sameLink } from './types.js';

/** One line of a laid-out footnote. */
export interface FootLine {
  line: Line;
  noteId: string;
  /** First line of its note: carries the number. */
  first: boolean;
  /** Space above this line (between notes, or between paragraphs of one note). */
  gapBefore: number;
}

/** Something placed as a whole: a line, a table row, a definition-list row. */
export interface Unit {
  height: number;
  noteIds: string[];
}

interface FitState {
  y: number;
  foot: FootLine[];
  placed: Set<string>;
  /** A note was split on this page: no further notes fit here. */
  split: boolean;
}

export interface FootnoteArt {
  /** Laid-out lines of each note, by note id. */
  lines: Map<string, FootLine[]>;
  /** Draws the note lines of a page (rule, numbers, text) from `top`. */
  draw(flow: Flow, lines: FootLine[], top: number, noteNodes: Map<string, SNode>): void;
}

export class Flow {
  readonly pages: PageBox[] = [];
  readonly dests = new Map<string, { page: number; y: number }>();
  /** Section title carried by the running heads of the pages that follow. */
  header: string | undefined;
  y = 0;
  private page: PageBox | undefined;
  private foot: FootLine[] = [];
  private pending: FootLine[] = [];
  private split = false;
  private bodyUsed = false;
  private readonly placed = new Set<string>();
  private readonly markerAnchored = new Set<string>();
  private readonly noteNodes = new Map<string, SNode>();
  notes: FootnoteArt | undefined;

  constructor(readonly geo: Geometry, private readonly theme: Theme) {}

  get pageIndex(): number {
    return this.pages.length - 1;
  }

  /** Nothing of the body has been set on this page yet. */
  get fresh(): boolean {
    return !this.bodyUsed;
  }

  newPage(opts: { header?: boolean; footer?: boolean } = {}): void {
    this.finishPage();
    this.page = { ops: [], header: opts.header === false ? undefined : this.header, footer: opts.footer !== false };
    this.pages.push(this.page);
    this.y = this.geo.top;
    this.bodyUsed = false;
    this.split = false;
    // A note continued from the previous page comes first in this page's footnote area, leaving
    // room for a few body lines; what does not fit goes on to the page after.
    const keep = this.theme.print.minLinesAtBreak * this.theme.sizes.body * this.theme.leading;
    const cap = this.geo.bottom - this.geo.top - keep;
    let k = 0;
    while (k < this.pending.length && this.footHeight(this.pending.slice(0, k + 1)) <= cap) k++;
    this.foot = this.pending.slice(0, Math.max(1, k));
    this.pending = this.pending.slice(this.foot.length);
    this.split = this.pending.length > 0;
  }

  /** Ends the flow: notes still waiting for room get pages of their own. */
  finish(): void {
    while (this.pending.length > 0) this.newPage();
    this.finishPage();
  }

  /** Draws the footnotes of the page being finished. */
  private finishPage(): void {
    if (!this.page || this.foot.length === 0) return;
    this.notes?.draw(this, this.foot, this.geo.bottom - this.footHeight(this.foot), this.noteNodes);
    this.foot = [];
  }

  emit(op: Op): void {
    this.page!.ops.push(op);
  }

  dest(name: string, y = this.y): void {
    if (this.dests.has(name)) return;
    this.dests.set(name, { page: this.pageIndex, y });
    this.emit({ op: 'dest', name, y });
  }

  /** Vertical space before a block; dropped at the top of a page. */
  skip(space: number): void {
    if (this.fresh) return;
    this.y = Math.min(this.y + space, this.geo.bottom);
  }

  /** Room left for body content above the footnotes. */
  room(): number {
    return this.geo.bottom - this.footHeight(this.foot) - this.y;
  }

  footHeight(lines: FootLine[]): number {
    if (lines.length === 0) return 0;
    const p = this.theme.print;
    return 2 * p.footnoteRuleGap + lines.reduce((s, l, i) => s + l.line.height + (i === 0 ? 0 : l.gapBefore), 0);
  }

  private state(): FitState {
    return { y: this.y, foot: [...this.foot], placed: new Set(this.placed), split: this.split };
  }

  /** Fits a unit into a state (mutating it), or returns false. Returns the note lines deferred overleaf. */
  private fit(s: FitState, u: Unit): FootLine[] | false {
    const fresh = u.noteIds.filter((id, i) => !s.placed.has(id) && u.noteIds.indexOf(id) === i && this.notes?.lines.has(id));
    const newLines = fresh.flatMap((id) => this.notes!.lines.get(id)!);
    const avail = this.geo.bottom - s.y - u.height;
    const commit = (k: number): FootLine[] => {
      s.y += u.height;
      s.foot.push(...newLines.slice(0, k));
      fresh.forEach((id) => s.placed.add(id));
      if (k < newLines.length) s.split = true;
      return newLines.slice(k);
    };
    if (newLines.length === 0) return avail >= this.footHeight(s.foot) - 1e-6 ? commit(0) : false;
    if (s.split) return false;
    if (this.footHeight([...s.foot, ...newLines]) <= avail + 1e-6) return commit(newLines.length);
    // Split: keep the first lines of the note(s) with the marker, continue the rest overleaf.
    const min = Math.min(this.theme.print.footnoteMinLines, newLines.length);
    for (let k = newLines.length - 1; k >= min; k--) {
      if (this.footHeight([...s.foot, ...newLines.slice(0, k)]) <= avail + 1e-6) return commit(k);
    }
    return false;
  }

  /** How many of the units, in order, fit on the current page. */
  countFitting(units: Unit[]): number {
    const s = this.state();
    let n = 0;
    for (const u of units) {
      if (this.fit(s, u) === false) break;
      n++;
    }
    return n;
  }

  /**
   * Places a unit if it fits; `draw(top)` emits its ops. Notes it references for the first time get
   * a Note structure node under `owner`.
   */
  place(u: Unit, owner: SNode, draw: (top: number) => void): boolean {
    const s = this.state();
    const deferred = this.fit(s, u);
    if (deferred === false) return false;
    for (const id of u.noteIds) {
      if (!this.placed.has(id) && this.notes?.lines.has(id)) this.noteNodes.set(id, { type: 'Note', parent: owner });
    }
    draw(this.y);
    this.y = s.y;
    this.foot = s.foot;
    s.placed.forEach((id) => this.placed.add(id));
    this.split = s.split;
    this.pending.push(...deferred);
    this.bodyUsed = true;
    return true;
  }

  /** Places a unit, moving to a new page when it does not fit (a unit taller than a page overflows). */
  placeOrBreak(u: Unit, owner: SNode, draw: (top: number) => void): void {
    if (this.place(u, owner, draw)) return;
    this.newPage();
    if (!this.place(u, owner, draw)) this.force(u, draw);
  }

  private force(u: Unit, draw: (top: number) => void): void {
    draw(this.y);
    this.y += u.height;
    this.bodyUsed = true;
  }

  /**
   * Places the lines of one paragraph: never a single line alone at the foot or head of a page.
   * `draw(line, index, top)` emits one line.
   */
  placeLines(lines: Line[], owner: SNode, draw: (line: Line, index: number, top: number) => void): void {
    const min = this.theme.print.minLinesAtBreak;
    let i = 0;
    while (i < lines.length) {
      const rest = lines.slice(i);
      let k = this.countFitting(rest);
      if (k < rest.length) {
        // Leave at least `min` lines for the next page, and put at least `min` on this one.
        k = Math.min(k, rest.length - min);
        if (k < min) k = this.fresh ? Math.max(1, this.countFitting(rest)) : 0;
      }
      for (let j = 0; j < k; j++) {
        const line = rest[j];
        const index = i + j;
        if (!this.place(line, owner, (top) => draw(line, index, top))) this.force(line, (top) => draw(line, index, top));
      }
      i += k;
      if (i < lines.length) this.newPage();
    }
  }

  /**
   * Emits a line's pieces at (x, top); links become Link nodes with an annotation each. Without a
   * node the line is an artifact (a repeated table header): no links, no anchors.
   */
  emitLine(line: Line, x: number, top: number, node: SNode | undefined): void {
    const baseline = top + line.baseline;
    let k = 0;
    while (k < line.pieces.length) {
      const piece = line.pieces[k];
      if (!node || !piece.link) {
        this.emit({ op: 'text', x: x + piece.x, y: baseline - (piece.style.rise ?? 0), text: piece.text, style: piece.style, node, artifact: node ? undefined : 'Pagination' });
        k++;
        continue;
      }
      if (piece.noteId && !this.markerAnchored.has(piece.noteId)) {
        // The first marker of a note is where the note's number links back to.
        this.markerAnchored.add(piece.noteId);
        this.dest(markerAnchor(piece.noteId), top);
      }
      const link: LinkTarget = piece.link;
      const linkNode: SNode = { type: 'Link', parent: node };
      const start = piece.x;
      let end = start;
      let label = '';
      while (k < line.pieces.length && line.pieces[k].link && sameLink(line.pieces[k].link, link)) {
        const p = line.pieces[k];
        this.emit({ op: 'text', x: x + p.x, y: baseline - (p.style.rise ?? 0), text: p.text, style: p.style, node: linkNode });
        end = p.x + p.width;
        label += p.text;
        k++;
      }
      this.emit({ op: 'link', x: x + start, y: top, w: end - start, h: line.height, target: link, node: linkNode, label: `${piece.noteId ? 'Note ' : ''}${label.replace(/[\s\u00ad]+/g, ' ').trim()}` });
    }
  }
}

export function markerAnchor(noteId: string): string {
  return `${noteId}-ref`;
}
