// Ingest stage: tells a saved web page from pasted text, so HTML never goes through the text path.
import { extname } from 'node:path';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);

/** An .html/.htm/.xhtml file, or any file whose first non-blank bytes are a doctype, `<html` or an XML prolog followed by `<html`. */
export function isHtmlPage(file: string, head: string): boolean {
  if (HTML_EXTENSIONS.has(extname(file).toLowerCase())) return true;
  const start = head.replace(/^\uFEFF/, '').trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return true;
  // "<?xml …?>" and comments may precede the root element of a saved XHTML page.
  return /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>])/.test(start);
}
