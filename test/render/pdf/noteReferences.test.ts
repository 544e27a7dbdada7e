// PDF footnotes read back: a long note is printed in full on the first page citing it; later pages
// citing it carry a short reference form naming it and linking to that page — not the whole note again.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, DossierDocument } from '../../../src/model/document.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { loadTheme } from '../../../src/style/theme.js';
import { sampleDocument } from '../../fixtures/sampleDocument.js';
import { type ReadPdf, destPage, readPdf, squash } from './helpers.js';

const theme = loadTheme();
const NOTE = 'fn-wide';
const paragraph = (i: number) => `Account ${i + 1}: the outlets gave the count of evacuated households differently on each day of the flooding.`;
let doc: DossierDocument;
let read: ReadPdf;

/** Pages (0-based) whose body text carries a marker of the note (found by its link). */
function markerPages(): number[] {
  return read.pages.flatMap((p, i) => (p.links.some((l) => l.dest === NOTE || l.dest?.startsWith(`${NOTE}-p`)) ? [i] : []));
}

beforeAll(async () => {
  doc = sampleDocument(14);
  doc.footnotes[NOTE] = {
    id: NOTE, number: 3, anchor: NOTE, kind: 'discrepancy', title: 'Number of households evacuated',
    content: Array.from({ length: theme.print.footnoteRepeatLines + 3 }, (_, i): Block => ({ type: 'paragraph', content: [{ type: 'text', text: paragraph(i) }] })),
  };
  // Cited from every third paragraph of every source: markers on many pages.
  for (const source of doc.sections.find((s) => s.kind === 'sources')!.children) {
    for (const b of source.blocks) if (b.type === 'sourceParagraph' && b.number % 3 === 1) b.content = [...b.content, { type: 'noteRef', noteId: NOTE }];
  }
  read = await readPdf(await renderPdf(doc, theme, { paper: 'A4', creationDate: new Date(Date.UTC(2021, 0, 1)) }));
});

describe('PDF note references', () => {
  it('prints the long note in full once, and a linked reference on every later page citing it', async () => {
    const pages = markerPages();
    expect(pages.length).toBeGreaterThan(3);
    const [first, ...later] = pages;
    const whole = (i: number) => squash(read.pages[i].text).includes(squash(paragraph(theme.print.footnoteRepeatLines + 2)));
    expect(whole(first)).toBe(true);
    expect(await destPage(read.pdf, NOTE)).toBe(first);
    for (const i of later) {
      expect(whole(i), `page ${i + 1} reprints the note`).toBe(false);
      expect(squash(read.pages[i].text), `page ${i + 1}`).toContain(squash(`Number of households evacuated, p. ${first + 1}.`));
      // The page number in the reference links to the full note.
      const ref = read.pages[i].links.filter((l) => l.dest === NOTE);
      expect(ref.length, `page ${i + 1} links to the full note`).toBeGreaterThan(0);
    }
  });

  it('still reprints a short note in full on every page citing it', () => {
    const short = doc.footnotes['fn-D2'];
    const text = short.content[0].type === 'paragraph' ? short.content[0].content.map((c) => ('text' in c ? c.text : '')).join('') : '';
    const citing = read.pages.flatMap((p, i) => (p.links.some((l) => l.dest === short.anchor || l.dest?.startsWith(`${short.anchor}-p`)) ? [i] : []));
    expect(citing.length).toBeGreaterThan(0);
    for (const i of citing) expect(squash(read.pages[i].text), `page ${i + 1}`).toContain(squash(text).slice(0, 30));
  });
});
