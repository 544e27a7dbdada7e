// Other numbers mentioned: one source's counts that are no key figure stand apart from the table, each with
// the paragraph that gives it and its own words — in the JSON analysis, the PDF and the EPUB. Read back from
// the built PDF (pdfjs) and EPUB (zip). Invented reports.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/pipeline.js';
import { analyzeArticles } from '../../src/analysis/index.js';
import { readContent } from '../../src/content/read.js';
import { openEpub } from './epub/helpers.js';
import { readPdf } from './pdf/helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-other-numbers-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', '01-a.md'), '---\ntitle: "Flood hits Eastmoor"\noutlet: Eastmoor Post\ndate: 2031-05-02\n---\n\n'
    + 'The flood killed 14 people in Eastmoor.\n\nThe town has 40 schools along the river.\n');
  writeFileSync(join(dir, 'articles', '02-b.md'), '---\ntitle: "Eastmoor flood toll rises"\noutlet: River Times\ndate: 2031-05-02\n---\n\n'
    + 'At least 14 people died in the flood.\n');
  return dir;
}

describe('other numbers mentioned', () => {
  it('are in the analysis apart from the figures, with their words and paragraph', () => {
    const { articles } = readContent(corpus());
    const analysis = analyzeArticles(articles);
    expect(analysis.figures.map((f) => f.label)).toEqual(['people killed']);
    expect(analysis.otherNumbers?.map((v) => [v.source, v.paragraph, v.value, v.quote])).toEqual([['S1', 2, 40, 'The town has 40 schools along the river']]);
  });

  it('are listed after the key-figures table in the PDF and the EPUB, never in it', async () => {
    const result = await buildDossier({ contentDir: corpus(), formats: ['pdf', 'epub'], now: new Date(Date.UTC(2031, 4, 3)) });
    const flat = (s: string) => s.replace(/[\u00ad\s]+/g, ' ');
    const pdf = await readPdf(result.outputs.find((o) => o.format === 'pdf')!.bytes);
    const page = pdf.pages.map((p) => flat(p.text)).find((t) => t.includes('Other numbers mentioned'))!;
    expect(page).toBeDefined();
    const after = page.slice(page.indexOf('Other numbers mentioned'));
    expect(after).toMatch(/40 S1 ¶2 — “The town has 40 schools along the river/);
    expect(page.indexOf('People killed')).toBeLessThan(page.indexOf('Other numbers mentioned'));
    const epub = await openEpub(result.outputs.find((o) => o.format === 'epub')!.bytes);
    const chapter = await epub.text(epub.names.find((n) => /figures/.test(n) && n.endsWith('.xhtml'))!);
    const list = chapter.slice(chapter.indexOf('Other numbers mentioned'));
    expect(list).toMatch(/<li>[\s\S]*40[\s\S]*S1 ¶2[\s\S]*The town has 40 schools along the river/);
    expect(chapter.slice(0, chapter.indexOf('Other numbers mentioned'))).not.toContain('40 schools');
  }, 60_000);
});
