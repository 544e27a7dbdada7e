// End to end on the default corpus: content/ → analysis → model → PDF and EPUB, each read back, not trusted.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read.js';
import { type BuildResult, buildDossier } from '../../src/pipeline.js';
import { loadTheme } from '../../src/style/theme.js';
import { elements, openEpub, text as xmlText } from '../render/epub/helpers.js';

const CONTENT = join(__dirname, '..', '..', 'content');
const EPUBCHECK = '/usr/share/java/epubcheck.jar';
const FOOTNOTE_SIZE = loadTheme().sizes.footnote;

let result: BuildResult;
let pdfPages: string[];
let tmp: string;
type PdfDoc = Awaited<ReturnType<typeof getDocument>['promise']>;
let pdf: PdfDoc;

/** Text of a page with line-end hyphenation and all white space removed, for robust containment checks. */
const squash = (s: string) => s.replace(/\u00ad/g, '').replace(/-\s+/g, '-').replace(/\s+/g, '');

beforeAll(async () => {
  result = await buildDossier({ contentDir: CONTENT, formats: ['pdf', 'epub'], now: new Date(Date.UTC(2022, 0, 11)) });
  tmp = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  const bytes = result.outputs.find((o) => o.format === 'pdf')!.bytes;
  pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  pdfPages = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    // Running heads and footers are tagged as artifacts, and footnotes are set at the note size:
    // leave both out, so a paragraph that continues on the next page reads on without the page
    // furniture or the page's notes in between.
    const content = await page.getTextContent({ includeMarkedContent: true });
    let depth = 0;
    let artifactDepth = -1;
    let text = '';
    for (const it of content.items) {
      if ('type' in it && it.type === 'beginMarkedContent' || 'type' in it && it.type === 'beginMarkedContentProps') {
        depth++;
        if (artifactDepth < 0 && 'tag' in it && it.tag === 'Artifact') artifactDepth = depth;
      } else if ('type' in it && it.type === 'endMarkedContent') {
        if (depth === artifactDepth) artifactDepth = -1;
        depth--;
      } else if ('str' in it && artifactDepth < 0 && Math.abs(Math.hypot(it.transform[0], it.transform[1]) - FOOTNOTE_SIZE) > 0.01) {
        text += it.str + (it.hasEOL ? '\n' : '');
      }
    }
    pdfPages.push(text);
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the seed dossier as PDF', () => {
  it('holds every source title and every paragraph of every source', () => {
    const all = squash(pdfPages.join(''));
    const { articles } = readContent(CONTENT);
    expect(articles).toHaveLength(5);
    for (const a of articles) {
      expect(all, a.meta.title).toContain(squash(a.meta.title));
      for (const p of a.paragraphs) expect(all, `${a.id} ¶${p.n}`).toContain(squash(p.text));
    }
  });

  it('has an outline whose entries match the table of contents page numbers', async () => {
    const outline = await pdf.getOutline();
    expect(outline?.length ?? 0).toBeGreaterThanOrEqual(result.document.sections.length);
    const tocPage = pdfPages.findIndex((t) => /Contents/.test(t));
    expect(tocPage).toBeGreaterThan(-1);
    const tocLines = pdfPages[tocPage].split('\n').map((l) => l.trim()).filter(Boolean);
    for (const item of outline!) {
      const dest = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest;
      expect(dest, item.title).toBeTruthy();
      const pageIndex = await pdf.getPageIndex(dest![0] as Parameters<PdfDoc['getPageIndex']>[0]);
      // the section's title is on the page the outline points at …
      expect(squash(pdfPages[pageIndex]), item.title).toContain(squash(item.title));
      // … and the table of contents gives that page's number (the contents do not list themselves)
      if (item.title === 'Contents') {
        expect(pageIndex).toBe(tocPage);
        continue;
      }
      const line = tocLines.find((l) => squash(l).startsWith(squash(item.title)));
      expect(line, `TOC line for ${item.title}`).toBeTruthy();
      expect(Number(line!.match(/(\d+)\s*$/)?.[1]), item.title).toBe(pageIndex + 1);
    }
  });
});

describe('the seed dossier as EPUB', () => {
  it('lists every section and source in the nav, and each source chapter holds its paragraphs', async () => {
    const epub = await openEpub(result.outputs.find((o) => o.format === 'epub')!.bytes);
    const navName = epub.names.find((n) => /nav\.xhtml$/.test(n) || /toc\.xhtml$/.test(n))!;
    const nav = await epub.xml(navName);
    const navText = xmlText(nav.documentElement!);
    for (const s of result.document.sections) expect(navText).toContain(s.title);
    const { articles } = readContent(CONTENT);
    const chapters = await Promise.all(epub.names.filter((n) => n.endsWith('.xhtml')).map(async (n) => ({ n, doc: await epub.xml(n) })));
    for (const a of articles) {
      expect(navText).toContain(a.meta.title);
      const chapter = chapters.find((c) => elements(c.doc, 'h1').concat(elements(c.doc, 'h2')).some((h) => xmlText(h).includes(a.meta.title)));
      expect(chapter, a.meta.title).toBeTruthy();
      const body = xmlText(chapter!.doc.documentElement!).replace(/\s+/g, ' ');
      for (const p of a.paragraphs) expect(body, `${a.id} ¶${p.n}`).toContain(p.text.replace(/\s+/g, ' '));
    }
  });

  it('passes epubcheck with no errors', () => {
    if (!existsSync(EPUBCHECK)) {
      if (process.env.CI) throw new Error('epubcheck is required in CI (apt-get install epubcheck)');
      console.warn(`SKIPPED: epubcheck not installed at ${EPUBCHECK}`);
      return;
    }
    const file = join(tmp, 'dossier.epub');
    writeFileSync(file, result.outputs.find((o) => o.format === 'epub')!.bytes);
    let out = '';
    try {
      out = execFileSync('java', ['-jar', EPUBCHECK, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      throw new Error(`epubcheck failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
    }
    expect(out).toMatch(/No errors or warnings detected|Messages: 0 fatals \/ 0 errors/);
  });
});
