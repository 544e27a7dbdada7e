// PDF writer, drawing text: sets a line's words of one style as a single PDF text object, each word's
// glyphs where layout put it (the gaps of a justified line become TJ adjustments). pdfkit's text() would
// set and measure every word as its own text object; at hundreds of thousands of words that was most of
// the writing time. Glyphs and positions come from pdfkit's font (its layout cache), as text() uses them.

import { type ContentWriter, contentWriter, currentFont, currentFontSize, type EmbeddedFont, type GlyphPosition, type PdfDoc } from './backend/pdfkit.js';

/** A word (or any text) at a position; all words of one call share font, size and baseline. */
export interface PlacedText {
  x: number;
  text: string;
}

/** Where and with what text is drawn: the content stream, and the document's current font and size. */
interface Pen {
  out: ContentWriter;
  font: EmbeddedFont;
  size: number;
}

/** pdfkit's number formatting for content streams. */
const num = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * A word's glyphs as TJ segments, as pdfkit splits a fragment: a segment ends at each glyph whose advance
 * differs from its width (kerning), with that difference; the last segment ends at the word's last glyph.
 */
interface EncodedWord {
  /** Glyph codes as PDF literal-string bytes (two per glyph, escaped). */
  bytes: string[];
  extra: number[];
  /** Sum of the glyphs' advances, in thousandths of the font size. */
  advance: number;
}

/** Two-byte glyph codes (pdfkit's four hex digits each) as a literal string's bytes: half the size of
 * the hex string pdfkit writes, so less to convert and compress. Parentheses, backslash and line-end
 * bytes are escaped (a reader would read a raw CR as LF). */
function literal(hex: string[]): string {
  let out = '';
  for (const h of hex) {
    for (const b of [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16)]) {
      if (b === 0x28 || b === 0x29 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
      else if (b === 0x0a) out += '\\n';
      else if (b === 0x0d) out += '\\r';
      else out += String.fromCharCode(b);
    }
  }
  return out;
}

/** Encoded words per pdfkit font (encoding once also registers the glyphs in the font's subset). */
const encodings = new WeakMap<object, Map<string, EncodedWord | null>>();

/** The word's segments; null when a glyph is offset (a positioned mark), which this does not model. */
function encodeWord(font: EmbeddedFont, text: string): EncodedWord | null {
  let words = encodings.get(font);
  if (!words) {
    words = new Map();
    encodings.set(font, words);
  }
  let enc = words.get(text);
  if (enc === undefined) {
    const [glyphs, pos] = encodeSpaced(font, text.includes('\n') ? text.replace(/\n/g, '') : text);
    enc = glyphs.length === 0 || pos.some((p) => p.xOffset || p.yOffset) ? null : { bytes: [], extra: [], advance: 0 };
    if (enc) {
      let from = 0;
      for (let i = 0; i < glyphs.length; i++) {
        const extra = pos[i].xAdvance - pos[i].advanceWidth;
        enc.advance += pos[i].xAdvance;
        if (extra !== 0 || i === glyphs.length - 1) {
          enc.bytes.push(literal(glyphs.slice(from, i + 1)));
          enc.extra.push(extra);
          from = i + 1;
        }
      }
    }
    words.set(text, enc);
  }
  return enc;
}

/**
 * A word and the space after it are shaped apart, as the line breaker measured them: the word's shaping
 * from measuring is reused (pdfkit caches layouts by text) rather than shaping "word " again.
 */
function encodeSpaced(font: EmbeddedFont, text: string): [string[], GlyphPosition[]] {
  const word = text.slice(0, -1);
  if (!text.endsWith(' ') || word.includes(' ') || word === '') return font.encode(text);
  const [g1, p1] = font.encode(word);
  const [g2, p2] = font.encode(' ');
  return [[...g1, ...g2], [...p1, ...p2]];
}

/**
 * Draws the words at baseline `y` (top-down page coordinates) in the document's current font and fill
 * colour, with the glyph stream pdfkit's text() would write for each word, joined into one TJ array
 * (the gap before a word is added to the previous glyph's adjustment).
 */
