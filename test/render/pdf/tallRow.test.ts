// PDF tables read back: a row taller than a page (a figure reported by hundreds of sources) is split
// across pages inside the margins — every value printed once, the header and the row's label repeated.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, DossierDocument, Inline } from '../../../src/model/document.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { pageGeometry } from '../../../src/render/pdf/page.js';
import { loadTheme } from '../../../src/style/theme.js';
import { sampleDocument } from '../../fixtures/sampleDocument.js';
import { type ReadPdf, readPdf } from './helpers.js';

const theme = loadTheme();
const VALUES = 160;
const value = (i: number) => `Outlet ${i + 1} reports ${1000 + i} households evacuated.`;
let doc: DossierDocument;
let read: ReadPdf;

beforeAll(async () => {
  doc = sampleDocument(4);
  const table = doc.sections.find((s) => s.kind === 'figures')!.blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table')!;
  const cells: Inline[] = Array.from({ length: VALUES }, (_, i): Inline[] => [{ type: 'text', text: value(i) }, { type: 'lineBreak' }]).flat();
  table.rows = [table.rows[0], [{ content: [{ type: 'text', text: 'households evacuated' }], header: true }, { content: cells }, { content: [{ type: 'text', text: '≠ conflict' }] }], table.rows[1]];
  read = await readPdf(await renderPdf(doc, theme, { paper: 'A4', creationDate: new Date(Date.UTC(2021, 0, 1)) }));
});

describe('PDF table row taller than a page', () => {
  it('prints every value once, within the text block of its page', () => {
    const geo = pageGeometry(theme, 'A4');
    const seen = new Map<string, number>();
    read.pages.forEach((p, i) => {
      for (const it of p.items) {
        const m = /Outlet (\d+) reports/.exec(it.str);
        if (!m) continue;
        seen.set(m[1], (seen.get(m[1]) ?? 0) + 1);
        // Baseline above the bottom margin (pdfjs y runs up from the page foot).
        expect(p.height - it.y, `page ${i + 1}: ${it.str}`).toBeLessThanOrEqual(geo.bottom + 0.5);
      }
    });
    expect(seen.size).toBe(VALUES);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });

  it('repeats the column header and the row label on each page the row continues on', () => {
    const pages = read.pages.filter((p) => p.items.some((it) => /Outlet \d+ reports/.test(it.str)));
    expect(pages.length).toBeGreaterThan(1);
    const header = doc.sections.find((s) => s.kind === 'figures')!.blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table')!.header[0];
    const headerText = header.content.map((c) => ('text' in c ? c.text : '')).join('');
    for (const p of pages) {
      expect(p.text).toContain(headerText);
      expect(p.text).toContain('households evacuated');
    }
  });
});
