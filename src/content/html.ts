// Content stage: raw HTML inside an article is never passed on; sanitize-html (a maintained, parser-based
// sanitiser) reduces it to its text, so no script, style or markup can reach the EPUB or PDF. It is
// loaded on the first piece of HTML met: most articles have none, and loading it costs ≈0.1 s per run.
import { createRequire } from 'node:module';
import type sanitize from 'sanitize-html';
import { FORBIDDEN_CHAR, FORBIDDEN_CHARS } from '../core/xmlChars.js';

let sanitizeHtml: typeof sanitize | undefined;
/** Characters XML forbids dropped from decoded text since the last `takeDropped()`: the article reader
 * warns about them as it does about raw ones. */
let dropped = 0;

/** The count of dropped characters since the last call; resets it. */
export function takeDropped(): number {
  const n = dropped;
  dropped = 0;
  return n;
}

/** `s` without the characters XML forbids, counting them. */
export function dropForbidden(s: string): string {
  if (!FORBIDDEN_CHAR.test(s)) return s;
  return s.replace(FORBIDDEN_CHARS, () => {
    dropped++;
    return '';
  });
}

export function htmlToText(html: string): string {
  sanitizeHtml ??= createRequire(import.meta.url)('sanitize-html') as typeof sanitize;
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {}, nonTextTags: ['script', 'style', 'textarea', 'noscript', 'iframe', 'object', 'template'] });
  return dropForbidden(decodeEntities(text)).replace(/\s+/g, ' ').trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' };

/** marked's lexer HTML-escapes some text; the plain text must be what the author wrote. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return all;
      // An entity for a control character is dropped (and counted): XHTML and PDF metadata cannot hold one.
      return dropForbidden(String.fromCodePoint(cp));
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}
