// EPUB render stage: splits the document into chapter files (one per section, one per source text)
// and maps every anchor to the file that holds it, so links resolve across chapter files.
import type { AnchorId, DossierDocument, Section } from '../../model/document.js';
import { walkBlocks } from '../../model/walk.js';

export interface Chapter {
  /** File name inside OEBPS/, already in the character set epub-gen-memory keeps unchanged. */
  file: string;
  /** Manifest id (an XML NCName). */
  id: string;
  section: Section;
  /** 0 for top-level sections, 1 for their children (e.g. each source text). */
  depth: number;
  children: Chapter[];
}

export interface ChapterPlan {
  /** Top-level chapters, children nested. */
  tree: Chapter[];
  /** All chapters in reading (spine) order. */
  order: Chapter[];
  /** Anchor → chapter file (sections, headings, profiles, source paragraphs). */
  anchorFile: Map<AnchorId, string>;
}

export function planChapters(doc: DossierDocument): ChapterPlan {
  const order: Chapter[] = [];
  const anchorFile = new Map<AnchorId, string>();
  const build = (section: Section, depth: number): Chapter => {
    const n = String(order.length + 1).padStart(2, '0');
    const slug = section.anchor.replace(/[^-._A-Za-z0-9]/g, '_');
    const chapter: Chapter = { file: `c${n}-${slug}.xhtml`, id: `c${n}`, section, depth, children: [] };
    order.push(chapter);
    anchorFile.set(section.anchor, chapter.file);
    walkBlocks(section.blocks, (b) => {
      const anchor = b.type === 'heading' || b.type === 'sourceParagraph' || b.type === 'profile' ? b.anchor : undefined;
      if (anchor) anchorFile.set(anchor, chapter.file);
    });
    chapter.children = section.children.map((child) => build(child, depth + 1));
    return chapter;
  };
  const tree = doc.sections.map((s) => build(s, 0));
  return { tree, order, anchorFile };
}
