// EPUB render stage: one handler per block and inline kind of the document model → XHTML markup.
// Links go through the chapter's resolver, so an anchor in another chapter file gets that file's name.
import type { AnchorId, Block, Inline, TableColumn } from '../../model/document.js';
import { assertNever, splitItems } from '../../model/document.js';
import { h, lines, type Child, type Markup } from './xhtml.js';

export interface BlockContext {
  /** href for an anchor of the dossier, relative to the current file; undefined when nothing holds it. */
  href(anchor: AnchorId): string | undefined;
  /** The marker for a footnote reference (the note itself is placed by the chapter). */
  noteRef(noteId: string): Child;
  /** Level of the enclosing heading; model heading levels are added to it so headings stay in order. */
  headingOffset: number;
  /** Language of a source's text when not the dossier's: its paragraphs and headings say so. */
  language?: string;
}

function langAttrs(ctx: BlockContext): Record<string, string> {
  return ctx.language ? { lang: ctx.language, 'xml:lang': ctx.language } : {};
}

export function renderInlines(inlines: Inline[], ctx: BlockContext): Child[] {
  // Adjacent note markers would read as one number ("1" "3" → "13"): separate them with a comma.
  return inlines.flatMap((i, k) => (i.type === 'noteRef' && inlines[k - 1]?.type === 'noteRef'
    ? [h('sup', { class: 'noteref-sep' }, ','), renderInline(i, ctx)]
    : [renderInline(i, ctx)]));
}

function renderInline(i: Inline, ctx: BlockContext): Child {
  switch (i.type) {
    case 'text':
      return i.text;
    case 'emphasis':
      return h('em', {}, renderInlines(i.children, ctx));
    case 'strong':
      return h('strong', {}, renderInlines(i.children, ctx));
    case 'code':
      return h('code', {}, i.text);
    case 'lineBreak':
      return h('br');
    case 'link':
      return h('a', { href: i.href }, renderInlines(i.children, ctx));
    case 'internalLink': {
      const href = ctx.href(i.target);
      return href ? h('a', { href }, renderInlines(i.children, ctx)) : renderInlines(i.children, ctx);
    }
    case 'noteRef':
      return ctx.noteRef(i.noteId);
    case 'sourceRef': {
      const href = i.target ? ctx.href(i.target) : undefined;
      return href ? h('a', { class: 'source-ref', href }, i.label) : h('span', { class: 'source-ref' }, i.label);
    }
    default:
      return assertNever(i);
  }
}

export function renderBlocks(blocks: Block[], ctx: BlockContext): Markup {
  return lines(blocks.map((b) => renderBlock(b, ctx)));
}

function headingTag(level: number): string {
  return `h${Math.min(6, Math.max(1, level))}`;
}

function alignClass(col: TableColumn | undefined): string | undefined {
  return col?.align && col.align !== 'left' ? `align-${col.align}` : undefined;
}

function renderBlock(b: Block, ctx: BlockContext): Markup {
  switch (b.type) {
    case 'heading':
      return h(headingTag(b.level + ctx.headingOffset), { id: b.anchor, ...langAttrs(ctx) }, renderInlines(b.content, ctx));
    case 'paragraph':
      return h('p', { class: b.style && b.style !== 'body' ? b.style : undefined }, renderInlines(b.content, ctx));
    case 'sourceParagraph':
      return h('p', { id: b.anchor, class: 'source-paragraph', ...langAttrs(ctx) },
        h('span', { class: 'paragraph-number' }, `¶${b.number}`), ' ', renderInlines(b.content, ctx));
    case 'list':
      return h(b.ordered ? 'ol' : 'ul', {}, lines(b.items.map((item) => h('li', {}, renderBlocks(item, ctx)))));
    case 'blockquote':
      return h('blockquote', {}, renderBlocks(b.children, ctx));
    case 'table':
      // Real header cells with scope: column headers in thead, each row's label cell as a row header.
      return h('table', { class: b.kind },
        lines(
          b.caption ? h('caption', {}, renderInlines(b.caption, ctx)) : null,
          h('thead', {}, h('tr', {}, b.header.map((col) => h('th', { scope: 'col', class: alignClass(col) }, renderInlines(col.content, ctx))))),
          h('tbody', {}, lines(b.rows.map((row) => h('tr', {}, row.map((cell, c) => cell.header
            ? h('th', { scope: 'row', class: alignClass(b.header[c]) }, renderInlines(cell.content, ctx))
            : h('td', { class: cell.hanging ? 'items' : alignClass(b.header[c]) }, cell.hanging
              ? lines(splitItems(cell.content).map((item) => h('span', { class: 'item' }, renderInlines(item, ctx))))
              : renderInlines(cell.content, ctx))))))),
        ));
    case 'definitionList':
      return h('dl', {}, lines(b.items.map((item) => [h('dt', {}, renderInlines(item.term, ctx)), h('dd', {}, renderInlines(item.description, ctx))])));
    case 'profile':
      return h('section', { id: b.anchor, class: 'profile', 'aria-labelledby': `${b.anchor}-name` },
        lines(
          h(headingTag(1 + ctx.headingOffset), { id: `${b.anchor}-name` }, renderInlines(b.title, ctx)),
          b.subtitle ? h('p', { class: 'subtitle' }, renderInlines(b.subtitle, ctx)) : null,
          renderBlocks(b.children, { ...ctx, headingOffset: ctx.headingOffset + 1 }),
        ));
    case 'rule':
      return h('hr');
    default:
      return assertNever(b);
  }
}
