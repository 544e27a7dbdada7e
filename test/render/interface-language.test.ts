// A second language is a new file, not a hunt: every word the dossier adds around its content comes
// from the one table in model/lang/en.ts. Swapping that file for a stub — the English table
// pseudo-localised, every term and every worded phrase «bracketed» — must change the interface words
// in the PDF and the EPUB read back, and leave no English interface phrase behind.
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDossier } from '../../src/pipeline.js';
import { openEpub } from './epub/helpers.js';
import { readPdf } from './pdf/helpers.js';

/** Every string in a table bracketed, and every phrase a function words, so each one can be seen in the output. */
function pseudo<T>(v: T): T {
  if (typeof v === 'string') return `«${v}»` as T;
  if (typeof v === 'function') return ((...args: unknown[]) => pseudo((v as (...a: unknown[]) => unknown)(...args))) as T;
  if (Array.isArray(v)) return v.map(pseudo) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, pseudo(x)])) as T;
  return v;
}

vi.mock('../../src/model/lang/en.js', async (original) => {
  const { EN } = await original<typeof import('../../src/model/lang/en.js')>();
  return { EN: pseudo(EN) };
});

/** English interface phrases of the seed dossier, each written in the English table only. */
const ENGLISH = [
  'Executive summary', 'Key figures', 'Reported values, by source', 'quantities the sources report', 'Page 1 of', 'Contents',
  'points on which the sources disagree', 'Each note quotes every side verbatim', 'Sources disagree on', 'The sources spell this name',
  'Spellings', 'Mentions', 'Statements', 'Organisation', 'Original file', 'Outlet',
];

let pdfText = '';
let epubText = '';

beforeAll(async () => {
  const r = await buildDossier({ contentDir: join(__dirname, '../../content'), formats: ['pdf', 'epub'], now: new Date(Date.UTC(2024, 0, 3)) });
  const read = await readPdf(r.outputs.find((o) => o.format === 'pdf')!.bytes);
  pdfText = read.pages.map((p) => p.text).join(' ').replace(/\s+/g, ' ');
  const epub = await openEpub(r.outputs.find((o) => o.format === 'epub')!.bytes);
  const files = epub.names.filter((n) => /\.(xhtml|opf|ncx)$/.test(n));
  epubText = (await Promise.all(files.map((n) => epub.text(n)))).join('\n').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}, 180_000);

describe('interface words come from the one language table', () => {
  it('shows the stub table’s words in the PDF read back: section titles, contents, footer, labels, notes', () => {
    for (const w of ['«Executive summary»', '«Key figures»', '«Actors»', '«Discrepancies»', '«Sources»', '«Contents»', '«Kind»', '«Mentions»', '«Figure»', '«Agreement»']) {
      expect(pdfText).toContain(w);
    }
    expect(pdfText).toMatch(/«Page 2 of \d+»/);
    expect(pdfText).toMatch(/«Sources disagree on [^»]+»/);
    // The agreement words beside the theme's symbols are the table's too (the symbols are style).
    for (const w of ['= «agree»', '≠ «conflict»', '· «one source»']) expect(pdfText.replace(/\u00a0/g, ' ')).toContain(w);
  });

  it('shows them in the EPUB read back: chapters, navigation and guide, notes', () => {
    for (const w of ['«Executive summary»', '«Key figures»', '«Contents»', '«Guide»', '«Cover»', '«Kind»', '«Statements:»']) expect(epubText).toContain(w);
    expect(epubText).toMatch(/«The sources spell this name [^»]+»/);
  });

  it('leaves no English interface phrase outside the table', () => {
    // A phrase as words (not "tableOfContents", an EPUB accessibility property), each inside brackets.
    const count = (text: string, re: string) => (text.match(new RegExp(re, 'gu')) ?? []).length;
    const unbracketed = (text: string, phrase: string) => count(text, `(?<![\\p{L}])${phrase}`) > count(text, `«[^»]*(?<![\\p{L}])${phrase}`);
    expect(ENGLISH.filter((p) => unbracketed(pdfText, p))).toEqual([]);
    expect(ENGLISH.filter((p) => unbracketed(epubText, p))).toEqual([]);
  });
});
