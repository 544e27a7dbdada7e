// PDF writer, drawing text: sets a line's words of one style as a single PDF text object, each word's
// glyphs where layout put it (the gaps of a justified line become TJ adjustments). pdfkit's text() would
// set and measure every word as its own text object; at hundreds of thousands of words that was most of
// the writing time. Glyphs and positions come from pdfkit's font (its layout cache), as text() uses them.

/** A word (or any text) at a position; all words of one call share font, size and baseline. */
export interface PlacedText {
  x: number;
  text: string;
}

interface GlyphPosition { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }
/** The parts of pdfkit's document and embedded font this writes through (as pdfkit's own _fragment does). */
interface PdfkitText {
  _font: { id: string; encode(text: string): [string[], GlyphPosition[]]; ref(): unknown };
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(s: string): unknown;
  save(): unknown;
  restore(): unknown;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): unknown;
}

/** pdfkit's number formatting for content streams. */
const num = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Draws the words at baseline `y` (top-down page coordinates) in the document's current font and fill
 * colour, with the glyph stream pdfkit's text() would write for each word, joined into one TJ array.
 */
export function drawWords(pdf: PDFKit.PDFDocument, words: PlacedText[], y: number): void {
  const doc = pdf as unknown as PdfkitText;
  const font = doc._font;
  const size = doc._fontSize;
  const scale = size / 1000;
  const hex: string[] = [];
  const positions: GlyphPosition[] = [];
  let start: number | undefined;
  let pen = 0;
  for (const w of words) {
    const [glyphs, pos] = font.encode(w.text.replace(/\n/g, ''));
    if (glyphs.length === 0) continue;
    if (start === undefined) start = pen = w.x;
    else if (positions.length > 0 && pen !== w.x) {
      // The gap to this word is added to the previous glyph's advance (a copy: positions are cached).
      const last = positions.length - 1;
      positions[last] = { ...positions[last], xAdvance: positions[last].xAdvance + (w.x - pen) / scale };
      pen = w.x;
    }
    for (let i = 0; i < glyphs.length; i++) {
      hex.push(glyphs[i]);
      positions.push(pos[i]);
      pen += pos[i].xAdvance * scale;
    }
  }
  if (start === undefined) return;

  doc.save();
  doc.transform(1, 0, 0, -1, 0, doc.page.height);
  const baseline = doc.page.height - y;
  doc.page.fonts[font.id] ??= font.ref();
  doc.addContent('BT');
  doc.addContent(`1 0 0 1 ${num(start)} ${num(baseline)} Tm`);
  doc.addContent(`/${font.id} ${num(size)} Tf`);
  // As pdfkit writes a fragment: runs of glyphs, each closed by its last glyph's extra advance; a glyph
  // with an offset (a positioned mark) is set alone at its own text matrix.
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  let x = start;
  const segment = (cur: number) => {
    if (last < cur) commands.push(`<${hex.slice(last, cur).join('')}> ${num(-(positions[cur - 1].xAdvance - positions[cur - 1].advanceWidth))}`);
    last = cur;
  };
  const flush = (i: number) => {
    segment(i);
    if (commands.length > 0) {
      doc.addContent(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i];
    if (p.xOffset || p.yOffset) {
      flush(i);
      doc.addContent(`1 0 0 1 ${num(x + p.xOffset * scale)} ${num(baseline + p.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        doc.addContent(`1 0 0 1 ${num(x)} ${num(baseline)} Tm`);
        hadOffset = false;
      }
      if (p.xAdvance - p.advanceWidth !== 0) segment(i + 1);
    }
    x += p.xAdvance * scale;
  }
  flush(positions.length);
  doc.addContent('ET');
  doc.restore();
}
