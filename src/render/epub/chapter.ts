// EPUB render stage: one chapter file — the section's heading and blocks, a contents list for a part
// (e.g. Sources), and the pop-up notes the chapter references.
import type { DossierDocument } from '../../model/document.js';
import { renderBlocks, renderInlines, type BlockContext } from './blocks.js';
import type { Chapter, ChapterPlan } from './chapters.js';
import { ChapterNotes } from './notes.js';
import { chapterLabel } from './nav.js';
import { STYLESHEET } from './stylesheet.js';
import { h, lines, xhtmlDocument } from './xhtml.js';

export function renderChapter(chapter: Chapter, plan: ChapterPlan, doc: DossierDocument): string {
  const notes = new ChapterNotes(doc.footnotes);
  const href = (anchor: string): string | undefined => {
    const file = plan.anchorFile.get(anchor);
    if (!file) return undefined;
    return file === chapter.file ? `#${anchor}` : `${file}#${anchor}`;
  };
  const { section } = chapter;
  const level = chapter.depth + 1;
  const ctx: BlockContext = {
    href,
    noteRef: (noteId) => notes.reference(noteId),
    headingOffset: level,
    ...(section.language && section.language.toLowerCase() !== doc.meta.language.toLowerCase() ? { language: section.language } : {}),
  };
  const partContents = chapter.children.length > 0
    ? h('ul', { class: 'part-contents' }, lines(chapter.children.map((c) =>
      h('li', {}, h('a', { href: `${c.file}#${c.section.anchor}` }, chapterLabel(c.section))))))
    : null;
  const body = h('section', { id: section.anchor, class: `chapter ${section.kind}`, 'epub:type': chapter.children.length > 0 ? 'part' : 'chapter' },
    lines(h(`h${level}`, ctx.language ? { lang: ctx.language, 'xml:lang': ctx.language } : {}, section.sourceId ? [h('span', { class: 'source-id' }, section.sourceId), ` ${section.title}`] : section.title), renderBlocks(section.blocks, ctx), partContents));
  const notesSection = notes.section((note) => {
    const [head, ...rest] = note.content;
    // The first paragraph's text follows the note number on the same line.
    return head?.type === 'paragraph'
      ? { first: renderInlines(head.content, ctx), rest: renderBlocks(rest, ctx) }
      : { first: null, rest: renderBlocks(note.content, ctx) };
  }, doc.terms.notes);
  return xhtmlDocument({ lang: doc.meta.language, title: section.title, stylesheet: STYLESHEET, body: [body, notesSection] });
}
