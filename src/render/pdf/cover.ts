// PDF writer, cover page: handling line, title, subtitle, date and author, and the list of sources;
// no running heads.
import type { Inline } from '../../model/document.js';
import type { BlockLayout, LayoutContext } from './blocks.js';
import type { Line, SNode } from './types.js';

export function layoutCover(c: LayoutContext, blocks: BlockLayout, root: SNode, sourcesLabel: string): void {
  const { flow, theme: t, doc } = c;
  const { meta } = doc;
  const width = flow.geo.width;
  flow.header = undefined;
  flow.newPage({ header: false, footer: false });
  const sect: SNode = { type: 'Sect', parent: root, title: meta.title };
  const text = (s: string): Inline[] => [{ type: 'text', text: s }];
  const put = (lines: Line[], node: SNode) => {
    for (const line of lines) flow.placeOrBreak(line, node, (top) => flow.emitLine(line, 0, top, node));
  };
  const accentRule = (weight: number) => {
    flow.emit({ op: 'line', x1: 0, y1: flow.y, x2: width, y2: flow.y, width: weight, color: t.colors.accent });
  };

  // Handling line at the head of the cover.
  put(blocks.lines(text(meta.handling), { face: 'heading', size: t.sizes.small, color: t.colors.accent, bold: true, justify: false }, width), { type: 'P', parent: sect });
  flow.y += t.spacing.afterHeading;
  accentRule(t.print.ruleWeight);

  flow.y = Math.max(flow.y, flow.geo.top + (flow.geo.bottom - flow.geo.top) * t.print.coverTitleTop);
  put(blocks.lines(text(meta.title), { face: 'heading', size: t.sizes.coverTitle, color: t.colors.accent, bold: true, justify: false, balance: true }, width), { type: 'H1', parent: sect });
  if (meta.subtitle) {
    flow.y += t.spacing.afterHeading;
    put(blocks.lines(text(meta.subtitle), { face: 'heading', size: t.sizes.coverSubtitle, color: t.colors.muted, justify: false, balance: true }, width), { type: 'P', parent: sect });
  }
  flow.y += t.spacing.beforeHeading;
  accentRule(t.print.coverRuleWeight);
  flow.y += t.spacing.beforeHeading;
  const byline = `${meta.dateLabel} · ${meta.author}`;
  put(blocks.lines(text(byline), { face: 'heading', size: t.sizes.body, color: t.colors.text, justify: false }, width), { type: 'P', parent: sect });

  if (doc.cover.sources.length > 0) {
    flow.y += 2 * t.spacing.beforeHeading;
    put(blocks.lines(text(sourcesLabel), { face: 'heading', size: t.sizes.h4, color: t.colors.accent, bold: true, justify: false }, width), { type: 'H2', parent: sect });
    flow.y += t.spacing.afterHeading;
    const indent = t.print.listIndent * 2;
    const items = doc.cover.sources.map((s) => {
      const details = [s.outlet, s.date].filter((v): v is string => !!v).join(', ');
      const title: Inline = { type: 'strong', children: text(s.title) };
      const content: Inline[] = [s.anchor ? { type: 'internalLink', target: s.anchor, children: [title] } : title];
      if (details) content.push({ type: 'text', text: ` — ${details}` });
      return { s, lines: blocks.lines(content, { face: 'body', size: t.sizes.body, color: t.colors.text, justify: false }, width - indent) };
    });
    const needed = items.reduce((sum, it) => sum + it.lines.reduce((h, l) => h + l.height, 0) + t.spacing.list, 0);
    if (needed > flow.geo.bottom - flow.y) {
      // The list would spill onto untitled pages after the cover: the cover says what the sources are
      // and where they are listed (the contents give each S-number and title).
      const outlets = new Set(doc.cover.sources.map((s) => s.outlet).filter(Boolean)).size;
      // Reports without an outlet are not counted as outlets, nor said to come from "0 outlets".
      const unnamed = doc.cover.sources.filter((s) => !s.outlet).length;
      const from = outlets === 0 ? '' : ` from ${outlets} outlet${outlets === 1 ? '' : 's'}${unnamed ? ` (${unnamed} of unidentified outlet${unnamed === 1 ? '' : 's'})` : ''}`;
      const dates = doc.cover.sources.map((s) => s.date).filter((d): d is string => !!d).sort();
      const span = dates.length ? `, dated ${dates[0]}${dates[dates.length - 1] !== dates[0] ? ` to ${dates[dates.length - 1]}` : ''}` : '';
      const summary: Inline[] = [
        { type: 'text', text: `${doc.cover.sources.length} reports${from}${span}, ${doc.cover.sources[0].sourceId}–${doc.cover.sources[doc.cover.sources.length - 1].sourceId} in the ` },
        { type: 'internalLink', target: doc.sections.find((sec) => sec.kind === 'sources')?.anchor ?? '', children: text(sourcesLabel) },
        { type: 'text', text: ' section; the contents list each with its S-number and title.' },
      ];
      put(blocks.lines(summary, { face: 'body', size: t.sizes.body, color: t.colors.text, justify: false }, width), { type: 'P', parent: sect });
      return;
    }
    const list: SNode = { type: 'L', parent: sect };
    for (const { s, lines } of items) {
      const li: SNode = { type: 'LI', parent: list };
      const lbl: SNode = { type: 'Lbl', parent: li };
      const body: SNode = { type: 'LBody', parent: li };
      const label = blocks.lines(text(s.sourceId), { face: 'heading', size: t.sizes.small, color: t.colors.muted, bold: true, justify: false }, indent);
      blocks.paragraph(lines, indent, body, (top, first) => {
        if (label[0]) flow.emitLine(label[0], 0, top + first.baseline - label[0].baseline, lbl);
      });
      flow.y += t.spacing.list;
    }
  }
}
