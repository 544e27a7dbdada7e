// EPUB render stage: pop-up footnotes. Each chapter carries its own copy of every note it references,
// after its text: Apple Books only pops up notes in the same file, Kobo only notes that come later in
// the file, and Kindle (via the Amazon guidelines pandoc adopted in jgm/pandoc#8676) wants one <aside>
// per note, not a list, with the back link at the start of the note.
import type { Footnote } from '../../model/document.js';
import { h, lines, type Child, type Markup } from './xhtml.js';

interface NoteUse {
  note: Footnote;
  /** The note's number in this chapter: 1, 2… in order of first reference (per-chapter numbering). */
  number: number;
  /** ids of the references in this chapter, in order; the back link goes to the first. */
  refIds: string[];
}

export class ChapterNotes {
  private readonly uses = new Map<string, NoteUse>();

  constructor(private readonly footnotes: Record<string, Footnote>) {}

  /** The in-text marker: <sup> outside the link, plain number inside (iBooks drops pop-ups otherwise, jgm/pandoc#1995). */
  reference(noteId: string): Child {
    const note = this.footnotes[noteId];
    if (!note) return null;
    const use = this.uses.get(noteId) ?? { note, number: this.uses.size + 1, refIds: [] };
    this.uses.set(noteId, use);
    const id = use.refIds.length === 0 ? `ref-${note.anchor}` : `ref-${note.anchor}-${use.refIds.length + 1}`;
    use.refIds.push(id);
    return h('sup', { class: 'noteref' },
      h('a', { 'epub:type': 'noteref', role: 'doc-noteref', id, href: `#${note.anchor}` }, String(use.number)));
  }

  /**
   * The notes section for the end of the chapter. `renderContent` may reference further notes (a note
   * citing a note); those are appended, so every marker in the file has its target.
   */
  section(renderContent: (note: Footnote) => { first: Child; rest: Markup } , label: string): Markup | null {
    if (this.uses.size === 0) return null;
    const asides: { number: number; markup: Markup }[] = [];
    const done = new Set<string>();
    for (let pending = [...this.uses.values()]; pending.length > 0; pending = [...this.uses.values()].filter((u) => !done.has(u.note.id))) {
      for (const { note, number, refIds } of pending) {
        done.add(note.id);
        const { first, rest } = renderContent(note);
        const back = h('a', { class: 'note-number', role: 'doc-backlink', href: `#${refIds[0]}` }, String(number));
        asides.push({ number, markup: h('aside', { 'epub:type': 'footnote', role: 'doc-footnote', id: note.anchor, class: `footnote ${note.kind}` },
          lines(h('p', {}, back, '. ', first), rest)) });
      }
    }
    // All notes follow all text, so listing them by number keeps every target after its reference (Kobo).
    asides.sort((a, b) => a.number - b.number);
    return h('section', { class: 'footnotes', 'epub:type': 'footnotes', 'aria-label': label }, lines(asides.map((a) => a.markup)));
  }
}
