// PDF writer, shared shapes: styled runs, broken lines, the logical structure nodes and the per-page
// display lists that layout produces and paint draws. Layout is in points, x relative to the text block.
import type { FontRef } from './fonts.js';

export type LinkTarget = { dest: string } | { url: string };

export function sameLink(a?: LinkTarget, b?: LinkTarget): boolean {
  if (!a || !b) return a === b;
  return 'dest' in a ? 'dest' in b && a.dest === b.dest : 'url' in b && a.url === b.url;
}

export interface TextStyle {
  font: FontRef;
  size: number;
  color: string;
  /** Baseline shift upwards (superscript note markers). */
  rise?: number;
}

/** A piece of inline content in one style (output of inline flattening). */
export interface Run {
  text: string;
  style: TextStyle;
  link?: LinkTarget;
  /** Set on a footnote marker. */
  noteId?: string;
  /** A hard line break. */
  forcedBreak?: boolean;
}

/** Drawn text of a line, x relative to the line start. */
export interface Piece {
  x: number;
  width: number;
  text: string;
  style: TextStyle;
  link?: LinkTarget;
  noteId?: string;
}

export interface Line {
  pieces: Piece[];
  height: number;
  /** Distance from the line's top to its baseline. */
  baseline: number;
  /** Footnotes referenced on this line (the flow decides which are referenced for the first time). */
  noteIds: string[];
  /** Width the content actually takes (for centring and right alignment). */
  contentWidth: number;
}

/** A node of the logical structure tree (Tagged PDF); paint turns it into pdfkit structure elements. */
export interface SNode {
  type: string;
  parent?: SNode;
  title?: string;
  scope?: 'Row' | 'Column';
  /** Language of the element's text when it differs from the document's (/Lang). */
  lang?: string;
}

export type ArtifactKind = 'Pagination' | 'Layout';

export type Op =
  | {
      op: 'text'; x: number; y: number; text: string; style: TextStyle;
      /** Structure node the text belongs to; none → artifact. */
      node?: SNode; artifact?: ArtifactKind;
      /** Right edge instead of left (x is the right edge); text may be resolved at paint time. */
      alignRight?: boolean;
      resolve?: (pageOf: (anchor: string) => number | undefined) => string;
    }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: string }
  | { op: 'rect'; x: number; y: number; w: number; h: number; color: string }
  | { op: 'dest'; name: string; y: number }
  /** A link annotation; `label` is its text description (the annotation's /Contents). */
  | { op: 'link'; x: number; y: number; w: number; h: number; target: LinkTarget; node: SNode; label: string };

export interface PageBox {
  ops: Op[];
  /** Section title for the running head; undefined → no header on this page. */
  header?: string;
  footer: boolean;
  /** Source paragraphs set on this page, per source in order: the running head's "S3 ¶4–12". */
  sources?: { id: string; first: number; last: number }[];
}
