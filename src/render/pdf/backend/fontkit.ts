// PDF writer, backend: every use of fontkit beyond its published API goes through this module — the
// raw table directory and layout engine the fast shaper reads, and the two places fontkit is patched
// (the default layout routed through the fast shaper; the 'post' table read lazily). fontkit is a direct
// dependency pinned exactly in package.json (pdfkit embeds fonts through it), and
// test/render/pdf/backend.test.ts checks these internals against the installed version.

export interface Glyph { id: number; advanceWidth: number; codePoints: number[]; readonly path: { commands: unknown[] }; readonly bbox: { minY: number; maxY: number } }
export interface Position { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }
export interface GlyphRun { glyphs: Glyph[]; positions: Position[]; readonly advanceWidth: number }
export interface Processor {
  features: Record<string, { lookupListIndexes: number[] } | undefined>;
  selectScript(script: string, language?: string, direction?: string): string;
}
/** The parts of a fontkit font used here (its public API, plus the raw table directory and layout engine). */
export interface FontkitFont {
  type?: string;
  layout(text: string, features?: unknown, ...rest: unknown[]): GlyphRun;
  glyphForCodePoint(cp: number): Glyph;
  hasGlyphForCodePoint(cp: number): boolean;
  unitsPerEm: number;
  getGlyph(id: number, codePoints?: number[]): Glyph;
  stream?: { buffer?: Uint8Array };
  directory?: { tables: Record<string, { offset: number; length: number } | undefined> };
  kern?: unknown;
  morx?: unknown;
  fvar?: unknown;
  _layoutEngine?: { engine?: { GSUBProcessor?: Processor | null; GPOSProcessor?: Processor | null } };
}

/** The internals the fast shaper reads: the table directory, the font's bytes and its layout engine. */
export function fontInternals(font: FontkitFont) {
  return {
    tables: font.directory?.tables,
    engine: font._layoutEngine?.engine,
    bytes: font.stream?.buffer,
    kern: font.kern,
    morx: font.morx,
    fvar: font.fvar,
  };
}

const installed = new WeakSet<object>();

/**
 * Routes a fontkit font's default layout (what pdfkit asks for: no features, no script) through `fast`,
 * made once per font; where `fast` gives undefined, fontkit shapes as before.
 */
export function routeDefaultLayout(font: FontkitFont, makeFast: () => { layout(text: string): GlyphRun | undefined }): void {
  if (installed.has(font)) return;
  installed.add(font);
  const original = font.layout.bind(font);
  const fast = makeFast();
  font.layout = function layout(text: string, features?: unknown, ...rest: unknown[]): GlyphRun {
    return (features === undefined && rest.length === 0 ? fast.layout(text) : undefined) ?? original(text, features, ...rest);
  };
}

/** The parts of a fontkit font whose 'post' table this reads. */
interface PostOwner {
  type?: string;
  stream?: { buffer?: Uint8Array };
  directory?: { tables: Record<string, { offset: number; length: number } | undefined> };
  _tables?: Record<string, unknown>;
  _decodeTable?(entry: unknown): Record<string, unknown>;
}

/**
 * Gives fontkit a font's 'post' header read from its bytes. pdfkit reads only isFixedPitch and
 * italicAngle from it when embedding the font, but fontkit decodes the whole table for that, every glyph
 * name included (20–40 ms a face); glyph names are decoded by fontkit if something asks for them.
 */
export function lazyPostTable(fontkitFont: object): void {
  const font = fontkitFont as PostOwner;
  const entry = font.directory?.tables.post;
  const bytes = font.stream?.buffer;
  const tables = font._tables;
  if (font.type !== 'TTF' || !entry || entry.length < 32 || !bytes || !tables || 'post' in tables || !font._decodeTable) return;
  const v = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, 32);
  let full: Record<string, unknown> | undefined;
  const rest = () => (full ??= font._decodeTable!(entry));
  const post: Record<string, unknown> = {
    version: v.getInt32(0) / 65536, italicAngle: v.getInt32(4) / 65536,
    underlinePosition: v.getInt16(8), underlineThickness: v.getInt16(10), isFixedPitch: v.getUint32(12),
    minMemType42: v.getUint32(16), maxMemType42: v.getUint32(20), minMemType1: v.getUint32(24), maxMemType1: v.getUint32(28),
  };
  for (const k of ['numberOfGlyphs', 'glyphNameIndex', 'names', 'offsets', 'map']) Object.defineProperty(post, k, { get: () => rest()[k], enumerable: true });
  tables.post = post;
}
