// EPUB writer: the EPUB read back through its zip and XHTML — chapters, navigation, links, notes, tables, cover.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineText, type Section } from '../../../src/model/document.js';
import { sampleDocument } from '../../fixtures/sampleDocument.js';
import { renderEpub } from '../../../src/render/epub/index.js';
import { loadTheme } from '../../../src/style/theme.js';
import { MODIFIED, buildSample, elements, openEpub, text, type EpubFiles, type XmlDocument, type XmlElement } from './helpers.js';

const doc = sampleDocument();
let epub: EpubFiles;
let opf: XmlDocument;
/** Spine documents in reading order (OEBPS-relative names). */
let spine: string[];

beforeAll(async () => {
  epub = await openEpub(await buildSample());
  opf = await epub.xml('OEBPS/content.opf');
  const hrefOf = new Map(elements(opf, 'item').map((i) => [i.getAttribute('id'), i.getAttribute('href')!]));
  spine = elements(opf, 'itemref').map((r) => hrefOf.get(r.getAttribute('idref'))!);
});

const xhtmlNames = () => epub.names.filter((n) => n.endsWith('.xhtml'));
const childOl = (li: XmlElement) => Array.from(li.childNodes).find((n) => n.nodeName === 'ol') as XmlElement | undefined;
const items = (ol: XmlElement | undefined) => (ol ? Array.from(ol.childNodes).filter((n) => n.nodeName === 'li') as XmlElement[] : []);
const label = (li: XmlElement) => text(elements(li, 'a')[0]);

describe('chapters', () => {
  it('has one spine document per section and per source, after the cover and the nav', () => {
    const sections: Section[] = doc.sections.flatMap((s) => [s, ...s.children]);
    expect(spine.slice(0, 2)).toEqual(['cover.xhtml', 'toc.xhtml']);
    expect(spine).toHaveLength(2 + sections.length);
  });

  it('contains only what it builds: no downloaded images or fonts', () => {
    const expected = ['mimetype', 'META-INF/container.xml', 'OEBPS/content.opf', 'OEBPS/toc.ncx', 'OEBPS/style.css', 'OEBPS/cover.png', ...spine.map((f) => `OEBPS/${f}`)];
    expect([...epub.names].sort()).toEqual([...new Set(expected)].sort());
  });

  it('each source chapter holds its paragraphs, numbered and anchored, in order', async () => {
    const sources = doc.sections.flatMap((s) => s.children).filter((s) => s.kind === 'source');
    expect(sources.length).toBeGreaterThan(1);
    for (const source of sources) {
      const name = (await Promise.all(spine.map(async (f) => [f, await epub.text(`OEBPS/${f}`)] as const)))
        .find(([, t]) => t.includes(`id="${source.anchor}"`))![0];
      const xhtml = await epub.xml(`OEBPS/${name}`);
      const paragraphs = elements(xhtml, 'p').filter((p) => p.getAttribute('class') === 'source-paragraph');
      const expected = source.blocks.filter((b) => b.type === 'sourceParagraph');
      expect(paragraphs.map((p) => p.getAttribute('id'))).toEqual(expected.map((b) => b.anchor));
      paragraphs.forEach((p, i) => {
        const b = expected[i];
        expect(text(p)).toContain(`¶${b.number} ${inlineText(b.content)}`.replace(/\s+/g, ' ').trim());
      });
    }
  });

  it('puts lang and xml:lang of the dossier on every content document', async () => {
    for (const name of xhtmlNames()) {
      const html = (await epub.xml(name)).documentElement!;
      expect(html.getAttribute('lang'), name).toBe(doc.meta.language);
      expect(html.getAttribute('xml:lang'), name).toBe(doc.meta.language);
    }
  });

  it('keeps heading levels in order through the whole reading order (no level skipped)', async () => {
    let previous = 0;
    for (const name of spine.slice(2)) {
      const xhtml = await epub.xml(`OEBPS/${name}`);
      const levels = elements(xhtml, '*').filter((e) => /^h[1-6]$/.test(e.nodeName)).map((e) => Number(e.nodeName[1]));
      expect(levels.length, name).toBeGreaterThan(0);
      for (const level of levels) {
        expect(level, `${name}: h${level} after h${previous}`).toBeLessThanOrEqual(previous + 1);
        previous = level;
      }
    }
  });
});

