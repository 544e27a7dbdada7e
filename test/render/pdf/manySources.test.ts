// Many short reports, read back from built PDFs of invented one- and two-paragraph reports of
// different lengths: a source's title and its facts (Source, Outlet, …) never end a page without its
// first paragraph (the title block sat at the foot of a page and ¶1 opened the next); the cover counts
// only the outlets it knows (reports without one read "9 reports from 0 outlets").
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../../../src/pipeline.js';
import { readPdf } from './helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const SENTENCE = 'The council of Eastmoor voted on Tuesday to close the old river bridge to heavy traffic after inspectors found cracks in two of its piers.';

function writeCorpus(outlets: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-many-sources-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (let i = 1; i <= 36; i++) {
    // Titles of one to three lines and bodies of one to four sentences: title blocks fall at every height of a page.
    const title = `Eastmoor council closes river bridge${' to heavy lorries after an inspection found cracks'.repeat(i % 3)} (${i})`;
    const body = Array.from({ length: 1 + (i % 4) }, () => SENTENCE).join(' ');
    const second = i % 5 === 0 ? `\n\n${SENTENCE}` : '';
    const outlet = outlets ? `outlet: Eastmoor Post ${i}\n` : '';
    writeFileSync(join(dir, 'articles', `${String(i).padStart(2, '0')}-report.md`), `---\ntitle: "${title}"\n${outlet}---\n\n${body}${second}\n`);
  }
  return dir;
}

async function pdfPages(dir: string) {
  const result = await buildDossier({ contentDir: dir, formats: ['pdf'], now: new Date(Date.UTC(2024, 0, 1)) });
  return (await readPdf(result.outputs[0].bytes)).pages;
}

describe('a source’s first paragraph', () => {
  it('shares a page with the source’s title and facts', async () => {
    const pages = await pdfPages(writeCorpus(true));
    expect(pages[0].text.replace(/\s+/g, ' ')).toContain('36 reports from 36 outlets, S1–S36');
    let sources = 0;
    pages.forEach((p, i) => {
      // The facts list labels each source "Source"; its first paragraph carries the margin label "¶1".
      const facts = p.items.filter((it) => it.str.trim() === 'Source').length;
      const firsts = p.items.filter((it) => /^¶1\s*$/.test(it.str.trim())).length;
      sources += facts;
      expect(firsts, `page ${i + 1}: ${facts} source fact lists, ${firsts} first paragraphs`).toBeGreaterThanOrEqual(facts);
    });
    expect(sources).toBe(36);
  }, 60_000);
});

describe('the cover', () => {
  it('does not count reports without an outlet as "0 outlets"', async () => {
    const cover = (await pdfPages(writeCorpus(false)))[0].text.replace(/\s+/g, ' ');
    expect(cover).not.toMatch(/\b0 outlets/);
    expect(cover).toContain('36 reports, S1–S36');
  }, 60_000);
});
