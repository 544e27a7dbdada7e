// From saved pages to a dossier: `dossier ingest` on two web pages and a pasted text, then `dossier build`;
// the PDF and the EPUB are read back and must hold every ingested title and paragraph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/terminal.js';
import { readContent } from '../../src/content/read.js';
import { openEpub, text as xmlText } from '../render/epub/helpers.js';
import { PAGES, tempDir } from './htmlHelpers.js';

async function run(args: string[]): Promise<{ code: number; err: string }> {
  const io: Io & { err: string } = { err: '', isTTY: false, env: { SOURCE_DATE_EPOCH: '1700000000' }, stdout: () => {}, stderr: (s) => { io.err += s; } };
  return { code: await main(args, io), err: io.err };
}

/** White space and soft hyphens removed: line breaking and hyphenation do not matter for containment. */
const squash = (s: string) => s.replace(/\u00ad/g, '').replace(/-\s+/g, '-').replace(/\s+/g, '');

const content = tempDir();
const out = tempDir();
let pdfText = '';
let epubText = '';

beforeAll(async () => {
  const ingested = await run(['ingest', join(PAGES, 'harbour-bridge.html'), join(PAGES, 'mairie.html'), join(PAGES, 'ferry-strike.txt'), '--content', content]);
  expect(ingested.code, ingested.err).toBe(0);
  const built = await run(['build', '--content', content, '--out', out]);
  expect(built.code, built.err).toBe(0);
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(out, 'dossier.pdf'))), useSystemFonts: false }).promise;
  for (let i = 1; i <= pdf.numPages; i++) {
    const items = (await (await pdf.getPage(i)).getTextContent()).items;
    pdfText += items.map((it) => ('str' in it ? it.str : '')).join('');
  }
  const epub = await openEpub(new Uint8Array(readFileSync(join(out, 'dossier.epub'))));
  for (const name of epub.names.filter((n) => n.endsWith('.xhtml'))) {
    const root = (await epub.xml(name)).documentElement;
    if (root) epubText += xmlText(root);
  }
}, 120_000);

describe('ingested pages built into a dossier', () => {
  it('the three articles read back with their front matter', () => {
    const { articles } = readContent(content);
    expect(articles.map((a) => [a.meta.title, a.meta.outlet, a.meta.date])).toEqual([
      ['Harbour bridge closed after cracks found in main span', 'The Coastal Ledger', '2031-04-02'],
      ['La mairie ferme la piscine municipale pour travaux', 'Le Courrier du Lac', '2031-06-12'],
      ['Ferry strike halts traffic between Helsinki and Tallinn', 'Nordic Daily Post', '2023-09-12'],
    ]);
  });

  it('the PDF and the EPUB hold every title and every paragraph', () => {
    const pdf = squash(pdfText);
    const epub = squash(epubText);
    for (const a of readContent(content).articles) {
      for (const t of [a.meta.title, ...a.paragraphs.map((p) => p.text)]) {
        expect(pdf, t).toContain(squash(t));
        expect(epub, t).toContain(squash(t));
      }
    }
    expect(pdf).not.toMatch(/DOCTYPE|<\/?(?:p|div|script)\b/);
  });
});
