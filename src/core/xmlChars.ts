// Characters XML 1.0 forbids (C0 controls but tab, newline and CR; U+FFFE, U+FFFF): they cannot go into
// XHTML or the PDF's XMP metadata, and no reader sees them. Content reading removes them; YAML refuses
// an escape for one. NUL is refused earlier, as a sign of a binary file.
export const FORBIDDEN_CHARS = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;
export const FORBIDDEN_CHAR = new RegExp(FORBIDDEN_CHARS.source, 'u');

/** "U+0007" */
export function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
