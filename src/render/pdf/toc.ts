// PDF writer, table of contents: one entry per section and source chapter, dot leaders, and page numbers
// filled in at paint time from where the anchors landed (the TOC's length does not depend on them).
import type { DossierDocument, Section } from '../../model/document.js';
import type { BlockLayout, LayoutContext } from './blocks.js';
import type { SNode, TextStyle } from './types.js';

export const TOC_ANCHOR = 'toc';

/** Entries of the contents: top-level sections, then their children indented. */
export function tocEntries(doc: DossierDocument): { section: Section; level: number }[] {
  return doc.sections.flatMap((s) => [{ section: s, level: 0 }, ...s.children.map((c) => ({ section: c, level: 1 }))]);
}

export function layoutToc(c: LayoutContext, blocks: BlockLayout, title: string, root: SNode): void {
  const { flow, theme: t, doc } = c;
  const width = flow.geo.width;
  flow.header = title;
  flow.newPage({ header: false });
  const sect: SNode = { type: 'Sect', parent: root, title };
  blocks.heading([{ type: 'text', text: title }], 1, t.sizes.h1, TOC_ANCHOR, sect, 0);
  const toc: SNode = { type: 'TOC', parent: sect };
  const numberWidth = t.print.tocNumberWidth;
  for (const { section, level } of tocEntries(doc)) {
    const indent = level * t.print.tocIndent;
    const spec = level === 0
      ? { face: 'heading' as const, size: t.sizes.body, color: t.colors.text, bold: true, justify: false }
      : { face: 'body' as const, size: t.sizes.body, color: t.colors.text, justify: false };
    const prefix = section.sourceId ? `${section.sourceId} · ` : '';
    // Wrapped lines hang under the title, past the source id.
    const hang = prefix ? c.breaker.width(prefix, { font: { face: spec.face, style: 'regular' }, size: spec.size, color: spec.color }) : t.print.tocIndent;
    const title = section.shortTitle ?? section.title;
    const lines = blocks.lines([{ type: 'text', text: prefix + title }], spec, width - indent - hang - numberWidth);
    const height = lines.reduce((s, l) => s + l.height, 0);
    flow.skip(level === 0 ? t.spacing.paragraph : t.spacing.list);
    const toci: SNode = { type: 'TOCI', parent: toc };
    const link: SNode = { type: 'Link', parent: toci };
    flow.placeOrBreak({ height, noteIds: [] }, toci, (top) => {
      let y = top;
      lines.forEach((line, i) => {
        const x = indent + (i === 0 ? 0 : hang);
        for (const p of line.pieces) flow.emit({ op: 'text', x: x + p.x, y: y + line.baseline, text: p.text, style: p.style, node: link });
        y += line.height;
      });
      const last = lines[lines.length - 1];
      const lastX = indent + (lines.length > 1 ? hang : 0);
      const baseline = y - last.height + last.baseline;
      const style: TextStyle = { font: { face: 'body', style: 'regular' }, size: t.sizes.body, color: t.colors.text };
      const dots = leaders(c, style, width - numberWidth - (lastX + last.contentWidth));
      if (dots) flow.emit({ op: 'text', x: width - numberWidth, y: baseline, text: dots, style: { ...style, color: t.colors.muted }, artifact: 'Layout', alignRight: true });
      const anchor = section.anchor;
      flow.emit({ op: 'text', x: width, y: baseline, text: '', style, node: link, alignRight: true, resolve: (pageOf) => String(pageOf(anchor) ?? '') });
      flow.emit({ op: 'link', x: indent, y: top, w: width - indent, h: height, target: { dest: anchor }, node: link, label: prefix + title });
    });
  }
}

/** Dot leaders filling `room` (with a space's margin on both ends). */
function leaders(c: LayoutContext, style: TextStyle, room: number): string {
  const space = c.breaker.width(' ', style);
  const unit = c.breaker.width(' .', style);
  const n = Math.floor((room - 2 * space) / unit);
  return n > 0 ? ' .'.repeat(n) : '';
}
