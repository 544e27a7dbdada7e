// PDF writer, painting and tagging: draws the pages' display lists with pdfkit, wraps content in marked
// content sequences tied to structure elements (Tagged PDF), page furniture in artifacts, and adds link
// annotations (each inside its Link element) and named destinations.
import { type PdfDoc, type StructElement, type TaggingDoc, tagging } from './backend/pdfkit.js';
import { drawWords } from './drawText.js';
import { type Fonts, selectFont } from './fonts.js';
import type { Geometry } from './page.js';
import type { ArtifactKind, LinkTarget, Op, PageBox, SNode } from './types.js';

type TextOp = Extract<Op, { op: 'text' }>;

export interface PaintInput {
  pages: PageBox[];
  geo: Geometry;
  /** Page (0-based) of each anchor. */
  pageOf: (anchor: string) => number | undefined;
}

export function paintPages(doc: PdfDoc, fonts: Fonts, input: PaintInput, rootNode: SNode, root: StructElement): void {
  const tdoc = tagging(doc);
  const elements = new Map<SNode, StructElement>([[rootNode, root]]);
  const elementFor = (n: SNode): StructElement => {
    let el = elements.get(n);
    if (!el) {
      const parent = n.parent ? elementFor(n.parent) : root;
      const opts: Record<string, unknown> = {};
      if (n.title) opts.title = n.title;
      if (n.scope) opts.scope = n.scope;
      if (n.lang) opts.lang = n.lang;
      el = tdoc.struct(n.type, opts);
      parent.add(el);
      elements.set(n, el);
    }
    return el;
  };
  const pageNumberOf = (anchor: string) => {
    const p = input.pageOf(anchor);
    return p === undefined ? undefined : p + 1;
  };

  // The operators pdfkit's fillColor writes for a '#rrggbb' colour, made once per colour.
  const fillOps = new Map<string, string | null>();
  const setFill = (color: string) => {
    let ops = fillOps.get(color);
    if (ops === undefined) {
      const hex = /^#[0-9a-f]{6}$/iu.test(color) ? parseInt(color.slice(1), 16) : undefined;
      ops = hex === undefined ? null : `/DeviceRGB cs\n${[hex >> 16, (hex >> 8) & 0xff, hex & 0xff].map((c) => c / 255).join(' ')} scn`;
      fillOps.set(color, ops);
    }
    if (ops) tdoc.addContent(ops);
    else doc.fillColor(color);
  };

  input.pages.forEach((page, index) => {
    doc.addPage({ size: [input.geo.pageWidth, input.geo.pageHeight], margin: 0 });
    const left = input.geo.left(index);
    let open: SNode | ArtifactKind | undefined;
    // The text fill colour set on this page (other fills are set inside saved graphics states).
    let fill: string | undefined;
    const close = () => {
      while (tdoc.page.markings.length > 0) tdoc.endMarkedContent();
      open = undefined;
    };
    const openNode = (n: SNode) => {
      if (open === n) return;
      close();
      elementFor(n).add(tdoc.markStructureContent(n.type));
      open = n;
    };
    const openArtifact = (kind: ArtifactKind) => {
      if (open === kind) return;
      close();
      tdoc.markContent('Artifact', { type: kind });
      open = kind;
    };
    const ops = page.ops;
    for (let i = 0; i < ops.length; ) {
      const op = ops[i];
      if (op.op !== 'text') {
        paintOp(op);
        i++;
        continue;
      }
      // A line's words of one style and structure element are drawn as one text object.
      let j = i + 1;
      while (j < ops.length && continues(op, ops[j])) j++;
      paintText(ops.slice(i, j) as TextOp[]);
      i = j;
    }
    close();

    function paintText(group: TextOp[]): void {
      const first = group[0];
      const words = group.map((op) => ({ x: left + op.x, text: op.resolve ? op.resolve(pageNumberOf as (a: string) => number | undefined) : op.text })).filter((w) => w.text !== '');
      if (words.length === 0) return;
      if (first.node) openNode(first.node);
      else openArtifact(first.artifact ?? 'Layout');
      selectFont(doc, fonts, first.style.font, first.style.size);
      if (fill !== first.style.color) setFill(first.style.color);
      fill = first.style.color;
      if (first.alignRight) words[0].x -= fonts.measured(first.style.font).widthOfString(words[0].text.trimEnd(), first.style.size);
      drawWords(doc, words, first.y);
    }

    function paintOp(op: Exclude<Op, TextOp>): void {
      switch (op.op) {
        case 'line':
          openArtifact('Layout');
          doc.save().moveTo(left + op.x1, op.y1).lineTo(left + op.x2, op.y2).lineWidth(op.width).strokeColor(op.color).stroke().restore();
          return;
        case 'rect':
          openArtifact('Layout');
          doc.save().rect(left + op.x, op.y, op.w, op.h).fillColor(op.color).fill().restore();
          return;
        case 'dest':
          tdoc.addNamedDestination(op.name, 'XYZ', null, op.y, null);
          return;
        case 'link': {
          // A Link element holds its text and its annotation; ended here so it records this page.
          const el = elementFor(op.node);
          if (resolvable(op.target, input.pageOf)) annotate(tdoc, left + op.x, op.y, op.w, op.h, op.target, op.label, el);
          if (open === op.node) close();
          el.end();
          return;
        }
      }
    }
  });
}

/** Whether text op `b` continues `a` on the same line, in the same style and structure element. */
function continues(a: TextOp, b: Op): boolean {
  if (b.op !== 'text' || a.alignRight || b.alignRight || a.resolve || b.resolve) return false;
  const s = a.style;
  const t = b.style;
  return b.y === a.y && b.node === a.node && b.artifact === a.artifact && s.size === t.size && s.color === t.color
    && s.font.face === t.font.face && s.font.style === t.font.style;
}

function resolvable(target: LinkTarget, pageOf: (anchor: string) => number | undefined): boolean {
  return 'url' in target || pageOf(target.dest) !== undefined;
}

function annotate(doc: TaggingDoc, x: number, y: number, w: number, h: number, target: LinkTarget, label: string, el: StructElement): void {
  const Contents = new String(label || ('dest' in target ? target.dest : target.url));
  // An internal link names its destination directly (pdfkit's goTo adds a GoTo action object per link).
  if ('dest' in target) doc.annotate(x, y, w, h, { Subtype: 'Link', Dest: target.dest, structParent: el, Contents });
  else doc.link(x, y, w, h, target.url, { structParent: el, Contents });
}
