// PDF writer, outline (bookmarks): Contents, the sections with their source chapters and actor profiles
// nested (closed, so a 40-source outline opens short), each pointing at the top of its heading.
import { type Block, type DossierDocument, type Section, inlineText } from '../../model/document.js';
import { type OutlineItem, outlineRoot, pageRefs, type PdfDoc } from './backend/pdfkit.js';
import { TOC_ANCHOR } from './toc.js';

export function addOutline(doc: PdfDoc, dd: DossierDocument, where: (anchor: string) => { page: number; y: number } | undefined, contentsTitle: string): void {
  const root = outlineRoot(doc);
  const kids = pageRefs(doc);
  const pageHeight = doc.page.height;
  const add = (parent: OutlineItem, title: string, anchor: string, expanded: boolean): OutlineItem | undefined => {
    const at = where(anchor);
    if (!at) return undefined;
    const item = parent.addItem(title, { pageNumber: at.page, expanded });
    // pdfkit's own destination puts the left edge off the page; point at the heading's top instead.
    item.outlineData.Dest = [kids[at.page], 'XYZ', null, pageHeight - at.y, null];
    return item;
  };
  // The same entries as the EPUB's navigation: Contents, the sections, each source, each actor profile.
  const visit = (parent: OutlineItem, s: Section) => {
    const profiles = s.blocks.filter((b): b is Extract<Block, { type: 'profile' }> => b.type === 'profile');
    // Open when short: a reader sees five sources at once, not forty.
    const item = add(parent, s.sourceId ? `${s.sourceId} · ${s.shortTitle ?? s.title}` : s.title, s.anchor, s.children.length > 0 && s.children.length <= 12);
    if (!item) return;
    s.children.forEach((c) => visit(item, c));
    profiles.forEach((p) => add(item, inlineText(p.title), p.anchor, false));
  };
  add(root, contentsTitle, TOC_ANCHOR, false);
  dd.sections.forEach((s) => visit(root, s));
}
