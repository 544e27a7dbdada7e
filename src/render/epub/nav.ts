// EPUB render stage: navigation — the EPUB 3 nav document (nested TOC + landmarks) and the NCX for
// EPUB 2 readers, both built from one entry tree so they cannot disagree. Replaces epub-gen-memory's
// flat nav through its `tocXHTML`/`tocNCX` template options.
import type { DocumentMeta, Section } from '../../model/document.js';
import type { Terms } from '../../model/terms.js';
import { inlineText } from '../../model/document.js';
import type { Chapter, ChapterPlan } from './chapters.js';
import { walkBlocks } from '../../model/walk.js';
import { STYLESHEET } from './stylesheet.js';
import { COVER_PAGE } from './cover.js';
import { h, lines, serialize, xhtmlDocument, type Markup } from './xhtml.js';

export const NAV_FILE = 'toc.xhtml';
export const NCX_FILE = 'toc.ncx';

export interface NavEntry {
  label: string;
  href: string;
  children: NavEntry[];
}

/** Sections, their child chapters (each source) and the actor profiles inside them. */
export function navEntries(plan: ChapterPlan): NavEntry[] {
  const entry = (c: Chapter): NavEntry => {
    const profiles: NavEntry[] = [];
    walkBlocks(c.section.blocks, (b) => {
      if (b.type === 'profile') profiles.push({ label: inlineText(b.title), href: `${c.file}#${b.anchor}`, children: [] });
    });
    return { label: chapterLabel(c.section), href: c.file, children: [...c.children.map(entry), ...profiles] };
  };
  return plan.tree.map(entry);
}

/** A source chapter is listed with its S-number, the key citations use ("S3 · Title"), and its short title. */
export function chapterLabel(section: Section): string {
  const title = section.shortTitle ?? section.title;
  return section.sourceId ? `${section.sourceId} · ${title}` : title;
}

function navList(entries: NavEntry[]): Markup {
  return h('ol', {}, lines(entries.map((e) =>
    h('li', {}, h('a', { href: e.href }, e.label), e.children.length > 0 ? navList(e.children) : null))));
}

export function renderNav(entries: NavEntry[], meta: DocumentMeta, terms: Terms): string {
  const first = entries[0];
  const toc = h('nav', { 'epub:type': 'toc', id: 'toc', role: 'doc-toc', 'aria-labelledby': 'toc-title' },
    lines(h('h1', { id: 'toc-title' }, terms.contents), navList(entries)));
  const landmarks = h('nav', { 'epub:type': 'landmarks', id: 'landmarks', hidden: 'hidden' },
    lines(h('h2', {}, terms.guide), h('ol', {}, lines(
      h('li', {}, h('a', { 'epub:type': 'cover', href: COVER_PAGE }, terms.cover)),
      h('li', {}, h('a', { 'epub:type': 'toc', href: `${NAV_FILE}#toc` }, terms.contents)),
      first ? h('li', {}, h('a', { 'epub:type': 'bodymatter', href: first.href }, first.label)) : null))));
  return xhtmlDocument({ lang: meta.language, title: `${meta.title} — ${terms.contents}`, stylesheet: STYLESHEET, body: [toc, landmarks] });
}

export function renderNcx(entries: NavEntry[], meta: DocumentMeta): string {
  let playOrder = 0;
  const depthOf = (es: NavEntry[]): number => es.length === 0 ? 0 : 1 + Math.max(...es.map((e) => depthOf(e.children)));
  const navPoint = (e: NavEntry): Markup => {
    playOrder += 1;
    return h('navPoint', { id: `np-${playOrder}`, playOrder },
      lines(h('navLabel', {}, h('text', {}, e.label)), h('content', { src: e.href }), e.children.map(navPoint)));
  };
  const ncx = h('ncx', { xmlns: 'http://www.daisy.org/z3986/2005/ncx/', version: '2005-1', 'xml:lang': meta.language },
    lines(
      h('head', {}, lines(
        h('meta', { name: 'dtb:uid', content: meta.identifier }),
        h('meta', { name: 'dtb:depth', content: depthOf(entries) }),
        h('meta', { name: 'dtb:totalPageCount', content: 0 }),
        h('meta', { name: 'dtb:maxPageNumber', content: 0 }))),
      h('docTitle', {}, h('text', {}, meta.title)),
      meta.author.trim() ? h('docAuthor', {}, h('text', {}, meta.author)) : null,
      h('navMap', {}, lines(entries.map(navPoint)))));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(ncx)}\n`;
}
