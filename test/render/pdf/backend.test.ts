// The PDF backend's contract with the pinned pdfkit and fontkit: every internal that
// src/render/pdf/backend/ reaches for exists with the shape it assumes, and each patch does what it
// says. A pdfkit or fontkit upgrade that moves one of them fails here, not in a dossier.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontInternals, lazyPostTable, routeDefaultLayout } from '../../../src/render/pdf/backend/fontkit.js';
import { collectOutput, contentWriter, createPdfDocument, currentFont, currentFontSize, outlineRoot, pageRefs, rewriteInfoOnWrite, tagging } from '../../../src/render/pdf/backend/pdfkit.js';
import { fontPath, loadTheme } from '../../../src/style/theme.js';

const theme = loadTheme();
const body = fontPath(theme.fonts.body, 'regular');
const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as { dependencies: Record<string, string> };

async function bytes(doc: ReturnType<typeof createPdfDocument>): Promise<string> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => doc.on('end', r));
  doc.end();
  await done;
  return Buffer.concat(chunks).toString('latin1');
}

describe('PDF backend contract', () => {
  it('pins pdfkit and fontkit exactly (fontkit as a direct dependency)', () => {
    expect(pkg.dependencies.pdfkit).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.dependencies.fontkit).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('reads the current font and size pdfkit selected, with its encoder and layout cache', () => {
    const doc = createPdfDocument({ autoFirstPage: false, font: body });
    doc.font(body).fontSize(13);
    const font = currentFont(doc);
    expect(currentFontSize(doc)).toBe(13);
    expect(typeof font.id).toBe('string');
    const [glyphs, positions] = font.encode('Ta');
    expect(glyphs).toHaveLength(2);
    expect(positions[0]).toEqual(expect.objectContaining({ xAdvance: expect.any(Number), advanceWidth: expect.any(Number) }));
    expect(font.layoutCache).toBeTypeOf('object');
    expect(font.widthOfString('Ta', 10)).toBeGreaterThan(0);
    expect(font.ascender).toBeGreaterThan(0);
  });

  it('reaches fontkit internals the fast shaper reads', () => {
    const doc = createPdfDocument({ autoFirstPage: false });
    doc.font(body);
    const fk = currentFont(doc).font!;
    const { tables, engine, bytes } = fontInternals(fk);
    expect(fk.type).toBe('TTF');
    expect(tables?.GPOS?.offset).toBeGreaterThan(0);
    expect(bytes).toBeInstanceOf(Uint8Array);
    fk.layout('x');
    expect(fontInternals(fk).engine?.GPOSProcessor?.features).toBeTypeOf('object');
    expect(engine === undefined || typeof engine === 'object').toBe(true);
  });

  it('routes only the default layout through the fast path, once per font', () => {
    const doc = createPdfDocument({ autoFirstPage: false });
    doc.font(body);
    const fk = currentFont(doc).font!;
    const asked: string[] = [];
    let made = 0;
    routeDefaultLayout(fk, () => { made++; return { layout: (t) => { asked.push(t); return undefined; } }; });
    routeDefaultLayout(fk, () => { made++; return { layout: () => undefined }; });
    expect(made).toBe(1);
    expect(fk.layout('office').glyphs.length).toBeGreaterThan(0);
    fk.layout('office', ['liga']);
    expect(asked).toEqual(['office']);
  });

  it('gives the post header without decoding glyph names, and the rest on demand', () => {
    const doc = createPdfDocument({ autoFirstPage: false });
    doc.font(body);
    const fk = currentFont(doc).font! as unknown as { post: Record<string, unknown>; _tables: Record<string, unknown> };
    lazyPostTable(fk);
    expect(Object.getOwnPropertyDescriptor(fk._tables.post, 'names')?.get).toBeTypeOf('function');
    expect(fk.post.italicAngle).toBe(0);
    expect(Array.isArray(fk.post.names) || fk.post.names === undefined).toBe(true);
  });

  it('tags structure, writes content, outlines with page references, and rewrites Info for the XMP only', async () => {
    const doc = createPdfDocument({ autoFirstPage: false, compress: false, tagged: true, displayTitle: true, pdfVersion: '1.7', info: { Title: 'Floods & storms' }, font: body });
    rewriteInfoOnWrite(doc, (info) => { info.Title = 'Floods &amp; storms'; });
    doc.addPage();
    const root = tagging(doc).struct('Document');
    tagging(doc).addStructure(root);
    contentWriter(doc).addContent('0 0 m');
    expect(pageRefs(doc)).toHaveLength(1);
    const item = outlineRoot(doc).addItem('One', { pageNumber: 0 });
    item.outlineData.Dest = [pageRefs(doc)[0], 'XYZ', null, 100, null];
    root.end();
    const pdf = await bytes(doc);
    expect(pdf).toContain('<dc:title>');
    expect(pdf).toContain('Floods &amp; storms');
    expect(pdf).toContain('(Floods & storms)');
    expect(pdf).toMatch(/\/Outlines \d+ 0 R/);
    expect(pdf).toMatch(/\/StructTreeRoot \d+ 0 R/);
  });

  it("collects the same bytes as pdfkit's stream gives, header and Latin-1 strings included", async () => {
    const make = () => {
      const doc = createPdfDocument({ autoFirstPage: false, compress: false, info: { Title: 'Łódź — € café', CreationDate: new Date(0) }, font: body });
      doc.addPage();
      doc.fontSize(12).text('Łódź — café ≠ 3', 50, 50);
      return doc;
    };
    const streamed = await bytes(make());
    const doc = make();
    const output = collectOutput(doc);
    const ended = new Promise((r) => doc.on('end', r));
    doc.end();
    await ended;
    const collected = output().toString('latin1');
    expect(collected.startsWith('%PDF-')).toBe(true);
    expect(collected).toBe(streamed);
  });
});

describe('measuring without a document', () => {
  it('measures and shapes exactly as pdfkit\'s embedded font does (widths, glyphs, positions, ascender)', async () => {
    const { MeasuredFont } = await import('../../../src/render/pdf/backend/measuredFont.js');
    for (const style of ['regular', 'boldItalic'] as const) {
      const path = fontPath(theme.fonts.body, style);
      const doc = createPdfDocument({ autoFirstPage: false, font: body });
      doc.font(path);
      const theirs = currentFont(doc);
      const ours = new MeasuredFont(path);
      expect([ours.ascender, ours.descender]).toEqual([theirs.ascender, theirs.descender]);
      for (const text of ['', 'Ta', 'office affluent', 'Wave  AV\tto', ' lead', 'trail ', 'naïve café – “quoted” 1,240', 'Ελληνικά Кириллица', 'fi\u00adnal']) {
        expect(ours.widthOfString(text, 9.5)).toBe(theirs.widthOfString(text, 9.5));
        const a = ours.layout(text);
        const b = theirs.layout(text);
        expect(a.glyphs.map((g) => g.id)).toEqual(b.glyphs.map((g) => (g as unknown as { id: number }).id));
        expect(a.positions.map((p) => p.xAdvance)).toEqual(b.positions.map((p) => p.xAdvance));
      }
    }
  });

  it('starts a document with no font when asked, and embeds a fontkit font it is given under its key, without parsing the file', async () => {
    const { MeasuredFont } = await import('../../../src/render/pdf/backend/measuredFont.js');
    const { selectFontObject } = await import('../../../src/render/pdf/backend/pdfkit.js');
    const doc = createPdfDocument({ autoFirstPage: false, font: null, compress: false });
    expect(currentFont(doc)).toBeNull();
    const ours = new MeasuredFont(body);
    selectFontObject(doc, ours.font, body);
    expect(currentFont(doc).font).toBe(ours.font);
    expect(currentFont(doc).id).toBe('F1');
    doc.font(body);
    expect(currentFont(doc).font).toBe(ours.font);
    doc.addPage({ size: [200, 100], margin: 0 });
    doc.fontSize(12).text('Floods', 10, 10, { lineBreak: false });
    expect(await bytes(doc)).toMatch(/\/FontFile2 \d+ 0 R/);
  });

  it('hands pdfkit its measured runs: a word measured here is drawn from the same run, not shaped again', async () => {
    const { MeasuredFont } = await import('../../../src/render/pdf/backend/measuredFont.js');
    const { shareLayouts } = await import('../../../src/render/pdf/backend/pdfkit.js');
    const ours = new MeasuredFont(body);
    ours.widthOfString('bridge', 10);
    const doc = createPdfDocument({ autoFirstPage: false, font: body });
    const theirs = currentFont(doc);
    shareLayouts(theirs, ours.layoutCache);
    const [glyphs] = theirs.encode('bridge');
    expect(glyphs).toHaveLength(6);
    expect(theirs.layoutCache!.bridge).toBe(ours.layoutCache.bridge);
  });
});
