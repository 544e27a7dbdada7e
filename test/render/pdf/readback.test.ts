// PDF writer read back, not trusted: text, outline, TOC numbers, links, footnote placement, repeated
// table headers (pdfjs), and the file checked by qpdf, pdffonts and pdfinfo; builds are reproducible.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Block, type DossierDocument, type Inline, inlineText } from '../../../src/model/document.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { pageGeometry } from '../../../src/render/pdf/page.js';
import { tocEntries } from '../../../src/render/pdf/toc.js';
import { loadTheme } from '../../../src/style/theme.js';
import { LONG_NOTE, longNoteParagraph, stretchedDocument } from './fixtures.js';
import { type ReadPdf, destPage, hasTool, readPdf, run, squash } from './helpers.js';

const theme = loadTheme();
const created = new Date(Date.UTC(2021, 6, 16, 12, 0, 0));
let doc: DossierDocument;
let bytes: Uint8Array;
let letter: Uint8Array;
let read: ReadPdf;
let tmp: string;

beforeAll(async () => {
  doc = stretchedDocument();
  bytes = await renderPdf(doc, theme, { paper: 'A4', creationDate: created });
  letter = await renderPdf(doc, theme, { paper: 'letter', creationDate: created });
  read = await readPdf(bytes);
  tmp = mkdtempSync(join(tmpdir(), 'dossier-pdf-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function allBlocks(blocks: Block[]): Block[] {
  return blocks.flatMap((b) => {
    switch (b.type) {
      case 'list': return [b, ...b.items.flatMap(allBlocks)];
      case 'blockquote': return [b, ...allBlocks(b.children)];
      case 'profile': return [b, ...allBlocks(b.children)];
      default: return [b];
    }
  });
}
const sections = () => doc.sections.flatMap((s) => [s, ...s.children]);
const pageOfText = (needle: string) => read.pages.findIndex((p) => squash(p.text).includes(squash(needle)));

function inlinesOf(b: Block): Inline[] {
  switch (b.type) {
    case 'paragraph': case 'sourceParagraph': case 'heading': return b.content;
    case 'table': return [...b.header.flatMap((h) => h.content), ...b.rows.flat().flatMap((c) => c.content)];
    case 'definitionList': return b.items.flatMap((i) => [...i.term, ...i.description]);
    default: return [];
  }
}
function sourceRefs(inlines: Inline[]): string[] {
  return inlines.flatMap((i) => {
    if (i.type === 'sourceRef') return [i.paragraph === undefined ? `src-${i.sourceId}` : `src-${i.sourceId}-p${i.paragraph}`];
    if ('children' in i) return sourceRefs(i.children);
    return [];
  });
}

describe('PDF text and navigation', () => {
  it('holds every source paragraph, each on the page its anchor points at', async () => {
    const paras = sections().flatMap((s) => allBlocks(s.blocks)).filter((b): b is Extract<Block, { type: 'sourceParagraph' }> => b.type === 'sourceParagraph');
    expect(paras.length).toBeGreaterThan(20);
    // Body text only (set at the body size): no running heads, footnotes, markers or ¶ labels.
    const body = squash(read.pages.flatMap((p) => p.items.filter((i) => Math.abs(i.size - theme.sizes.body) < 0.01).map((i) => i.str)).join(''));
    for (const p of paras) {
      expect(body, p.anchor).toContain(squash(inlineText(p.content)));
      // The paragraph starts on its anchor's page, after its ¶ number.
      const page = await destPage(read.pdf, p.anchor);
      expect(page, p.anchor).toBeDefined();
      const start = inlineText(p.content).split(' ').slice(0, 6).join(' ');
      expect(squash(read.pages[page!].text), p.anchor).toContain(squash(`¶${p.number} ${start}`));
    }
  });

  it('has a nested outline: Contents, the sections, the sources under Sources and the actors under Actors', async () => {
    const outline = (await read.pdf.getOutline())!;
    expect(outline.map((o) => o.title)).toEqual(['Contents', ...doc.sections.map((s) => s.title)]);
    const sources = outline.find((o) => o.title === 'Sources')!;
    expect(sources.items.map((o) => o.title)).toEqual(doc.sections.find((s) => s.kind === 'sources')!.children.map((c) => `${c.sourceId} · ${c.title}`));
    const actors = outline.find((o) => o.title === 'Actors')!;
    const profiles = doc.sections.find((s) => s.kind === 'actors')!.blocks.filter((b): b is Extract<Block, { type: 'profile' }> => b.type === 'profile');
    expect(actors.items.map((o) => o.title)).toEqual(profiles.map((p) => inlineText(p.title)));
    for (const o of [...outline, ...sources.items, ...actors.items]) {
      const dest = o.dest as unknown[];
      expect(Array.isArray(dest), o.title).toBe(true);
      const page = await read.pdf.getPageIndex(dest[0] as never);
      expect(squash(read.pages[page].text), o.title).toContain(squash(o.title.replace(/^S\d+ · /, '')));
    }
  });

  it('prints in the table of contents the page each section starts on', async () => {
    const toc = read.pages[1];
    expect(toc.text).toContain('Contents');
    // Lines of the TOC page: items sharing a baseline.
    const lines = new Map<number, string[]>();
    for (const it of toc.items) lines.set(Math.round(it.y), [...(lines.get(Math.round(it.y)) ?? []), it.str]);
    const texts = [...lines.values()].map((l) => squash(l.join('')));
    for (const { section } of tocEntries(doc)) {
      const label = squash(section.sourceId ? `${section.sourceId} · ${section.title}` : section.title);
      const line = texts.find((t) => t.startsWith(label));
      expect(line, label).toBeDefined();
      const printed = Number(line!.match(/(\d+)$/)?.[1]);
      const page = await destPage(read.pdf, section.anchor);
      expect(printed, label).toBe(page! + 1);
      expect(squash(read.pages[page!].text), label).toContain(squash(section.title));
    }
  });

  it('resolves every internal link, and every citation in the model has its target', async () => {
    let internal = 0;
    for (const p of read.pages) {
      for (const l of p.links) {
        expect(l.dest ?? l.url, 'link without target').toBeTruthy();
        if (!l.dest) continue;
        internal++;
        expect(await destPage(read.pdf, l.dest), l.dest).toBeDefined();
      }
    }
    expect(internal).toBeGreaterThan(100);
    const cited = new Set([...sections().flatMap((s) => allBlocks(s.blocks)).flatMap(inlinesOf), ...Object.values(doc.footnotes).flatMap((n) => n.content.flatMap(inlinesOf))].flatMap((i) => sourceRefs([i])));
    expect(cited.size).toBeGreaterThan(3);
    for (const anchor of cited) expect(await destPage(read.pdf, anchor), anchor).toBeDefined();
  });
});

describe('PDF page layout', () => {
  it('keeps all text inside the page margins (labels may hang into the binding-side margin only on the left)', () => {
    const geo = pageGeometry(theme, 'A4');
    read.pages.forEach((p, i) => {
      const left = geo.left(i);
      const right = left + geo.width;
      for (const it of p.items) {
        if (it.str.trim() === '') continue;
        expect(it.x + it.width, `page ${i + 1}: "${it.str}"`).toBeLessThanOrEqual(right + 0.5);
        expect(it.x, `page ${i + 1}: "${it.str}"`).toBeGreaterThanOrEqual(left - theme.print.footnoteLabelWidth * 3);
        // Between the running head and the running foot.
        expect(it.y, `page ${i + 1}: "${it.str}"`).toBeGreaterThan(p.height - geo.bottom - theme.print.runningHeadGap - theme.sizes.runningHead * 2);
        expect(it.y, `page ${i + 1}: "${it.str}"`).toBeLessThan(p.height - geo.top + theme.print.runningHeadGap + theme.sizes.runningHead);
      }
    });
  });
});

describe('PDF keeps headings with what follows', () => {
  it('leaves room for at least the first lines of a profile below its title', async () => {
    const geo = pageGeometry(theme, 'A4');
    const bodyLine = theme.sizes.body * theme.leading;
    const anchors = doc.sections.flatMap((s) => s.blocks).filter((b): b is Extract<Block, { type: 'profile' }> => b.type === 'profile').map((b) => b.anchor);
    expect(anchors.length).toBeGreaterThan(10);
    const pages = new Set<number>();
    for (const a of anchors) {
      const dest = (await read.pdf.getDestination(a))!;
      const page = await read.pdf.getPageIndex(dest[0] as never);
      pages.add(page);
      const top = read.pages[page].height - (dest[3] as number);
      // Title (h3) plus the first rows of the profile fit above the text block's foot.
      expect(geo.bottom - top, a).toBeGreaterThan(theme.sizes.h3 * theme.leading + theme.print.minLinesAtBreak * bodyLine);
    }
    expect(pages.size).toBeGreaterThan(1);
  });
});

describe('PDF footnotes', () => {
  it('sets each note at the foot of the page of its first marker, below the marker, and links both ways', async () => {
    for (const note of Object.values(doc.footnotes)) {
      const markerPage = read.pages.findIndex((p) => p.links.some((l) => l.dest === note.anchor));
      expect(markerPage, note.id).toBeGreaterThan(-1);
      const marker = read.pages[markerPage].links.find((l) => l.dest === note.anchor)!;
      const first = note.content[0];
      const firstText = first.type === 'paragraph' ? inlineText(first.content) : '';
      const page = read.pages[markerPage];
      // The note's first words are on the marker's page, below the marker.
      const head = firstText.split(' ').slice(0, 3).join(' ');
      const item = page.items.find((i) => i.str.startsWith(head.split(' ')[0]) && squash(page.text).includes(squash(firstText)) && i.y < marker.rect[1]);
      expect(item, `${note.id} on page ${markerPage + 1}`).toBeDefined();
      expect(await destPage(read.pdf, note.anchor), note.id).toBe(markerPage);
      // The note's number links back to the marker.
      const back = read.pages[markerPage].links.find((l) => l.dest === `${note.id}-ref`);
      expect(back, `${note.id} back link`).toBeDefined();
      expect(await destPage(read.pdf, `${note.id}-ref`)).toBe(markerPage);
    }
  });

  it('numbers notes per page in reading order and prints each at the foot of its page once, each marker linking to its own page', async () => {
    const ids = new Map(Object.values(doc.footnotes).map((n) => [n.anchor, n.id]));
    const referencing = new Map<string, number>();
    const sup = Object.values(theme.sizes).map((size) => size * theme.print.superscriptScale);
    for (const [i, page] of read.pages.entries()) {
      // Hanging numbers of the notes at the foot, top to bottom.
      const labels = page.items.filter((it) => Math.abs(it.size - theme.sizes.footnote) < 0.01 && /^\d+\s*$/.test(it.str)).sort((a, b) => b.y - a.y).map((l) => Number(l.str));
      // Markers by their text (superscript numbers), in the order they are set on the page.
      const marked = page.items.filter((it) => sup.some((size) => Math.abs(it.size - size) < 0.01)).flatMap((it) => it.str.split(',').map((n) => n.trim()).filter(Boolean)).map(Number);
      const firsts = marked.filter((n, k) => marked.indexOf(n) === k);
      expect(firsts, `markers on page ${i + 1}`).toEqual(firsts.map((_, k) => k + 1));
      expect(labels, `notes at the foot of page ${i + 1}`).toEqual(firsts);
      const links = page.links.filter((l) => l.dest && ids.has(l.dest.replace(/-p\d+$/, '')));
      expect(links.length, `marker links on page ${i + 1}`).toBeGreaterThanOrEqual(firsts.length);
      for (const m of links) {
        expect(await destPage(read.pdf, m.dest!), `marker ${m.dest} on page ${i + 1}`).toBe(i);
        const id = ids.get(m.dest!.replace(/-p\d+$/, ''))!;
        referencing.set(id, (referencing.get(id) ?? 0) + 1);
      }
      // Each copy's number links back to a marker on the same page.
      const back = page.links.filter((l) => l.dest && /-ref(-p\d+)?$/.test(l.dest));
      expect(back.length, `back links on page ${i + 1}`).toBe(labels.length);
      for (const l of back) expect(await destPage(read.pdf, l.dest!)).toBe(i);
    }
    // The fixture references some note on several pages: the check covers repeated copies.
    expect(Math.max(...referencing.values())).toBeGreaterThan(1);
  });

  it('heads the continuation of a long note "(cont. from p. N)", unnumbered (numbers belong to a page\'s markers)', () => {
    const markerPage = read.pages.findIndex((p) => p.links.some((l) => l.dest === LONG_NOTE));
    const next = read.pages[markerPage + 1];
    const label = next.items.find((it) => it.str.replace(/\s+/g, ' ').trim() === `(cont. from p. ${markerPage + 1})`);
    expect(label).toBeDefined();
    // Above the continued text.
    const rest = next.items.filter((it) => it.str.startsWith('Note paragraph'));
    expect(Math.min(...rest.map((r) => label!.y - r.y))).toBeGreaterThan(0);
  });

  it('continues a note too long for one page on the next page(s)', () => {
    const markerPage = read.pages.findIndex((p) => p.links.some((l) => l.dest === LONG_NOTE));
    // Located by their opening words: a paragraph of the note may itself break across pages.
    const pages = Array.from({ length: 40 }, (_, i) => pageOfText(longNoteParagraph(i).split(':')[0] + ':'));
    expect(pages[0]).toBe(markerPage);
    expect(pages[39]).toBeGreaterThan(markerPage);
    // In order, without gaps, never further than needed.
    for (let i = 1; i < pages.length; i++) expect(pages[i] - pages[i - 1]).toBeGreaterThanOrEqual(0);
    expect(pages[39] - markerPage).toBeLessThanOrEqual(2);
  });
});

describe('PDF tables', () => {
  it('repeats the header row on every page the figures table continues on', () => {
    const rowPages = read.pages.map((p, i) => ({ p, i })).filter(({ p }) => p.items.some((it) => /^figure \d+/.test(it.str)));
    expect(rowPages.length).toBeGreaterThanOrEqual(2);
    for (const { p, i } of rowPages) {
      const header = p.items.find((it) => it.str.startsWith('Agreement'));
      expect(header, `header on page ${i + 1}`).toBeDefined();
      const rows = p.items.filter((it) => /^figure \d+/.test(it.str));
      expect(Math.min(...rows.map((r) => header!.y - r.y)), `header above rows on page ${i + 1}`).toBeGreaterThan(0);
    }
    // No row is lost or doubled.
    const labels = rowPages.flatMap(({ p }) => p.items.filter((it) => /^figure \d+/.test(it.str)).map((it) => it.str.trim()));
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.length + 1).toBe(doc.sections.find((s) => s.kind === 'figures')!.blocks.filter((b) => b.type === 'table').flatMap((b) => (b as Extract<Block, { type: 'table' }>).rows).length);
  });
});

describe('PDF file checks', () => {
  const file = (name: string, data: Uint8Array) => {
    const f = join(tmp, name);
    writeFileSync(f, data);
    return f;
  };

  it('passes qpdf --check', () => {
    if (!hasTool('qpdf')) return;
    const r = run('qpdf', ['--check', file('a4.pdf', bytes)]);
    expect(r.out).toMatch(/No syntax or stream encoding errors/);
    expect(r.status).toBe(0);
  });

  it('embeds and subsets every font, none of them standard-14', () => {
    if (!hasTool('pdffonts')) return;
    const rows = run('pdffonts', [file('fonts.pdf', bytes)]).out.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row).toMatch(/\+Noto|\+DejaVu/);
      expect(row).toMatch(/\byes\s+yes\s+yes\b/);
    }
    expect(rows.join('\n')).not.toMatch(/Helvetica|Times|Courier/);
  });

  it('is tagged, titled and has the asked paper size (A4 and letter)', () => {
    if (!hasTool('pdfinfo')) return;
    const a4 = run('pdfinfo', [file('info-a4.pdf', bytes)]).out;
    expect(a4).toMatch(/Tagged:\s+yes/);
    expect(a4).toMatch(/Page size:\s+595(\.\d+)? x 841\.89 pts \(A4\)/);
    expect(a4).toMatch(new RegExp(`Title:\\s+${doc.meta.title}`));
    expect(a4).toMatch(new RegExp(`Author:\\s+${doc.meta.author}`));
    expect(a4).toMatch(/CreationDate:.*2021/);
    const us = run('pdfinfo', [file('info-letter.pdf', letter)]).out;
    expect(us).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('declares language, window title and a structure tree with headings, notes, tables and links; furniture as artifacts', () => {
    if (!hasTool('qpdf')) return;
    const plain = join(tmp, 'plain.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', file('s.pdf', bytes), plain]);
    const text = readFileSync(plain, 'latin1');
    expect(text).toContain('/Lang (en)');
    expect(text).toMatch(/\/DisplayDocTitle true/);
    expect(text).toContain('/Type /StructTreeRoot');
    for (const tag of ['H1', 'H2', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD', 'Note', 'Link', 'TOC', 'TOCI']) expect(text, tag).toMatch(new RegExp(`/S /${tag}\\b`));
    expect(text).toMatch(/\/Artifact <<[^>]*\/Type \/Pagination/);
    expect(text).toMatch(/\/StructParent \d+/);
  });
});

describe('PDF metadata', () => {
  it('carries title, author, subject and keywords, also when they hold XML special characters', async () => {
    const info = (await read.pdf.getMetadata()).info as Record<string, string>;
    expect(info.Title).toBe(doc.meta.title);
    expect(info.Author).toBe(doc.meta.author);
    expect(info.Subject).toBe(doc.meta.description);
    expect(info.Keywords).toBe(doc.meta.keywords.join(', '));
    const tricky = { ...doc, meta: { ...doc.meta, title: 'Floods & landslides <draft>', author: 'Desk A&B' } };
    const meta = await (await readPdf(await renderPdf(tricky, theme, { paper: 'A4', creationDate: created }))).pdf.getMetadata();
    expect((meta.info as Record<string, string>).Title).toBe('Floods & landslides <draft>');
    // The XMP packet parses and says the same.
    expect(meta.metadata?.get('dc:title')).toBe('Floods & landslides <draft>');
    expect(meta.metadata?.get('dc:creator')).toEqual(['Desk A&B']);
  });
});

describe('PDF reproducibility', () => {
  it('gives byte-identical output for the same input and date, and a different one for another date', async () => {
    const again = await renderPdf(doc, theme, { paper: 'A4', creationDate: created });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const later = await renderPdf(doc, theme, { paper: 'A4', creationDate: new Date(created.getTime() + 86_400_000) });
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(false);
  });
});
