// Drawing a line's words as one text object: read back with pdfjs, the glyphs sit exactly where pdfkit's
// own text() puts the same words one call each, and the text reads the same.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { currentFont } from '../../../src/render/pdf/backend/pdfkit.js';
import { drawWords } from '../../../src/render/pdf/drawText.js';
import { Fonts, selectFont } from '../../../src/render/pdf/fonts.js';
import { createHyphenator } from '../../../src/render/pdf/hyphenate.js';
import { LineBreaker } from '../../../src/render/pdf/linebreak.js';
import type { Line, TextStyle } from '../../../src/render/pdf/types.js';
import { fontPath, loadTheme } from '../../../src/style/theme.js';
import { readPdf } from './helpers.js';

const theme = loadTheme();
const text = 'Officials in the affected provinces said on Tuesday that the waterways had risen faster than forecast, and that the flood defences, built after a previous disaster, were overtopped in at least four places — “Wave after wave,” one engineer said.';
const base: TextStyle = { font: { face: 'body', style: 'regular' }, size: theme.sizes.body, color: theme.colors.text };

/** Sets the paragraph's lines with `draw`, one line per 20 pt, and returns the PDF's bytes. */
async function render(draw: (doc: PDFKit.PDFDocument, line: Line, y: number) => void): Promise<{ bytes: Uint8Array; lines: Line[] }> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: false, font: fontPath(theme.fonts.body, 'regular') });
  const fonts = new Fonts(theme);
  const lines = new LineBreaker(fonts, theme).breakRuns([{ text, style: base }], { width: 260, justify: true, base, hyphenate: createHyphenator('en') });
  doc.addPage({ size: [400, 600], margin: 0 });
  lines.forEach((line, i) => {
    selectFont(doc, fonts, base.font, base.size);
    draw(doc, line, 60 + 20 * i);
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.end();
  await done;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), lines };
}

describe('drawing words', () => {
  it('draws with the measured fonts themselves, given to pdfkit in the order they were measured', () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
    const fonts = new Fonts(theme);
    const heading: TextStyle['font'] = { face: 'heading', style: 'bold' };
    fonts.width('Floods', heading, 10);
    fonts.width('Floods', base.font, 10);
    selectFont(doc, fonts, base.font, base.size);
    // pdfkit embeds the measured fontkit font, not a second parse of its file.
    expect(currentFont(doc).font).toBe(fonts.measured(base.font).font);
    expect(currentFont(doc).id).toBe('F2');
    selectFont(doc, fonts, heading, base.size);
    expect(currentFont(doc).font).toBe(fonts.measured(heading).font);
    expect(currentFont(doc).id).toBe('F1');
    // A face drawn before anything was measured in it is measured first, not parsed by pdfkit on its own.
    const italic: TextStyle['font'] = { face: 'body', style: 'italic' };
    selectFont(doc, fonts, italic, base.size);
    expect(currentFont(doc).font).toBe(fonts.measured(italic).font);
    expect(currentFont(doc).id).toBe('F3');
  });

  it('puts every glyph where pdfkit text() would, with one text object per line', async () => {
    const one = await render((doc, line, y) => drawWords(doc, line.pieces.map((p) => ({ x: 40 + p.x, text: p.text })), y));
    const each = await render((doc, line, y) => {
      for (const p of line.pieces) doc.text(p.text, 40 + p.x, y, { lineBreak: false, baseline: 'alphabetic' });
    });
    const [a, b] = [(await readPdf(one.bytes)).pages[0], (await readPdf(each.bytes)).pages[0]];
    const rounded = (items: typeof a.items) => items.map((i) => ({ str: i.str, x: i.x.toFixed(2), y: i.y.toFixed(2), width: i.width.toFixed(2) }));
    expect(a.items.length).toBeGreaterThan(one.lines.length - 1);
    expect(rounded(a.items)).toEqual(rounded(b.items));
    const content = Buffer.from(one.bytes).toString('latin1');
    expect(content.match(/\bBT\b/g)?.length).toBe(one.lines.length);
    expect(Buffer.from(each.bytes).toString('latin1').match(/\bBT\b/g)!.length).toBeGreaterThan(one.lines.length * 5);
  });

  it('keeps each word at its x: the first glyph of every word starts where layout put it', async () => {
    const words = [{ x: 50, text: 'Alpha ' }, { x: 150, text: 'beta ' }, { x: 260, text: 'gamma' }];
    const { bytes } = await render((doc, line, y) => {
      if (y === 60) drawWords(doc, words, y);
    });
    const items = (await readPdf(bytes)).pages[0].items.filter((i) => i.str.trim() !== '');
    for (const w of words) expect(items.some((i) => i.str.trim() === w.text.trim() && Math.abs(i.x - w.x) < 0.01), w.text).toBe(true);
  });
});
