// Model stage: the one walk over the document model (as pandoc's Walk or Prettier's traverseDoc), so a
// pass over "every inline" cannot forget table captions and headers, terms or profile titles.
import { type Block, type Inline, type Section, assertNever } from './document.js';

/** Every section, children after their parent, in reading order. */
export function walkSections(sections: readonly Section[], visit: (s: Section) => void): void {
  for (const s of sections) {
    visit(s);
    walkSections(s.children, visit);
  }
}

/** Every block, nested ones included, in reading order (a block before its children). */
export function walkBlocks(blocks: readonly Block[], visit: (b: Block) => void): void {
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

/**
 * Each inline list a block holds itself (not its child blocks'), in reading order. When `visit`
 * returns a list, it replaces the one visited.
 */
export function eachInlineList(b: Block, visit: (inlines: Inline[]) => Inline[] | void): void {
  const at = (list: Inline[]): Inline[] => visit(list) ?? list;
  switch (b.type) {
    case 'heading':
    case 'paragraph':
    case 'sourceParagraph':
      b.content = at(b.content);
      break;
    case 'table':
      if (b.caption) b.caption = at(b.caption);
      for (const c of b.header) c.content = at(c.content);
      for (const row of b.rows) for (const c of row) c.content = at(c.content);
      break;
    case 'definitionList':
      for (const it of b.items) { it.term = at(it.term); it.description = at(it.description); }
      break;
    case 'profile':
      b.title = at(b.title);
      if (b.subtitle) b.subtitle = at(b.subtitle);
      break;
    case 'list':
    case 'blockquote':
    case 'rule':
      break;
    default:
      assertNever(b);
  }
}

/** Every inline of the blocks, nested ones included, in reading order. */
export function walkInlines(blocks: readonly Block[], visit: (i: Inline) => void): void {
  const deep = (list: readonly Inline[]): void => {
    for (const i of list) {
      visit(i);
      if ('children' in i) deep(i.children);
    }
  };
  walkBlocks(blocks, (b) => eachInlineList(b, deep));
}

/** Removes from the blocks, at any depth, the inlines `keep` refuses. */
export function filterInlines(blocks: readonly Block[], keep: (i: Inline) => boolean): void {
  const filter = (list: Inline[]): Inline[] => list.filter(keep).map((i) => ('children' in i ? { ...i, children: filter(i.children) } : i));
  walkBlocks(blocks, (b) => eachInlineList(b, filter));
}

/** The block lists of a document: each section's, then each footnote's. */
export function documentBlocks(doc: { sections: readonly Section[]; footnotes?: Record<string, { content: Block[] }> }): Block[][] {
  const out: Block[][] = [];
  walkSections(doc.sections, (s) => out.push(s.blocks));
  for (const note of Object.values(doc.footnotes ?? {})) out.push(note.content);
  return out;
}
