// Content stage: raw HTML inside an article is never passed on; sanitize-html (a maintained, parser-based
// sanitiser) reduces it to its text, so no script, style or markup can reach the EPUB or PDF. It is
// loaded on the first piece of HTML met: most articles have none, and loading it costs ≈0.1 s per run.
import { createRequire } from 'node:module';
import type sanitize from 'sanitize-html';
import { decodeEntities } from './article.js';

let sanitizeHtml: typeof sanitize | undefined;

export function htmlToText(html: string): string {
  sanitizeHtml ??= createRequire(import.meta.url)('sanitize-html') as typeof sanitize;
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {}, nonTextTags: ['script', 'style', 'textarea', 'noscript', 'iframe', 'object', 'template'] });
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}
