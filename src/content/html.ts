// Content stage: raw HTML inside an article is never passed on; sanitize-html (a maintained, parser-based
// sanitiser) reduces it to its text, so no script, style or markup can reach the EPUB or PDF.
import sanitizeHtml from 'sanitize-html';
import { decodeEntities } from './article.js';

export function htmlToText(html: string): string {
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {}, nonTextTags: ['script', 'style', 'textarea', 'noscript', 'iframe', 'object', 'template'] });
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}
