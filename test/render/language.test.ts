// A source in another language than the dossier's is tagged with it (PDF /Lang on its structure
// elements, EPUB lang/xml:lang) and hyphenated with its own patterns, never English ones.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/pipeline.js';
import { createHyphenator } from '../../src/render/pdf/hyphenate.js';
import { openEpub } from './epub/helpers.js';
import { bboxWords, hasTool, readPdf } from './pdf/helpers.js';

const GERMAN = 'Die Bundesregierung verurteilte die Gewaltanwendung gegen Demonstrierende und forderte eine unabhängige Untersuchung der Geschehnisse. '
  + 'Nach Angaben der Behörden wurden mindestens zwölf Menschen verletzt, darunter mehrere Sicherheitskräfte. ';
let dir: string;
let pdf: Uint8Array;
let epub: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-lang-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', '01-en.md'), '---\ntitle: Protests in the capital\noutlet: Wire\ndate: 2024-01-02\nlanguage: en\n---\n\nAt least twelve people were injured, officials said.\n');
  writeFileSync(join(dir, 'articles', '02-de.md'), `---\ntitle: Proteste in der Hauptstadt\noutlet: Zeitung\ndate: 2024-01-02\nlanguage: de\n---\n\n${GERMAN.repeat(6)}\n\n${GERMAN.repeat(4)}\n`);
  const r = await buildDossier({ contentDir: dir, formats: ['pdf', 'epub'], now: new Date(Date.UTC(2024, 0, 3)) });
  pdf = r.outputs.find((o) => o.format === 'pdf')!.bytes;
  epub = r.outputs.find((o) => o.format === 'epub')!.bytes;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Node { role?: string; lang?: string; type?: string; children?: Node[] }
const collect = (n: Node, out: Node[] = []): Node[] => { out.push(n); (n.children ?? []).forEach((c) => collect(c, out)); return out; };

describe('per-source language', () => {
  it('tags the German source paragraphs /Lang de in the PDF structure tree, and the English ones not', async () => {
    const read = await readPdf(pdf);
    const nodes: Node[] = [];
    for (let i = 1; i <= read.pdf.numPages; i++) collect(((await (await read.pdf.getPage(i)).getStructTree()) ?? {}) as Node, nodes);
    expect(nodes.filter((n) => n.role === 'P' && n.lang === 'de').length).toBeGreaterThanOrEqual(2);
    expect(nodes.filter((n) => /^H\d$/.test(n.role ?? '') && n.lang === 'de').length).toBeGreaterThanOrEqual(1);
    expect(nodes.filter((n) => n.lang && n.lang !== 'de')).toHaveLength(0);
  });

  it('hyphenates the German source text with German patterns', async () => {
    if (!hasTool('pdftotext')) return;
    const file = join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    const german = createHyphenator('de');
    const english = createHyphenator('en');
    // The source's own pages, from its bookmark on (a summary line quoting it is in the dossier's
    // language: the model does not carry a quotation's language).
    const { pdf: doc } = await readPdf(pdf);
    type Item = { title: string; dest: unknown; items: Item[] };
    const find = (items: Item[]): Item | undefined => items.map((i) => (i.title.includes('Hauptstadt') ? i : find(i.items))).find(Boolean);
    const mark = find(((await doc.getOutline()) ?? []) as Item[])!;
    const dest = (typeof mark.dest === 'string' ? await doc.getDestination(mark.dest) : mark.dest) as [Parameters<typeof doc.getPageIndex>[0], unknown, unknown, number];
    const first = await doc.getPageIndex(dest[0]);
    const height = (await doc.getPage(first + 1)).view[3];
    const words = bboxWords(file).slice(first).flatMap((ws, i) => (i === 0 ? ws.filter((w) => w.y > height - dest[3]) : ws));
    const breaks = words.flatMap((w, i) => (/\p{L}\u00ad$/u.test(w.text) && words[i + 1] ? [[w.text.slice(0, -1), words[i + 1].text.replace(/[,.;:]$/, '')]] : []))
      .filter(([a, b]) => GERMAN.includes(a + b));
    expect(breaks.length).toBeGreaterThan(0);
    const points = (h: typeof german, word: string) => h(word).reduce<number[]>((acc, part) => [...acc, (acc[acc.length - 1] ?? 0) + part.length], []);
    for (const [a, b] of breaks) expect(points(german, a + b), `${a}-${b}`).toContain(a.length);
    // And at least one break English patterns would not have made: the German ones were used.
    expect(breaks.some(([a, b]) => !points(english, a + b).includes(a.length))).toBe(true);
  });

  it('marks the German source chapter lang and xml:lang in the EPUB', async () => {
    const files = await openEpub(epub);
    const chapters = await Promise.all(files.names.filter((n) => n.endsWith('.xhtml')).map((n) => files.text(n)));
    const de = chapters.find((c) => c.includes('Bundesregierung') && c.includes('source-paragraph'))!;
    expect(de).toMatch(/<p [^>]*class="source-paragraph"[^>]*lang="de"[^>]*xml:lang="de"|<p [^>]*lang="de"[^>]*xml:lang="de"[^>]*class="source-paragraph"/);
    const en = chapters.find((c) => c.includes('twelve people were injured'))!;
    expect(en).not.toMatch(/lang="de"/);
  });
});
