// PDF writer, fonts: measures text in the theme's TrueType faces — from the font files, with no PDF
// document — and splits text into runs a face can draw (glyphs the face lacks go to the first of the
// theme's fallback faces that has them). selectFont then draws with the runs measured here.
import { statSync } from 'node:fs';
import { type FontStyle, type Theme, fontPath } from '../../style/theme.js';
import { lazyPostTable } from './backend/fontkit.js';
import { MeasuredFont } from './backend/measuredFont.js';
import { currentFont, type PdfDoc, selectFontObject, shareLayouts } from './backend/pdfkit.js';
import { useFastShaping } from './shaping.js';

/** The text faces, and the theme's fallback faces by position (`fallback0`, `fallback1`…). */
export type Face = 'body' | 'heading' | `fallback${number}`;
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

const SOFT_HYPHEN = '\u00ad';

/** A word's syllables set as one word: widths at size 1, and what a break after each changes. */
export interface SyllableWidths {
  /** The syllables, joined where a glyph (a ligature) spans their boundary. */
  syllables: string[];
  widths: number[];
  /** Set alone, the part before a break after syllable i is this much wider than its syllables' widths. */
  breakCorrection: number[];
}

interface FontCaches {
  widths: Map<string, number>;
  runs: Map<string, readonly { text: string; font: FontRef }[]>;
  syllables: Map<string, SyllableWidths | null>;
  /** Whether the face has a glyph, by code point: fontkit's answer walks the cmap (a binary search that
   * decodes a record at each step) for every character of every new word (≈1% of a seed build's CPU). */
  covered: Map<number, boolean>;
  font?: MeasuredFont;
}

/** Measurement and coverage for the theme's faces; one instance per document. */
export class Fonts {
  private readonly faces: Face[];
  private readonly fallbacks: Face[];
  private readonly fallbackByCodePoint = new Map<string, Face | null>();
  private readonly paths = new Map<string, string>();
  /** The measured font per file, opened on first use; in the order of first use (the PDF's font resources follow it). */
  private readonly loaded = new Map<string, MeasuredFont>();
  /** Per face and style (no key strings built on these hot paths): widths at size 1, coverage runs and
   * syllable widths, by text. */
  private readonly caches = new Map<Face, Map<FontStyle, FontCaches>>();
  private readonly symbolFits = new Map<string, { scale: number; rise: number }>();

  constructor(theme: Theme) {
    const fallbacks = theme.fonts.fallbacks.map((_, i): Face => `fallback${i}`);
    this.faces = ['body', 'heading', ...fallbacks];
    const specs = [theme.fonts.body, theme.fonts.heading, ...theme.fonts.fallbacks];
    this.faces.forEach((face, i) => {
      for (const style of FONT_STYLES) this.paths.set(fontKey({ face, style }), fontPath(specs[i], style));
    });
    this.fallbacks = fallbacks;
  }

  /** The font file of a face and style. */
  path(f: FontRef): string {
    return this.paths.get(fontKey(f))!;
  }

  /** The files measured so far, in the order they were first used, with their measured fonts. */
  measuredFiles(): ReadonlyMap<string, MeasuredFont> {
    return this.loaded;
  }

  private cache(f: FontRef): FontCaches {
    let byStyle = this.caches.get(f.face);
    if (!byStyle) {
      byStyle = new Map();
      this.caches.set(f.face, byStyle);
    }
    let c = byStyle.get(f.style);
    if (!c) {
      c = { widths: new Map(), runs: new Map(), syllables: new Map(), covered: new Map() };
      byStyle.set(f.style, c);
    }
    return c;
  }

  /** The measured font of a face and style (its file opened on first use). */
  measured(f: FontRef): MeasuredFont {
    const c = this.cache(f);
    if (!c.font) {
      const path = this.path(f);
      let font = this.loaded.get(path);
      if (!font) {
        font = takeOpened(path) ?? openFont(path);
        this.loaded.set(path, font);
      }
      c.font = font;
    }
    return c.font;
  }

  /** Whether the font draws U+00AD visibly (see showSoftHyphen). */
  softHyphenVisible(f: FontRef): boolean {
    return !!this.measured(f).layoutCache[SOFT_HYPHEN]?.seeded;
  }

  width(text: string, f: FontRef, size: number): number {
    // Widths scale with the size: one shaping per face and text (shaping is the costly part).
    const widths = this.cache(f).widths;
    let w = widths.get(text);
    if (w === undefined) {
      w = this.measured(f).widthOfString(text, 1000) / 1000;
      widths.set(text, w);
    }
    return w * size;
  }

