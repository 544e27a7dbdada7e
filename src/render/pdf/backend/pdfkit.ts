// PDF writer, backend: every use of pdfkit beyond its published API goes through this module — the
// current font and size, the tagging and destination calls its types lack, the outline's page
// references and the Info dictionary hook. pdfkit is pinned exactly in package.json, and
// test/render/pdf/backend.test.ts checks each of these against the installed version.
import PDFDocument from 'pdfkit';
import type { FontkitFont } from './fontkit.js';

export type PdfDoc = PDFKit.PDFDocument;

/**
 * A PDF/UA document with pdfkit's options (its types lack the 'PDF/UA' subset). `font: null` starts it
 * with no font (pdfkit's types lack that too): otherwise pdfkit opens a default font as it starts.
 */
export function createPdfDocument(options: Omit<PDFKit.PDFDocumentOptions, 'subset' | 'font'> & { font?: string | null }): PdfDoc {
  return new PDFDocument({ ...options, subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets } as PDFKit.PDFDocumentOptions);
}

/**
 * Selects an already parsed fontkit font, cached by pdfkit under `key` (its file's path): pdfkit embeds
 * a font object it is given as it is (pdfkit ≥ 0.16), instead of reading and parsing the file again.
 */
export function selectFontObject(doc: PdfDoc, font: FontkitFont, key: string): void {
  doc.font(font as unknown as string, key);
}

export interface GlyphPosition { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }

/** pdfkit's embedded font: its resource id and encoder, its layout cache, and the fontkit font. */
export interface EmbeddedFont {
  id: string;
  encode(text: string): [string[], GlyphPosition[]];
  ref(): unknown;
  layoutCache?: Record<string, { seeded?: boolean; glyphs: unknown[]; advanceWidth: number; positions: unknown[] }>;
  font?: FontkitFont;
  widthOfString(text: string, size: number): number;
  layout(text: string): { glyphs: { codePoints: number[] }[]; positions: { xAdvance: number }[] };
  ascender: number;
  descender: number;
}

interface Internals {
  _font: EmbeddedFont;
  _offset: number;
  _write(data: string | Uint8Array): void;
  _fontSize: number;
  _root: { data: { Pages: { data: { Kids: unknown[] } } } };
  _addInfo(): void;
  info: Record<string, unknown>;
  outline: OutlineItem;
}
const internals = (doc: PdfDoc) => doc as unknown as Internals;

/** The font last selected with doc.font(). */
export function currentFont(doc: PdfDoc): EmbeddedFont {
  return internals(doc)._font;
}

/**
 * Makes pdfkit's font draw from `cache`, the runs measured for the same file (see measuredFont.ts):
 * pdfkit looks a word up there before shaping it.
 */
export function shareLayouts(font: EmbeddedFont, cache: NonNullable<EmbeddedFont['layoutCache']>): void {
  font.layoutCache = cache;
}

/** The size last selected with doc.fontSize(). */
export function currentFontSize(doc: PdfDoc): number {
  return internals(doc)._fontSize;
}

/** The content-stream calls text drawing writes through (as pdfkit's own _fragment does). */
export interface ContentWriter {
  page: { height: number; fonts: Record<string, unknown>; markings: unknown[] };
  addContent(s: string): unknown;
  save(): unknown;
  restore(): unknown;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): unknown;
}

export function contentWriter(doc: PdfDoc): ContentWriter {
  return doc as unknown as ContentWriter;
}

/** The parts of pdfkit's structure API used here (its published types lag behind the library). */
export interface StructElement {
  add(child: unknown): StructElement;
  end(): void;
}
export interface TaggingDoc extends ContentWriter {
  struct(type: string, options?: Record<string, unknown>): StructElement;
  addStructure(el: StructElement): void;
  markStructureContent(tag: string): unknown;
  markContent(tag: string, options?: Record<string, unknown>): void;
  endMarkedContent(): void;
  annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): void;
  link(x: number, y: number, w: number, h: number, url: string, options?: Record<string, unknown>): void;
  addNamedDestination(name: string, ...args: (string | number | null)[]): void;
}

export function tagging(doc: PdfDoc): TaggingDoc {
  return doc as unknown as TaggingDoc;
}

export interface OutlineItem {
  addItem(title: string, options?: { pageNumber?: number; expanded?: boolean }): OutlineItem;
  outlineData: { Dest?: unknown[] };
}

/** The outline (bookmarks) root. */
export function outlineRoot(doc: PdfDoc): OutlineItem {
  return internals(doc).outline;
}

/** The page objects' references, in page order (for explicit destinations). */
export function pageRefs(doc: PdfDoc): unknown[] {
  return internals(doc)._root.data.Pages.data.Kids;
}

/**
 * Runs `rewrite` on the Info entries only while pdfkit's _addInfo runs at the end (it writes the XMP
 * packet from them); the entries are restored afterwards, for the Info dictionary.
 */
export function rewriteInfoOnWrite(doc: PdfDoc, rewrite: (info: Record<string, unknown>) => void): void {
  const d = internals(doc);
  const addInfo = d._addInfo.bind(d);
  d._addInfo = () => {
    const saved = { ...d.info };
    rewrite(d.info);
    addInfo();
    Object.assign(d.info, saved);
  };
}

/**
 * Collects the file's bytes as pdfkit writes them, instead of through its Readable stream: pdfkit writes
 * every object in small pieces (≈5,800 on the seed) and each push through the stream cost ≈15 µs (≈0.1 s
 * a seed build). Strings become bytes as pdfkit's own _write makes them (each char's low byte, then a
 * newline). The stream still ends ('end') when the document is finished. Call the result once pdfkit ended.
 */
export function collectOutput(doc: PdfDoc): () => Buffer {
  const d = internals(doc);
  // What pdfkit wrote before (the header, from its constructor) waits in the stream's buffer.
  const parts: Uint8Array[] = [];
  const before = doc.read() as Buffer | null;
  if (before) parts.push(before);
  d._write = (data) => {
    const bytes = typeof data === 'string' ? Buffer.from(`${data}\n`, 'latin1') : data;
    parts.push(bytes);
    d._offset += bytes.length;
  };
  doc.resume();
  return () => Buffer.concat(parts);
}