describe('navigation', () => {
  it('nests every section, each source and each actor profile in the nav, with landmarks', async () => {
    const nav = await epub.xml('OEBPS/toc.xhtml');
    const navs = elements(nav, 'nav');
    const toc = navs.find((n) => n.getAttribute('epub:type') === 'toc')!;
    const top = items(childOl(toc));
    expect(top.map(label)).toEqual(doc.sections.map((s) => s.title));
    doc.sections.forEach((section, i) => {
      const profiles = section.blocks.flatMap((b) => (b.type === 'profile' ? [inlineText(b.title)] : []));
      expect(items(childOl(top[i])).map(label)).toEqual([...section.children.map((c) => (c.sourceId ? `${c.sourceId} · ${c.title}` : c.title)), ...profiles]);
    });
    expect(top.some((li) => items(childOl(li)).length > 0)).toBe(true);
    const landmarks = navs.find((n) => n.getAttribute('epub:type') === 'landmarks')!;
    expect(elements(landmarks, 'a').map((a) => a.getAttribute('epub:type'))).toEqual(['cover', 'toc', 'bodymatter']);
  });

  it('gives the NCX the same entries, in the same order and nesting, and the package identifier', async () => {
    const nav = await epub.xml('OEBPS/toc.xhtml');
    const toc = elements(nav, 'nav').find((n) => n.getAttribute('epub:type') === 'toc')!;
    const navTree = (ol: XmlElement | undefined): unknown[] => items(ol).map((li) => [label(li), elements(li, 'a')[0].getAttribute('href'), navTree(childOl(li))]);
    const ncx = await epub.xml('OEBPS/toc.ncx');
    const points = (parent: XmlElement): unknown[] => (Array.from(parent.childNodes).filter((n) => n.nodeName === 'navPoint') as XmlElement[])
      .map((p) => [text(elements(p, 'text')[0]), elements(p, 'content')[0].getAttribute('src'), points(p)]);
    expect(points(elements(ncx, 'navMap')[0])).toEqual(navTree(childOl(toc)));
    const uid = elements(ncx, 'meta').find((m) => m.getAttribute('name') === 'dtb:uid')!;
    expect(uid.getAttribute('content')).toBe(doc.meta.identifier);
  });
});

describe('links', () => {
  it('resolves every internal href — file and fragment — across chapter files', async () => {
    const ids = new Map<string, Set<string>>();
    for (const name of xhtmlNames()) {
      ids.set(name, new Set(elements(await epub.xml(name), '*').map((e) => e.getAttribute('id')).filter((v): v is string => !!v)));
    }
    let crossFile = 0;
    const check = (from: string, href: string) => {
      if (/^[a-z]+:/.test(href)) return;
      const [file, fragment] = href.split('#');
      const target = file ? `OEBPS/${file}` : from;
      expect(epub.names, `${from} → ${href}`).toContain(target);
      if (fragment) expect(ids.get(target)?.has(fragment), `${from} → ${href}`).toBe(true);
      if (file && fragment && target !== from) crossFile += 1;
    };
    for (const name of xhtmlNames()) {
      for (const a of elements(await epub.xml(name), 'a')) check(name, a.getAttribute('href')!);
    }
    for (const c of elements(await epub.xml('OEBPS/toc.ncx'), 'content')) check('OEBPS/toc.ncx', c.getAttribute('src')!);
    expect(crossFile).toBeGreaterThan(10);
  });

  it('links citations in notes and tables to the cited source paragraph in its chapter file', async () => {
    const figures = await epub.text(`OEBPS/${spine.find((f) => f.includes('figures'))}`);
    const s2p3 = spine.find((f) => f.includes('src-S2'));
    expect(figures).toContain(`href="${s2p3}#src-S2-p3"`);
  });
});

