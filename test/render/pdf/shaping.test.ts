// The fast shaper against fontkit: for every face of the theme, each word it shapes has fontkit's glyphs
// and positions exactly (ligatures and kerning included), and it does shape nearly all plain words.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_STYLES } from '../../../src/render/pdf/fonts.js';
import { type FontkitFont, lazyPostTable } from '../../../src/render/pdf/backend/fontkit.js';
import { createPdfDocument, currentFont } from '../../../src/render/pdf/backend/pdfkit.js';
import { FastShaper, GLOBAL_FEATURES } from '../../../src/render/pdf/shaping.js';
import { fontPath, loadTheme } from '../../../src/style/theme.js';

const theme = loadTheme();
const articles = join(import.meta.dirname, '../../../content/articles');
const prose = readdirSync(articles).map((f) => readFileSync(join(articles, f), 'utf8')).join(' ');
/** Words as the line breaker and pdfkit ask for them: alone, and with the space pdfkit keeps after a word. */
const corpusWords = [...new Set(prose.split(/\s+/u).filter((w) => w.length > 0))];
const extra = [
  'office', 'affluent', 'fluffy', 'fjord', 'Waffle', 'ﬁne', 'café', 'naïve', 'Œuvre', 'São', 'Łódź', 'Ærø', '1,970.5', '25%', '€30', '£4bn',
  '“quoted”', '‘single’', 'co-operation', 'state—run', '…', 'AVATAR', 'Tolkien', 'Yo-yo', 'L’Oréal', 'x²', 'Ω', 'e\u0301', 'Привет', 'Ελλάδα',
  '½', '1⁄2', 'ﬀ', '≠', '≈', '≤', '≥', '−3', '→', '±5', 'a≠b', '≠ disputed', 'soft\u00adhyphen', 'zero\u200bwidth', 'AV', 'To', 'Ty', 'P.', 'LT', '7/11',
];
const words = [...corpusWords, ...extra].flatMap((w) => [w, `${w} `]);

function fontkitFont(path: string): FontkitFont {
  const doc = createPdfDocument({ autoFirstPage: false });
  doc.font(path);
  return currentFont(doc).font!;
}

const textFaces = [theme.fonts.body, theme.fonts.heading].flatMap((face) => FONT_STYLES.map((s) => fontPath(face, s)));
// A fallback face sets only what the text faces lack; its contextual lookups leave more words to fontkit.
const fallbackFaces = FONT_STYLES.map((s) => fontPath(theme.fonts.fallbacks[0], s));
const paths = [...new Set([...textFaces, ...fallbackFaces])];

describe('fast shaping', () => {
  it.each(paths)('matches fontkit glyph for glyph in %s', (path) => {
    const font = fontkitFont(path);
    const fast = new FastShaper(font);
    let handled = 0;
    for (const w of words) {
      const run = fast.layout(w);
      if (!run) continue;
      handled++;
      const ref = font.layout(w);
      expect(run.glyphs.map((g) => g.id), w).toEqual(ref.glyphs.map((g) => g.id));
      expect(run.glyphs.map((g) => g.codePoints), w).toEqual(ref.glyphs.map((g) => g.codePoints));
      expect(run.positions.map((p) => ({ ...p })), w).toEqual(ref.positions.map((p) => ({ ...p })));
      expect(run.advanceWidth).toBe(ref.advanceWidth);
    }
    // Plain news prose is nearly all shaped here; otherwise the speed-up would silently be gone.
    const plain = words.filter((w) => /^[\p{Script=Latin}\p{P}\p{N} ]+$/u.test(w)).length;
    expect(handled / plain).toBeGreaterThan(textFaces.includes(path) ? 0.97 : 0.5);
  });

  it('shapes ligatures and kerning (they change widths in the body face)', () => {
    const font = fontkitFont(fontPath(theme.fonts.body, 'regular'));
    const fast = new FastShaper(font);
    const office = fast.layout('office')!;
    expect(office.glyphs.length).toBe(4); // o, ffi, c, e
    expect(office.glyphs[1].codePoints).toEqual([0x66, 0x66, 0x69]);
    const kerned = fast.layout('AV')!;
    expect(kerned.positions[0].xAdvance).toBeLessThan(font.glyphForCodePoint(0x41).advanceWidth);
  });

  it('shapes the math symbols a fallback face sets for the text faces (else fontkit decodes its whole GSUB and GPOS)', () => {
    for (const path of fallbackFaces) {
      const fast = new FastShaper(fontkitFont(path));
      for (const w of ['≠', '≈', '−']) expect(fast.layout(w), `${w} in ${path}`).toBeDefined();
    }
  });

  it('leaves marks, other scripts and invisible characters to fontkit', () => {
    const fast = new FastShaper(fontkitFont(fontPath(theme.fonts.body, 'regular')));
    for (const w of ['e\u0301', 'Привет', 'soft\u00adhyphen', '1⁄2']) expect(fast.layout(w), w).toBeUndefined();
  });

  it("models fontkit's default features and script tags", () => {
    const font = fontkitFont(fontPath(theme.fonts.body, 'regular'));
    const run = font.layout('a') as unknown as { features: Record<string, boolean>; script: string };
    const global = Object.keys(run.features).filter((f) => !['frac', 'numr', 'dnom'].includes(f));
    expect(new Set(global)).toEqual(new Set(GLOBAL_FEATURES));
    expect(run.script).toBe('latn');
    expect((font.layout('1') as unknown as { script: string }).script).toBe('zzzz');
  });
});

describe('post table header', () => {
  it.each(paths)('reads what fontkit decodes, glyph names on demand, in %s', (path) => {
    const lazy = fontkitFont(path) as unknown as { post: Record<string, unknown>; getGlyph(id: number): { name: string } };
    lazyPostTable(lazy);
    const full = (fontkitFont(path) as unknown as { post: Record<string, unknown> }).post;
    for (const k of ['version', 'italicAngle', 'underlinePosition', 'underlineThickness', 'isFixedPitch', 'minMemType42', 'maxMemType1']) expect(lazy.post[k], k).toBe(full[k]);
    expect(lazy.post.glyphNameIndex).toEqual(full.glyphNameIndex);
    expect(lazy.getGlyph(36).name).toBe((fontkitFont(path) as unknown as { getGlyph(id: number): { name: string } }).getGlyph(36).name);
  });
});
