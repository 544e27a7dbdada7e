// Ingest stage: turns a saved page's bytes into text, honouring its declared charset.
// Pages are often saved as UTF-8 by the browser while their <meta> still names the site's original
// charset; bytes that decode as UTF-8 (and contain non-ASCII) almost never are legacy text by
// chance, so valid UTF-8 wins over a contradicting declaration.
import { DossierError } from '../../../core/diagnostics.js';

export function decodePage(bytes: Buffer, shown: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), shown);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  }
  if (bytes.subarray(0, 4096).includes(0)) {
    throw new DossierError({ message: 'binary file (contains NUL bytes), not a web page', file: shown, hint: 'save the page as HTML ("Web page, HTML only") or copy its text' });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: the page must say what it is
  }
  const declared = declaredCharset(bytes.subarray(0, 4096).toString('latin1'));
  if (!declared) {
    throw new DossierError({ message: 'not UTF-8 and the page declares no charset', file: shown, hint: 'convert it to UTF-8 (e.g. `iconv -f windows-1252 -t utf-8`)' });
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared);
  } catch {
    throw new DossierError({ message: `unknown charset "${declared}" declared by the page`, file: shown, hint: 'convert it to UTF-8 with iconv' });
  }
  return decoder.decode(bytes);
}

function utf8(bytes: Buffer, shown: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DossierError({ message: 'starts with a UTF-8 byte-order mark but is not valid UTF-8', file: shown, hint: 're-save the page as UTF-8' });
  }
}

/** The charset of `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
export function declaredCharset(head: string): string | undefined {
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1].toLowerCase();
}