  /**
   * A word's syllables measured as the word is painted, whole: kerning across a syllable boundary counts
   * once, so the syllables add up to the word; syllables a ligature joins stay together. Undefined when
   * part of the word needs another face (the syllables are then measured one by one).
   */
  syllableWidths(word: string, syllables: readonly string[], f: FontRef): SyllableWidths | undefined {
    const cache = this.cache(f).syllables;
    const key = syllables.join(SOFT_HYPHEN);
    let sw = cache.get(key);
    if (sw === undefined) {
      sw = this.measureSyllables(word, syllables, f) ?? null;
      cache.set(key, sw);
    }
    return sw ?? undefined;
  }

  private measureSyllables(word: string, syllables: readonly string[], f: FontRef): SyllableWidths | undefined {
    const runs = this.splitByCoverage(word, f);
    if (runs.length !== 1 || runs[0].font.face !== f.face) return undefined;
    const { glyphs, positions } = this.measured(f).layout(word);
    // Where each glyph ends (in UTF-16 units) and the pen position there.
    const ends = new Map<number, number>();
    let end = 0;
    let pen = 0;
    glyphs.forEach((g, i) => {
      for (const cp of g.codePoints) end += cp > 0xffff ? 2 : 1;
      pen += positions[i].xAdvance / 1000;
      ends.set(end, pen);
    });
    if (end !== word.length) return undefined;
    const out: SyllableWidths = { syllables: [], widths: [], breakCorrection: [] };
    let at = 0;
    let from = 0;
    let text = '';
    for (const s of syllables) {
      text += s;
      at += s.length;
      const x = ends.get(at);
      if (x === undefined) continue;
      out.syllables.push(text);
      out.widths.push(x - from);
      from = x;
      text = '';
    }
    // The part before each break, set alone, against the same syllables within the word.
    let prefix = '';
    for (let i = 0; i + 1 < out.syllables.length; i++) {
      prefix += out.syllables[i];
      out.breakCorrection.push(this.width(prefix, f, 1) - (ends.get(prefix.length) ?? 0));
    }
    return out;
  }

  /** Ascender and descender (negative) in points. */
  metrics(f: FontRef, size: number): { ascent: number; descent: number } {
    const font = this.measured(f);
    return { ascent: (font.ascender / 1000) * size, descent: (font.descender / 1000) * size };
  }

  private coverage(f: FontRef): GlyphCoverage {
    return this.measured(f).font!;
  }

  /**
   * Splits text into runs of one face: characters the face lacks go to the first fallback face that has
   * them (fallback faces are only loaded when a character needs them); a character no face has stays
   * with the text face.
   */
  splitByCoverage(text: string, f: FontRef): readonly { text: string; font: FontRef }[] {
    if (f.face.startsWith('fallback') || this.fallbacks.length === 0) return [{ text, font: f }];
    const cache = this.cache(f).runs;
    let runs = cache.get(text);
    if (!runs) {
      runs = this.coverageSplit(text, f);
      cache.set(text, runs);
    }
    return runs;
  }

  private coverageSplit(text: string, f: FontRef): { text: string; font: FontRef }[] {
    const own = this.coverage(f);
    const covered = this.cache(f).covered;
    const has = (cp: number) => {
      let h = covered.get(cp);
      if (h === undefined) covered.set(cp, h = own.hasGlyphForCodePoint(cp));
      return h;
    };
    const runs: { text: string; font: FontRef }[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      // Spaces and soft hyphens stay with the surrounding face.
      const face: Face = cp <= 0x20 || cp === 0xad || has(cp) ? f.face : this.fallbackFor(cp, f.style) ?? f.face;
      const last = runs[runs.length - 1];
      if (last && last.font.face === face) last.text += ch;
      else runs.push({ text: ch, font: { face, style: f.style } });
    }
    return runs;
  }

  /**
   * How to set a math symbol ("≠") from a fallback face among text of another face: scaled to the
   * same x-height, and raised so its bars sit where the text face's "=" has them (the math axis).
   * `rise` is in units of the text size.
   */
  symbolFit(fallback: FontRef, text: FontRef): { scale: number; rise: number } {
    const key = `${fontKey(fallback)}|${fontKey(text)}`;
    let fit = this.symbolFits.get(key);
    if (!fit) {
      const measure = (f: FontRef) => {
        const font = this.measured(f).font!;
        const box = (ch: string) => font.glyphForCodePoint(ch.codePointAt(0)!).bbox;
        return { xHeight: box('x').maxY / font.unitsPerEm, axis: (box('=').minY + box('=').maxY) / 2 / font.unitsPerEm };
      };
      const fb = measure(fallback);
      const own = measure(text);
      const scale = fb.xHeight > 0 && own.xHeight > 0 ? own.xHeight / fb.xHeight : 1;
      fit = Number.isFinite(scale) && Number.isFinite(own.axis - fb.axis * scale) ? { scale, rise: own.axis - fb.axis * scale } : { scale: 1, rise: 0 };
      this.symbolFits.set(key, fit);
    }
    return fit;
  }

