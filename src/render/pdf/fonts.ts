// PDF writer, fonts: registers the theme's TrueType faces with pdfkit, measures text, and splits text
// into runs a face can draw (glyphs the face lacks fall back to the theme's fallback face).
import { type FontStyle, type Theme, fontPath } from '../../style/theme.js';

export type Face = 'body' | 'heading' | 'fallback';
export const FONT_STYLES: readonly FontStyle[] = ['regular', 'italic', 'bold', 'boldItalic'];

export interface FontRef {
  face: Face;
  style: FontStyle;
}

export function fontKey(f: FontRef): string {
  return `${f.face}-${f.style}`;
}

export function styleOf(bold: boolean, italic: boolean): FontStyle {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

interface GlyphCoverage {
  hasGlyphForCodePoint(cp: number): boolean;
}

/** Measurement and coverage for the registered faces; one instance per document. */
export class Fonts {
  private readonly widths = new Map<string, number>();
  private readonly faces: Face[];
  private readonly paths = new Map<string, string>();

  constructor(private readonly doc: PDFKit.PDFDocument, theme: Theme) {
    this.faces = theme.fonts.fallback ? ['body', 'heading', 'fallback'] : ['body', 'heading'];
    for (const face of this.faces) {
      const spec = face === 'fallback' ? theme.fonts.fallback! : theme.fonts[face];
      for (const style of FONT_STYLES) this.paths.set(fontKey({ face, style }), fontPath(spec, style));
    }
  }

  /** Selects the font on the document (for drawing and measuring). */
  use(f: FontRef, size: number): void {
    // By path, not by a registered name: pdfkit caches fonts under the path, while a registered name
    // for a font it already holds (the document's default font) would be re-read from disk each time.
    this.doc.font(this.paths.get(fontKey(f))!).fontSize(size);
  }

  width(text: string, f: FontRef, size: number): number {
    const key = `${fontKey(f)}|${size}|${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      this.use(f, size);
      w = this.doc.widthOfString(text);
      this.widths.set(key, w);
    }
    return w;
  }

  /** Ascender and descender (negative) in points. */
  metrics(f: FontRef, size: number): { ascent: number; descent: number } {
    this.use(f, size);
    const font = (this.doc as unknown as { _font: { ascender: number; descender: number } })._font;
    return { ascent: (font.ascender / 1000) * size, descent: (font.descender / 1000) * size };
  }

  private coverage(f: FontRef): GlyphCoverage {
    this.use(f, 10);
    return (this.doc as unknown as { _font: { font: GlyphCoverage } })._font.font;
  }

  /** Splits text into runs of one face: characters the face lacks go to the fallback face. */
  splitByCoverage(text: string, f: FontRef): { text: string; font: FontRef }[] {
    if (f.face === 'fallback' || !this.faces.includes('fallback')) return [{ text, font: f }];
    const own = this.coverage(f);
    const runs: { text: string; font: FontRef }[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      // Spaces and soft hyphens stay with the surrounding face.
      const face: Face = cp <= 0x20 || cp === 0xad || own.hasGlyphForCodePoint(cp) ? f.face : 'fallback';
      const last = runs[runs.length - 1];
      if (last && last.font.face === face) last.text += ch;
      else runs.push({ text: ch, font: { face, style: f.style } });
    }
    return runs;
  }
}