describe('pop-up notes', () => {
  it('links each noteref to an aside footnote in the same file, whose first link leads back', async () => {
    let refs = 0;
    for (const name of xhtmlNames()) {
      const xhtml = await epub.xml(name);
      const byId = new Map(elements(xhtml, '*').map((e) => [e.getAttribute('id'), e]));
      for (const a of elements(xhtml, 'a').filter((e) => e.getAttribute('epub:type') === 'noteref')) {
        refs += 1;
        expect(a.getAttribute('role')).toBe('doc-noteref');
        expect(a.parentNode?.nodeName, 'the <sup> wraps the link, not the reverse').toBe('sup');
        const href = a.getAttribute('href')!;
        expect(href.startsWith('#'), `${name}: ${href} must stay in the file`).toBe(true);
        const note = byId.get(href.slice(1))!;
        expect(note?.nodeName).toBe('aside');
        expect(note.getAttribute('epub:type')).toBe('footnote');
        expect(note.getAttribute('role')).toBe('doc-footnote');
        const back = elements(note, 'a')[0];
        expect(back.getAttribute('role')).toBe('doc-backlink');
        expect(byId.get(back.getAttribute('href')!.slice(1))?.getAttribute('epub:type')).toBe('noteref');
        expect(text(note)).toMatch(/^\d+\. /);
      }
    }
    expect(refs).toBeGreaterThan(4);
  });

  it('places a note referenced from several chapters in each of them, after the reference', async () => {
    const withNote: string[] = [];
    for (const name of spine) {
      const t = await epub.text(`OEBPS/${name}`);
      if (t.includes('href="#fn-D1"')) {
        withNote.push(name);
        expect(t.indexOf('id="fn-D1"'), name).toBeGreaterThan(t.indexOf('href="#fn-D1"'));
      }
    }
    expect(withNote.length).toBeGreaterThanOrEqual(3);
  });

  it('numbers a chapter\'s notes in order of reference and lists them so, when the dossier\'s note 2 comes first', async () => {
    const swapped = sampleDocument();
    const list = swapped.sections.find((sec) => sec.kind === 'discrepancies')!.blocks[0];
    if (list.type !== 'list') throw new Error('fixture changed: discrepancies are no longer a list');
    list.items.reverse();
    const out = await openEpub(await renderEpub(swapped, loadTheme(), { modified: MODIFIED }));
    const name = out.names.find((n) => n.includes('discrepancies'))!;
    const xhtml = await out.xml(name);
    const refs = elements(xhtml, 'a').filter((a) => a.getAttribute('epub:type') === 'noteref').map(text);
    expect(refs).toEqual(['1', '2']);
    const asides = elements(xhtml, 'aside');
    expect(asides.map((a) => text(a).split('.')[0])).toEqual(['1', '2']);
    // The first note of the chapter is the one the (reversed) list references first.
    const first = elements(xhtml, 'a').find((a) => a.getAttribute('epub:type') === 'noteref')!.getAttribute('href');
    expect(`#${asides[0].getAttribute('id')}`).toBe(first);
  });
});

describe('tables', () => {
  it('renders key figures as a table with scoped column and row header cells', async () => {
    const xhtml = await epub.xml(`OEBPS/${spine.find((f) => f.includes('figures'))}`);
    const table = elements(xhtml, 'table')[0];
    const model = doc.sections.find((s) => s.kind === 'figures')!.blocks.find((b) => b.type === 'table')!;
    if (model.type !== 'table') throw new Error('fixture has no table');
    const cols = elements(elements(table, 'thead')[0], 'th');
    expect(cols.map((th) => th.getAttribute('scope'))).toEqual(model.header.map(() => 'col'));
    const rowHeads = elements(elements(table, 'tbody')[0], 'th');
    expect(rowHeads).toHaveLength(model.rows.filter((r) => r.some((c) => c.header)).length);
    expect(rowHeads.every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    expect(elements(table, 'caption')).toHaveLength(1);
  });
});

describe('cover', () => {
  it('declares a PNG cover image with cover-image and shows it on a cover page with alt text', async () => {
    const item = elements(opf, 'item').find((i) => i.getAttribute('properties') === 'cover-image')!;
    expect(item.getAttribute('media-type')).toBe('image/png');
    const png = await epub.zip.file(`OEBPS/${item.getAttribute('href')}`)!.async('uint8array');
    expect(Array.from(png.slice(1, 4))).toEqual([0x50, 0x4e, 0x47]);
    const page = await epub.xml('OEBPS/cover.xhtml');
    const img = elements(page, 'img')[0];
    expect(img.getAttribute('src')).toBe(item.getAttribute('href'));
    expect(img.getAttribute('alt')).toContain(doc.meta.title);
    expect(img.getAttribute('alt')).toContain(doc.meta.handling);
  });
});
