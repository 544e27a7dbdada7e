// EPUB render stage: splits the document into chapter files (one per section, one per source text)
// and maps every anchor to the file that holds it, so links resolve across chapter files.
import type { AnchorId, Block, DossierDocument, Section } from '../../model/document.js';
import { assertNever } from '../../model/document.js';

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
  /** Anchor of a cited source paragraph, or of the source's section when no paragraph is given. */
  citationAnchor(sourceId: string, paragraph?: number): AnchorId | undefined;
}

export function planChapters(doc: DossierDocument): ChapterPlan {
  const order: Chapter[] = [];
  const anchorFile = new Map<AnchorId, string>();
  const citations = new Map<string, AnchorId>();
  const build = (section: Section, depth: number): Chapter => {
    const n = String(order.length + 1).padStart(2, '0');
    const slug = section.anchor.replace(/[^-._A-Za-z0-9]/g, '_');
    const chapter: Chapter = { file: `c${n}-${slug}.xhtml`, id: `c${n}`, section, depth, children: [] };
    order.push(chapter);
    anchorFile.set(section.anchor, chapter.file);
    if (section.sourceId) citations.set(section.sourceId, section.anchor);
    walkBlocks(section.blocks, (b) => {
      if (b.type === 'sourceParagraph') citations.set(`${b.sourceId}#${b.number}`, b.anchor);
      const anchor = b.type === 'heading' || b.type === 'sourceParagraph' || b.type === 'profile' ? b.anchor : undefined;
      if (anchor) anchorFile.set(anchor, chapter.file);
    });
    chapter.children = section.children.map((child) => build(child, depth + 1));
    return chapter;
  };
  const tree = doc.sections.map((s) => build(s, 0));
  const citationAnchor = (sourceId: string, paragraph?: number) =>
    (paragraph !== undefined ? citations.get(`${sourceId}#${paragraph}`) : undefined) ?? citations.get(sourceId);
  return { tree, order, anchorFile, citationAnchor };
}

/** Visits every block, nested ones included, in document order. */
export function walkBlocks(blocks: Block[], visit: (b: Block) => void): void {
  for (const b of blocks) {
    visit(b);
    switch (b.type) {
      case 'profile':
      case 'blockquote':
        walkBlocks(b.children, visit);
        break;
      case 'list':
        b.items.forEach((item) => walkBlocks(item, visit));
        break;
      case 'heading':
      case 'paragraph':
      case 'sourceParagraph':
      case 'table':
      case 'definitionList':
      case 'rule':
        break;
      default:
        assertNever(b);
    }
  }
}
