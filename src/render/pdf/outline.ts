// PDF writer, outline (bookmarks): the sections with their source chapters nested, each pointing at
// the top of its heading.
import type { DossierDocument, Section } from '../../model/document.js';

interface OutlineItem {
  addItem(title: string, options?: { pageNumber?: number; expanded?: boolean }): OutlineItem;
  outlineData: { Dest?: unknown[] };
}

export function addOutline(doc: PDFKit.PDFDocument, dd: DossierDocument, where: (anchor: string) => { page: number; y: number } | undefined): void {
  const root = (doc as unknown as { outline: OutlineItem }).outline;
  const kids = (doc as unknown as { _root: { data: { Pages: { data: { Kids: unknown[] } } } } })._root.data.Pages.data.Kids;
  const pageHeight = doc.page.height;
  const add = (parent: OutlineItem, title: string, anchor: string, expanded: boolean): OutlineItem | undefined => {
    const at = where(anchor);
    if (!at) return undefined;
    const item = parent.addItem(title, { pageNumber: at.page, expanded });
    // pdfkit's own destination puts the left edge off the page; point at the heading's top instead.
    item.outlineData.Dest = [kids[at.page], 'XYZ', null, pageHeight - at.y, null];
    return item;
  };
  const visit = (parent: OutlineItem, s: Section) => {
    const item = add(parent, s.sourceId ? `${s.sourceId} · ${s.title}` : s.title, s.anchor, s.children.length > 0);
    if (item) s.children.forEach((c) => visit(item, c));
  };
  dd.sections.forEach((s) => visit(root, s));
}
