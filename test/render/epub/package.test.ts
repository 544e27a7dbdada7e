// EPUB writer: package metadata (identifier, language, dates, accessibility), the token stylesheet, and
// reproducibility — the same document and time give the same bytes.
import { describe, expect, it } from 'vitest';
import { renderEpub } from '../../../src/render/epub/index.js';
import { renderStylesheet } from '../../../src/render/epub/stylesheet.js';
import { loadTheme } from '../../../src/style/theme.js';
import { sampleDocument } from '../../fixtures/sampleDocument.js';
import { MODIFIED, buildSample, elements, openEpub, text } from './helpers.js';

const theme = loadTheme();

async function packageOf(bytes: Uint8Array) {
  const epub = await openEpub(bytes);
  const opf = await epub.xml('OEBPS/content.opf');
  const metas = elements(opf, 'meta');
  const property = (p: string) => metas.filter((m) => m.getAttribute('property') === p).map(text);
  const dc = (tag: string) => elements(opf, `dc:${tag}`).map(text);
  return { epub, opf, property, dc };
}

describe('package metadata', () => {
  it('writes title, language, stable identifier, creator, dates and description from the document', async () => {
    const doc = sampleDocument();
    const { opf, property, dc } = await packageOf(await renderEpub(doc, theme, { modified: MODIFIED }));
    const pkg = opf.documentElement!;
    expect(pkg.getAttribute('version')).toBe('3.0');
    const idRef = pkg.getAttribute('unique-identifier')!;
    const identifier = elements(opf, 'dc:identifier').find((e) => e.getAttribute('id') === idRef)!;
    expect(text(identifier)).toBe(doc.meta.identifier);
    expect(dc('title')).toEqual([doc.meta.title]);
    expect(dc('language')).toEqual([doc.meta.language]);
    expect(dc('creator')).toEqual([doc.meta.author]);
    expect(dc('description')).toEqual([doc.meta.description]);
    expect(dc('date')).toEqual([doc.meta.date]);
    expect(property('dcterms:modified')).toEqual(['2021-07-16T08:30:00Z']);
  });

  it('follows the dossier language on the package and every document', async () => {
    const doc = sampleDocument();
    doc.meta.language = 'de';
    const { epub, opf, dc } = await packageOf(await renderEpub(doc, theme, { modified: MODIFIED }));
    expect(opf.documentElement!.getAttribute('xml:lang')).toBe('de');
    expect(dc('language')).toEqual(['de']);
    expect((await epub.xml('OEBPS/toc.xhtml')).documentElement!.getAttribute('xml:lang')).toBe('de');
  });

  it('declares accessibility metadata', async () => {
    const { property } = await packageOf(await buildSample());
    expect(property('schema:accessMode')).toContain('textual');
    expect(property('schema:accessModeSufficient')).toEqual(['textual']);
    expect(property('schema:accessibilityFeature')).toEqual(expect.arrayContaining(['structuralNavigation', 'tableOfContents', 'alternativeText']));
    expect(property('schema:accessibilityHazard')).toEqual(['none']);
    expect(property('schema:accessibilitySummary')[0].length).toBeGreaterThan(40);
  });
});

describe('reproducibility', () => {
  it('gives byte-identical EPUBs for the same document and time, and different ones for another time', async () => {
    const [a, b] = [await buildSample(), await buildSample()];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const later = await renderEpub(sampleDocument(), theme, { modified: new Date(MODIFIED.getTime() + 86_400_000) });
    expect(Buffer.from(a).equals(Buffer.from(later))).toBe(false);
  });

  it("gives the same bytes in any time zone (the zip's DOS times hold the build time in UTC)", async () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = await buildSample();
      for (const zone of ['America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        expect(Buffer.from(await buildSample()).equals(Buffer.from(utc)), zone).toBe(true);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('stores mimetype first and uncompressed, and stamps every entry with the build time', async () => {
    const bytes = await buildSample();
    // Local file header: signature, then compression method at offset 8 (0 = stored), name at offset 30.
    expect(Buffer.from(bytes.slice(0, 4)).toString('hex')).toBe('504b0304');
    expect(bytes[8] | (bytes[9] << 8)).toBe(0);
    expect(bytes[26] | (bytes[27] << 8)).toBe(8); // name length
    expect(bytes[28] | (bytes[29] << 8)).toBe(0); // no extra field: the content starts at byte 38
    expect(Buffer.from(bytes.slice(30, 38)).toString()).toBe('mimetype');
    expect(Buffer.from(bytes.slice(38, 58)).toString()).toBe('application/epub+zip');
    const { zip } = await openEpub(bytes);
    const files = Object.values(zip.files);
    expect(files.every((f) => !f.dir)).toBe(true);
    expect(new Set(files.map((f) => f.date.getTime()))).toEqual(new Set([MODIFIED.getTime()]));
  });
});

describe('stylesheet', () => {
  const css = renderStylesheet(theme);

  it('leaves page and text colours to the reader theme and fixes no widths', () => {
    expect(css).not.toMatch(/(^|[\s;{])color\s*:(?!\s*(inherit|currentColor)\b)/m);
    expect(css).not.toMatch(/^(html|body)[^{]*\{[^}]*background/m);
    expect(css).not.toMatch(/(^|[\s;{])(min-|max-)?width\s*:\s*[\d.]+(px|pt|cm|mm|in)/m);
  });

  it('is generated from the theme tokens', () => {
    const changed = renderStylesheet({ ...theme, colors: { ...theme.colors, accent: '#123456' }, fonts: { ...theme.fonts, body: { ...theme.fonts.body, family: 'Test Serif' } } });
    expect(changed).toContain('#123456');
    expect(changed).toContain('"Test Serif"');
    expect(css).toContain(theme.colors.accent);
    expect(css).toContain(`${+(theme.sizes.h1 / theme.sizes.body).toFixed(3)}em`);
  });
});