  private fallbackFor(cp: number, style: FontStyle): Face | undefined {
    const key = `${style}:${cp}`;
    if (!this.fallbackByCodePoint.has(key)) {
      const face = this.fallbacks.find((fb) => this.coverage({ face: fb, style }).hasGlyphForCodePoint(cp));
      this.fallbackByCodePoint.set(key, face ?? null);
    }
    return this.fallbackByCodePoint.get(key) ?? undefined;
  }
}

/** A font file opened for measuring: its fast shaper installed, its soft hyphen seeded. */
function openFont(path: string): MeasuredFont {
  const font = new MeasuredFont(path);
  useFastShaping(font.font);
  showSoftHyphen(font);
  // pdfkit embeds this font (see giveFonts) and reads two fields of its 'post' table then.
  lazyPostTable(font.font);
  return font;
}

/** Fonts opened ahead (openAhead), by path, with the size and time of the file they were read from. */
const opened = new Map<string, { font: MeasuredFont; size: number; mtimeMs: number }>();

/**
 * Opens these font files ahead, while the start-up snapshot is built (src/cli/snapshot.ts): parsed, their
 * GSUB and GPOS read and the fast shaper's plans for Latin and script-less text made, as the first word
 * measured in each face would otherwise do at every run. No glyph is made that a run would not make
 * first (the plans make the ASCII glyphs), so the document is the same byte for byte.
 */
export function openAhead(paths: readonly string[]): MeasuredFont[] {
  return paths.map((path) => {
    const { size, mtimeMs } = statSync(path);
    const font = openFont(path);
    font.font.layout('a');
    font.font.layout('1');
    opened.set(path, { font, size, mtimeMs });
    return font;
  });
}

/** A font opened ahead from this file as it is now, for the first document that asks (each document opens its own). */
function takeOpened(path: string): MeasuredFont | undefined {
  const ahead = opened.get(path);
  if (!ahead) return undefined;
  opened.delete(path);
  try {
    const { size, mtimeMs } = statSync(path);
    return size === ahead.size && mtimeMs === ahead.mtimeMs ? ahead.font : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A hyphen at a line break is drawn as U+00AD so that copied or extracted text reads the whole word.
 * fontkit hides U+00AD (a default-ignorable character) when shaping; seeding the layout cache with the
 * font's own soft-hyphen glyph keeps it visible. Fonts whose soft-hyphen glyph is blank keep fontkit's
 * behaviour (`softHyphenVisible` tells the line breaker to draw "-").
 */
function showSoftHyphen(font: MeasuredFont): void {
  // The hyphen glyph first: the soft hyphen is often a composite of it, and decoding the composite
  // would otherwise create (and cache) the hyphen glyph without its code point, losing "-" from
  // the extracted text everywhere.
  font.font.glyphForCodePoint(0x2d);
  const glyph = font.font.glyphForCodePoint(0xad);
  if (glyph.advanceWidth <= 0 || glyph.path.commands.length === 0) return;
  font.layoutCache[SOFT_HYPHEN] = {
    seeded: true, glyphs: [glyph], advanceWidth: glyph.advanceWidth,
    positions: [{ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: glyph.advanceWidth }],
  };
}

/** The files each document has been given, by path. */
const given = new WeakMap<PdfDoc, Set<string>>();

/**
 * Gives the document every file measured so far that it lacks, in the order they were measured (pdfkit
 * names its fonts F1, F2… in that order), as the measured fontkit font itself: pdfkit embeds that font
 * rather than parsing the file again (which cost ≈2% of a seed build's CPU, and a second copy of each
 * face's decoded tables), and draws from the runs measured for it, so no word is shaped twice.
 */
export function giveFonts(doc: PdfDoc, fonts: Fonts): void {
  let done = given.get(doc);
  if (!done) given.set(doc, done = new Set());
  for (const [path, measured] of fonts.measuredFiles()) {
    if (done.has(path)) continue;
    done.add(path);
    // By path: pdfkit caches fonts under the key given, and doc.font(path) then finds this one.
    selectFontObject(doc, measured.font, path);
    shareLayouts(currentFont(doc), measured.layoutCache);
  }
}

/**
 * Selects a face on the document for drawing (every file measured so far is given to it first). A face
 * drawn without having been measured (the italic of "(cont. from p. 3)") is measured now: pdfkit would
 * otherwise parse its file itself and shape with fontkit's full shaper, which decodes the whole GSUB and
 * GPOS of the face (≈8% of a seed build's CPU for four such words).
 */
export function selectFont(doc: PdfDoc, fonts: Fonts, f: FontRef, size: number): void {
  fonts.measured(f);
  giveFonts(doc, fonts);
  doc.font(fonts.path(f)).fontSize(size);
}