export function drawWords(pdf: PdfDoc, words: PlacedText[], y: number): void {
  const doc: Pen = { out: contentWriter(pdf), font: currentFont(pdf), size: currentFontSize(pdf) };
  const { out, font } = doc;
  const encoded: EncodedWord[] = [];
  for (const w of words) {
    const enc = encodeWord(font, w.text);
    if (!enc) {
      drawGlyphs(doc, words, y);
      return;
    }
    encoded.push(enc);
  }
  const scale = doc.size / 1000;
  let tj = '';
  let open = '';
  let openExtra = 0;
  let pen = words[0].x;
  for (let k = 0; k < words.length; k++) {
    const enc = encoded[k];
    if (k > 0) {
      const extra = openExtra + (words[k].x - pen) / scale;
      if (extra !== 0) {
        tj += `(${open}) ${num(-extra)} `;
        open = '';
      }
    }
    const last = enc.bytes.length - 1;
    for (let i = 0; i < last; i++) {
      tj += `(${open}${enc.bytes[i]}) ${num(-enc.extra[i])} `;
      open = '';
    }
    open += enc.bytes[last];
    openExtra = enc.extra[last];
    pen = words[k].x + enc.advance * scale;
  }
  tj += `(${open}) ${num(-openExtra)}`;
  // pdfkit's page space runs top-down: a text matrix mirrored in y sets glyphs upright without the
  // saved, flipped graphics state pdfkit wraps around each fragment. The font and size are text state,
  // which outlives the text object: set only when they change on the page. One addContent call (pdfkit
  // makes a buffer of each) with the lines it would write.
  const tf = `/${font.id} ${num(doc.size)} Tf`;
  out.page.fonts[font.id] ??= font.ref();
  const setFont = pageFont.get(out.page) !== tf;
  pageFont.set(out.page, tf);
  out.addContent(`BT\n${setFont ? `${tf}\n` : ''}1 0 0 -1 ${num(words[0].x)} ${num(y)} Tm\n[${tj}] TJ\nET`);
}

/** The font and size last set outside a saved graphics state, per page. */
const pageFont = new WeakMap<object, string>();

/** Opens a text object at (x, baseline y) in the current font, as pdfkit's text() does, and fills it. */
function textObject({ out: doc, font, size }: Pen, x: number, y: number, body: (baseline: number) => void): void {
  doc.save();
  doc.transform(1, 0, 0, -1, 0, doc.page.height);
  const baseline = doc.page.height - y;
  doc.page.fonts[font.id] ??= font.ref();
  doc.addContent('BT');
  doc.addContent(`1 0 0 1 ${num(x)} ${num(baseline)} Tm`);
  doc.addContent(`/${font.id} ${num(size)} Tf`);
  body(baseline);
  doc.addContent('ET');
  doc.restore();
}

/** The general case, glyph by glyph as pdfkit's fragment writer: offset glyphs get their own text matrix. */
function drawGlyphs(doc: Pen, words: PlacedText[], y: number): void {
  const { font } = doc;
  const scale = doc.size / 1000;
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
  textObject(doc, start, y, (baseline) => {
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
        doc.out.addContent(`[${commands.join(' ')}] TJ`);
        commands.length = 0;
      }
    };
    for (let i = 0; i < positions.length; i++) {
      const p = positions[i];
      if (p.xOffset || p.yOffset) {
        flush(i);
        doc.out.addContent(`1 0 0 1 ${num(x + p.xOffset * scale)} ${num(baseline + p.yOffset * scale)} Tm`);
        flush(i + 1);
        hadOffset = true;
      } else {
        if (hadOffset) {
          doc.out.addContent(`1 0 0 1 ${num(x)} ${num(baseline)} Tm`);
          hadOffset = false;
        }
        if (p.xAdvance - p.advanceWidth !== 0) segment(i + 1);
      }
      x += p.xAdvance * scale;
    }
    flush(positions.length);
  });
}
