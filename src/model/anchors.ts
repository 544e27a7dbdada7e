// Model stage: the names of link targets, and their resolution. Compose names every anchor here and
// resolves every citation once, so the PDF and EPUB writers follow `target` and never rebuild an anchor.
import type { AnchorId, DossierDocument } from './document.js';
import { documentBlocks, walkBlocks, walkInlines, walkSections } from './walk.js';

/** Anchor of source paragraph ¶n of source `sourceId` (S1…). */
export function paragraphAnchor(sourceId: string, n: number): AnchorId {
  return `src-${sourceId}-p${n}`;
}

export function sourceAnchor(sourceId: string): AnchorId {
  return `src-${sourceId}`;
}

export function actorAnchor(actorId: string): AnchorId {
  return `actor-${actorId}`;
}

/** Footnote id (and anchor) of a discrepancy: every reference to the discrepancy points at this one note. */
export function discrepancyNoteId(d: { id: string } | string): string {
  return `fn-${typeof d === 'string' ? d : d.id}`;
}

/** Every anchor the document's sections define (sections, headings, source paragraphs, profiles). */
export function documentAnchors(doc: Pick<DossierDocument, 'sections'>): Set<AnchorId> {
  const anchors = new Set<AnchorId>();
  walkSections(doc.sections, (s) => {
    anchors.add(s.anchor);
    walkBlocks(s.blocks, (b) => {
      if ((b.type === 'heading' || b.type === 'sourceParagraph' || b.type === 'profile') && b.anchor) anchors.add(b.anchor);
    });
  });
  return anchors;
}

/**
 * Points each citation at the cited paragraph, or at its source when that paragraph is not in the
 * dossier; a citation of a source the dossier lacks gets no target (shown, not linked).
 */
export function resolveCitations(doc: Pick<DossierDocument, 'sections' | 'cover' | 'footnotes'>): void {
  const anchors = documentAnchors(doc);
  for (const blocks of documentBlocks(doc)) {
    walkInlines(blocks, (i) => {
      if (i.type !== 'sourceRef') return;
      const paragraph = i.paragraph === undefined ? undefined : paragraphAnchor(i.sourceId, i.paragraph);
      const target = paragraph && anchors.has(paragraph) ? paragraph : anchors.has(sourceAnchor(i.sourceId)) ? sourceAnchor(i.sourceId) : undefined;
      if (target) i.target = target;
      else delete i.target;
    });
  }
  for (const s of doc.cover.sources) if (s.anchor && !anchors.has(s.anchor)) delete s.anchor;
}
