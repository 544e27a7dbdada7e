// Ingest stage: tells a saved web page from pasted text, so HTML never goes through the text path.
import { extname } from 'node:path';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);

/**
 * An .html/.htm/.xhtml file, or any file whose first non-blank bytes are a doctype, `<html` or an XML
 * prolog followed by `<html`. `head` is the file's first bytes read as Latin-1, so a UTF-8 byte-order
 * mark shows as "ï»¿" and UTF-16 text has a NUL beside each ASCII letter.
 */
export function isHtmlPage(file: string, head: string): boolean {
  if (HTML_EXTENSIONS.has(extname(file).toLowerCase())) return true;
  const start = head.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF|\u00FF\u00FE|\u00FE\u00FF)/, '').replace(/\0/g, '').trimStart().slice(0, 512).toLowerCase();
  // "<?xml …?>" and comments may precede the root element of a saved XHTML page; "<htmlx>" is not "<html>".
  return /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>])/.test(start);
}
