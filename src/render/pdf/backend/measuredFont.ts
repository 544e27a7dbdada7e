// PDF writer, backend: text measured the way pdfkit's embedded font measures it, from the font file
// alone — no PDFDocument needed to lay out a page. pdfkit keeps this logic in a class it does not
// export (EmbeddedFont: layoutRun, layoutCached, layout, widthOfString); it is restated here for the
// pinned pdfkit, and test/render/pdf/backend.test.ts checks it against pdfkit's own on the same text.
// The runs it shapes are the ones pdfkit draws: the writer hands this cache to pdfkit's font
// (shareLayouts in ./pdfkit.ts), so each word is shaped once.
import { readFileSync } from 'node:fs';
// The ES module build, the one pdfkit's own ES module imports: one fontkit in the process.
import { create } from 'fontkit';
import type { FontkitFont, Glyph, Position } from './fontkit.js';

/** A shaped run as pdfkit caches it: positions and advance in thousandths of the font size. */
export interface LayoutRun { glyphs: Glyph[]; positions: (Position & { advanceWidth: number })[]; readonly advanceWidth: number }

export class MeasuredFont {
  /** The fontkit font, for coverage, glyph boxes and the fast shaper. */
  readonly font: FontkitFont;
  /** Thousandths of the size per font unit. */
  private readonly scale: number;
  readonly ascender: number;
  readonly descender: number;
  /** Runs by text, as pdfkit's layoutCache holds them (a null prototype: any text is a key). */
  readonly layoutCache: Record<string, LayoutRun & { seeded?: boolean }> = Object.create(null);

  constructor(path: string) {
    const font = create(readFileSync(path)) as FontkitFont & { ascent: number; descent: number };
    this.font = font;
    this.scale = 1000 / font.unitsPerEm;
    this.ascender = font.ascent * this.scale;
    this.descender = font.descent * this.scale;
  }

  private layoutRun(text: string): LayoutRun {
    const run = this.font.layout(text) as unknown as LayoutRun;
    for (let i = 0; i < run.positions.length; i++) {
      const position = run.positions[i] as unknown as Record<string, number>;
      for (const key in position) position[key] *= this.scale;
      run.positions[i].advanceWidth = run.glyphs[i].advanceWidth * this.scale;
    }
    return run;
  }

  private layoutCached(text: string): LayoutRun {
    return (this.layoutCache[text] ??= this.layoutRun(text));
  }

  /** Glyphs and positions of the text, shaped a word at a time (each word with the space or tab after it), as pdfkit does. */
  layout(text: string): { glyphs: LayoutRun['glyphs']; positions: LayoutRun['positions']; advanceWidth: number } {
    return this.layoutWords(text, false);
  }

  /** The text's width at `size` points, as pdfkit's widthOfString gives it. */
  widthOfString(text: string, size: number): number {
    return this.layoutWords(text, true).advanceWidth * (size / 1000);
  }

  private layoutWords(text: string, onlyWidth: boolean) {
    let glyphs: LayoutRun['glyphs'] = [];
    let positions: LayoutRun['positions'] = [];
    let advanceWidth = 0;
    let last = 0;
    let index = 0;
    while (index <= text.length) {
      if ((index === text.length && last < index) || text[index] === ' ' || text[index] === '\t') {
        const run = this.layoutCached(text.slice(last, ++index));
        if (!onlyWidth) {
          glyphs = glyphs.concat(run.glyphs);
          positions = positions.concat(run.positions);
        }
        advanceWidth += run.advanceWidth;
        last = index;
      } else {
        index++;
      }
    }
    return { glyphs, positions, advanceWidth };
  }
}
