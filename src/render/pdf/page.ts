// PDF writer, page geometry: paper size, the text block, and margins mirrored for duplex printing
// (the inner margin sits at the binding: left on odd pages, right on even ones).
import type { Theme } from '../../style/theme.js';

export type Paper = 'A4' | 'letter';

/** Paper sizes in points (ISO 216 A4; US Letter). */
const PAPER: Record<Paper, [number, number]> = { A4: [595.28, 841.89], letter: [612, 792] };
const POINTS_PER_MM = 72 / 25.4;

export interface Geometry {
  paper: Paper;
  pageWidth: number;
  pageHeight: number;
  /** Top of the text block. */
  top: number;
  /** Bottom limit of the text block (footnotes included). */
  bottom: number;
  /** Width of the text block. */
  width: number;
  /** x of the text block's left edge on a page (0-based page index). */
  left(pageIndex: number): number;
}

export function pageGeometry(theme: Theme, paper: Paper): Geometry {
  const [pageWidth, pageHeight] = PAPER[paper];
  const m = theme.page;
  const inner = m.marginInner * POINTS_PER_MM;
  const outer = m.marginOuter * POINTS_PER_MM;
  const top = m.marginTop * POINTS_PER_MM;
  const bottom = pageHeight - m.marginBottom * POINTS_PER_MM;
  return {
    paper, pageWidth, pageHeight, top, bottom, width: pageWidth - inner - outer,
    // Page index 0 is page 1, a right-hand (recto) page: binding on the left.
    left: (i) => (i % 2 === 0 ? inner : outer),
  };
}
