// PDF writer, page flow: stacks lines and rows down the pages, reserving room at the page bottom for
// the footnotes they reference (every page referencing a note prints it — a long note in full only on
// its first page, later pages in a short reference form; a long note continues overleaf under a
// "(cont.)" label), keeping widows and orphans out, and recording where anchors land.
import { fillTerm, type Terms } from '../../model/terms.js';
import type { Theme } from '../../style/theme.js';
import type { Geometry } from './page.js';
import { type Line, type LinkTarget, type Op, type PageBox, type Piece, type SNode, sameLink } from './types.js';

/** One line of a laid-out footnote. */
export interface FootLine {
  line: Line;
  noteId: string;
  /** First line of its note: carries the number. */
  first: boolean;
  /** Space above this line (between notes, or between paragraphs of one note). */
  gapBefore: number;
  /** The label line heading a note's continuation on a later page. */
  cont?: boolean;
  /** Structure element of the printed copy this line belongs to (set when placed). */
  node?: SNode;
  /** The whole of a one-line note: set beside its one-line neighbours (see footRows). */
  runIn?: boolean;
}

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
  /** Short lines naming a long note and the page (0-based) where it is printed in full; undefined
   * when the note is short enough to print again. */
  reference?(noteId: string, page: number): FootLine[] | undefined;
  /** The rows a page's note lines are set in (one-line notes side by side). */
  rows?(lines: FootLine[]): FootLine[][];
  /** The "(cont.)" label line put before the rest of a note carried to the next page. */
  contLabel(noteId: string): FootLine;
  /** Draws the note lines of a page (rule, numbers, text) from `top`. */
  draw(flow: Flow, lines: FootLine[], top: number): void;
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
  /** Notes printed (or continued) at the foot of the current page. */
  private placed = new Set<string>();
  /** Page where each note was first printed: its copy there takes the note's own anchor. */
  private readonly firstPage = new Map<string, number>();
  /** Note numbers of the current page: 1, 2… in the order the markers are set (memoir's perpage). */
  private numbers = new Map<string, number>();
  notes: FootnoteArt | undefined;

  constructor(readonly geo: Geometry, private readonly theme: Theme, private readonly terms: Pick<Terms, 'noteLink'>) {}

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
    this.numbers = new Map();
    // A note continued from the previous page comes first in this page's footnote area, leaving
    // room for a few body lines; what does not fit goes on to the page after.
    const keep = this.theme.print.minLinesAtBreak * this.theme.sizes.body * this.theme.leading;
    const cap = this.geo.bottom - this.geo.top - keep;
    let k = 0;
    while (k < this.pending.length && this.footHeight(this.pending.slice(0, k + 1)) <= cap) k++;
    // Never end a page on a bare "(cont.)" label.
    if (k > 1 && this.pending[k - 1].cont) k--;
    this.foot = this.pending.slice(0, Math.max(1, k));
    this.pending = this.withContLabels(this.pending.slice(this.foot.length));
    this.split = this.pending.length > 0;
    // A note continued here counts as printed on this page: its markers here link to the continuation.
    this.placed = new Set(this.foot.map((l) => l.noteId));
  }

  /** Puts a "(cont.)" label before every note that resumes mid-way at the head of `lines`. */
  private withContLabels(lines: FootLine[]): FootLine[] {
    return lines.flatMap((l, i) => {
      const resumes = !l.first && !l.cont && (i === 0 || lines[i - 1].noteId !== l.noteId);
      return resumes && this.notes ? [{ ...this.notes.contLabel(l.noteId), node: l.node }, l] : [l];
    });
  }

  /** Records that a line of source paragraph ¶n of `sourceId` is set on the current page. */
  markSource(sourceId: string, n: number): void {
    const page = this.page!;
    page.sources ??= [];
    const last = page.sources[page.sources.length - 1];
    if (last?.id === sourceId) {
      last.first = Math.min(last.first, n);
      last.last = Math.max(last.last, n);
    } else page.sources.push({ id: sourceId, first: n, last: n });
  }

  /**
   * A note's number on the current page. Notes are numbered per page, in reading order: with numbers
   * for the whole dossier a page read 3, 4, 1, 6, 7, 2, 5 (a note cited again keeps its first number).
   */
  noteNumber(noteId: string): number {
    let n = this.numbers.get(noteId);
    if (n === undefined) this.numbers.set(noteId, (n = this.numbers.size + 1));
    return n;
  }

  /** Named destination of a note's copy on a page: the first copy keeps the note's own anchor. */
  noteDest(noteId: string, anchor: string, page = this.pageIndex): string {
    const first = this.firstPage.get(noteId);
    return first === undefined || first === page ? anchor : `${anchor}-p${page + 1}`;
  }

  /** Named destination of the first marker of a note on a page (where its copy's number links back). */
  markerDest(noteId: string, page = this.pageIndex): string {
    const first = this.firstPage.get(noteId);
    return first === undefined || first === page ? markerAnchor(noteId) : `${markerAnchor(noteId)}-p${page + 1}`;
  }

  /** Ends the flow: notes still waiting for room get pages of their own. */
  finish(): void {
    while (this.pending.length > 0) this.newPage();
    this.finishPage();
  }

  /** Draws the footnotes of the page being finished. */
  private finishPage(): void {
    if (!this.page || this.foot.length === 0) return;
    this.notes?.draw(this, this.foot, this.geo.bottom - this.footHeight(this.foot));
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
    const rows = this.notes?.rows?.(lines) ?? lines.map((l) => [l]);
    return 2 * p.footnoteRuleGap + rows.reduce((s, [l], i) => s + l.line.height + (i === 0 ? 0 : l.gapBefore), 0);
  }

  private state(): FitState {
    return { y: this.y, foot: [...this.foot], placed: new Set(this.placed), split: this.split };
  }

  /** Fits a unit into a state (mutating it), or returns false. Returns the note lines deferred overleaf. */
  private fit(s: FitState, u: Unit): FootLine[] | false {
    // Notes not yet printed on this page: each page referencing a note carries it.
    let fresh = u.noteIds.filter((id, i) => !s.placed.has(id) && u.noteIds.indexOf(id) === i && this.notes?.lines.has(id));
    const linesOf = (ids: string[]) => ids.flatMap((id) => this.noteLines(id));
    let newLines = linesOf(fresh);
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
    // Split one long note only: its first lines stay with the marker, the rest continues overleaf.
    // Short notes stay whole (set before it); with no long note, the marker's line moves on instead.
    const keepWhole = this.theme.print.footnoteKeepWhole;
    const isLong = (id: string) => this.noteLines(id).length > keepWhole;
    fresh = [...fresh.filter((id) => !isLong(id)), ...fresh.filter(isLong)];
    newLines = linesOf(fresh);
    const last = this.noteLines(fresh[fresh.length - 1]);
    if (last.length <= keepWhole) return false;
    const min = newLines.length - last.length + this.theme.print.footnoteMinLines;
    for (let k = newLines.length - this.theme.print.footnoteMinLines; k >= min; k--) {
      if (this.footHeight([...s.foot, ...newLines.slice(0, k)]) <= avail + 1e-6) return commit(k);
    }
    return false;
  }

  /** A note's lines on this page: in full, or its reference form once printed in full on an earlier page. */
  private noteLines(id: string): FootLine[] {
    const first = this.firstPage.get(id);
    const full = this.notes!.lines.get(id)!;
    if (first === undefined || first === this.pageIndex) return full;
    return this.notes!.reference?.(id, first) ?? full;
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
    // Each copy of a note printed on this page is a Note structure element under the referencing block.
    const copies = new Map<string, SNode>();
    for (const id of u.noteIds) {
      if (this.placed.has(id) || !this.notes?.lines.has(id) || copies.has(id)) continue;
      copies.set(id, { type: 'Note', parent: owner });
      if (!this.firstPage.has(id)) this.firstPage.set(id, this.pageIndex);
    }
    const withNode = (l: FootLine): FootLine => (l.node ? l : { ...l, node: copies.get(l.noteId) });
    // New notes are numbered in the order they are printed (a long one goes last, to continue
    // overleaf); emitLine sets a cluster of markers in that order too. A page read 1, 2, 4, 3.
    for (const l of s.foot.slice(this.foot.length)) if (l.first) this.noteNumber(l.noteId);
    draw(this.y);
    this.y = s.y;
    this.foot = s.foot.map(withNode);
    this.placed = s.placed;
    this.split = s.split;
    this.pending.push(...this.withContLabels(deferred.map(withNode)));
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
        // No word split across a page turn: the hyphenated line goes over with its other half
        // (TeX's \brokenpenalty, made absolute); when that would leave too few lines here, the
        // paragraph starts on the next page.
        if (k > 0 && endsHyphenated(rest[k - 1])) k = k > min ? k - 1 : this.fresh ? k : 0;
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

  /** A note marker's text is its number on this page; other pieces are set as broken. */
  private markerText(piece: Line['pieces'][number]): string {
    return piece.noteId && this.notes?.lines.has(piece.noteId) ? String(this.noteNumber(piece.noteId)) : piece.text;
  }

  /**
   * A cluster of note markers ("³,⁴") in the order of their numbers on this page: each marker keeps
   * its place and takes the note (and link) of that rank. Markers are measured alike (one digit).
   */
  private markersInOrder(pieces: Piece[]): Piece[] {
    const isMarker = (p: Piece | undefined) => !!p?.noteId && !!this.notes?.lines.has(p.noteId);
    if (pieces.filter(isMarker).length < 2) return pieces;
    const out = [...pieces];
    for (let i = 0; i < out.length; i++) {
      if (!isMarker(out[i])) continue;
      const group = [i];
      while (out[group[group.length - 1] + 1]?.text === ',' && isMarker(out[group[group.length - 1] + 2])) group.push(group[group.length - 1] + 2);
      if (group.length > 1) {
        group.forEach((g) => this.noteNumber(out[g].noteId!));
        const notes = group.map((g) => ({ noteId: out[g].noteId, link: out[g].link })).sort((a, b) => this.noteNumber(a.noteId!) - this.noteNumber(b.noteId!));
        group.forEach((g, n) => { out[g] = { ...out[g], ...notes[n] }; });
      }
      i = group[group.length - 1];
    }
    return out;
  }

  /**
   * Emits a line's pieces at (x, top); links become Link nodes with an annotation each. Without a
   * node the line is an artifact (a repeated table header): no links, no anchors.
   */
  emitLine(line: Line, x: number, top: number, node: SNode | undefined): void {
    const baseline = top + line.baseline;
    const pieces = this.markersInOrder(line.pieces);
    let k = 0;
    while (k < pieces.length) {
      const piece = pieces[k];
      if (!node || !piece.link) {
        this.emit({ op: 'text', x: x + piece.x, y: baseline - (piece.style.rise ?? 0), text: this.markerText(piece), style: piece.style, node, artifact: node ? undefined : 'Pagination' });
        k++;
        continue;
      }
      let link: LinkTarget = piece.link;
      if (piece.noteId && 'dest' in link) {
        // The first marker of a note on a page is where that page's copy links back to; every
        // marker links to the copy on its own page.
        this.dest(this.markerDest(piece.noteId), top);
        link = { dest: this.noteDest(piece.noteId, link.dest) };
      }
      const linkNode: SNode = { type: 'Link', parent: node };
      const start = piece.x;
      let end = start;
      let label = '';
      while (k < pieces.length && pieces[k].link && sameLink(pieces[k].link, piece.link)) {
        const p = pieces[k];
        const text = this.markerText(p);
        this.emit({ op: 'text', x: x + p.x, y: baseline - (p.style.rise ?? 0), text, style: p.style, node: linkNode });
        end = p.x + p.width;
        label += text;
        k++;
      }
      const spoken = label.replace(/[\s\u00ad]+/g, ' ').trim();
      this.emit({ op: 'link', x: x + start, y: top, w: end - start, h: line.height, target: link, node: linkNode, label: piece.noteId ? fillTerm(this.terms.noteLink, { n: spoken }) : spoken });
    }
  }
}

/** The line ends in a hyphen the line breaker added (a soft hyphen shown, or '-', as its own piece). */
export function endsHyphenated(line: Line): boolean {
  const last = line.pieces[line.pieces.length - 1]?.text;
  return last === '\u00ad' || last === '-';
}

export function markerAnchor(noteId: string): string {
  return `${noteId}-ref`;
}
