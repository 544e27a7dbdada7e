// EPUB render stage: the one small escaping element builder. Every byte of XHTML/XML the EPUB writer
// emits goes through `h`, so text is escaped exactly once and attributes are never lost.

/** Markup that is already serialised; plain strings passed as children are escaped. */
export interface Markup {
  readonly markup: string;
}

export type Child = Markup | string | null | undefined | false | Child[];
export type Attrs = Record<string, string | number | undefined | null | false>;

const VOID = new Set(['br', 'hr', 'img', 'link', 'meta', 'col', 'item', 'itemref', 'rootfile', 'content', 'reference']);

/** Characters XML 1.0 cannot hold at all (content reading removes them; this is the last guard, as one
 * would make the whole EPUB unreadable). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

export function escapeText(s: string): string {
  return s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

export function raw(markup: string): Markup {
  return { markup };
}

export function serialize(children: Child): string {
  if (children === null || children === undefined || children === false) return '';
  if (typeof children === 'string') return escapeText(children);
  if (Array.isArray(children)) return children.map(serialize).join('');
  return children.markup;
}

/** An element. Attributes with undefined/null/false values are left out; order is as given. */
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): Markup {
  const attrText = Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
  const inner = serialize(children);
  if (inner === '' && VOID.has(tag)) return raw(`<${tag}${attrText}/>`);
  return raw(`<${tag}${attrText}>${inner}</${tag}>`);
}

/** A block-level sequence separated by newlines, so the files stay diffable. */
export function lines(...children: Child[]): Markup {
  const flat = children.flatMap((c) => (Array.isArray(c) ? c : [c]));
  return raw(flat.map(serialize).filter((s) => s !== '').join('\n'));
}

/** A complete XHTML content document (EPUB 3), with the language on both `lang` and `xml:lang`. */
export function xhtmlDocument(opts: { lang: string; title: string; stylesheet?: string; body: Child; bodyClass?: string }): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE html>',
    serialize(h('html', { xmlns: 'http://www.w3.org/1999/xhtml', 'xmlns:epub': 'http://www.idpf.org/2007/ops', lang: opts.lang, 'xml:lang': opts.lang },
      lines(
        h('head', {},
          lines(h('meta', { charset: 'UTF-8' }), h('title', {}, opts.title),
            opts.stylesheet ? h('link', { rel: 'stylesheet', type: 'text/css', href: opts.stylesheet }) : null)),
        h('body', { class: opts.bodyClass }, lines(opts.body)),
      ))),
    '',
  ].join('\n');
}
