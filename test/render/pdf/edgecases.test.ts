// The PDF writer on awkward input (invented): nested lists, an empty table, overlong words, hard line
// breaks, external links, code, a note referenced from a table and a quote, a missing note, odd scripts.
import { describe, expect, it } from 'vitest';
import type { DossierDocument, Inline } from '../../../src/model/document.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { loadTheme } from '../../../src/style/theme.js';
import { destPage, hasTool, readPdf, run, squash } from './helpers.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { termsFor } from '../../../src/model/terms.js';

const t = (text: string): Inline => ({ type: 'text', text });

function awkward(): DossierDocument {
  return {
    meta: {
      title: 'Storm over the Coastal Plain', author: 'Test Desk', date: 'not a date', dateLabel: 'not a date', language: 'de',
      handling: 'Restricted', identifier: 'urn:test', description: 'Edge cases.', keywords: [],
    },
    cover: { sources: [{ sourceId: 'S1', title: 'Sturm — Шторм — Καταιγίδα' }] },
    terms: termsFor('de'),
    sections: [
      { kind: 'summary', anchor: 'sec-summary', title: 'Summary', children: [], blocks: [
        { type: 'heading', level: 1, content: [t('A heading inside a section')], anchor: 'h-inner' },
        { type: 'list', ordered: true, items: [
          [{ type: 'paragraph', content: [t('Outer item with a '), { type: 'link', href: 'https://example.org/report', children: [t('web link')] }, t(' and '), { type: 'code', text: 'code()' }] },
            { type: 'list', ordered: false, items: [[{ type: 'paragraph', content: [t('Inner item'), { type: 'lineBreak' }, t('after a hard break.')] }]] }],
          [{ type: 'paragraph', content: [t('Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetriebsgenehmigungsverfahrensordnungsparagraph ends here.')] }],
        ] },
        { type: 'paragraph', style: 'lead', content: [t('A lead paragraph with a missing note'), { type: 'noteRef', noteId: 'fn-missing' }, t(' and a present one'), { type: 'noteRef', noteId: 'fn-a' }, t('.')] },
        { type: 'paragraph', style: 'small', content: [{ type: 'internalLink', target: 'h-inner', children: [t('Back to the inner heading')] }, t(' ≠ → ∑.')] },
        { type: 'blockquote', children: [{ type: 'paragraph', content: [t('„Quoted“ with a note'), { type: 'noteRef', noteId: 'fn-a' }] }] },
        { type: 'rule' },
        { type: 'table', header: [{ content: [t('Empty')] }, { content: [t('Table')], align: 'right' }], rows: [] },
        { type: 'table', caption: [t('One row')], header: [{ content: [t('A')] }, { content: [t('B')], align: 'center' }], rows: [[{ content: [t('x'), { type: 'noteRef', noteId: 'fn-b' }] }, { content: [t('y')] }]] },
        { type: 'profile', anchor: 'actor-X', title: [t('Nobody')], children: [] },
      ] },
    ],
    footnotes: {
      'fn-a': { id: 'fn-a', number: 1, anchor: 'fn-a', kind: 'note', content: [{ type: 'paragraph', content: [t('First note.')] }] },
      'fn-b': { id: 'fn-b', number: 2, anchor: 'fn-b', kind: 'note', content: [
        { type: 'list', ordered: false, items: [[{ type: 'paragraph', content: [t('A list in a note.')] }]] }] },
    },
  };
}

describe('PDF writer on awkward input', () => {
  it('renders a valid PDF that holds every piece of text and resolves every link', async () => {
    const doc = awkward();
    const bytes = await renderPdf(doc, loadTheme(), { paper: 'A4', creationDate: new Date(0) });
    const read = await readPdf(bytes);
    const all = squash(read.pages.map((p) => p.text).join(''));
    for (const s of ['A heading inside a section', 'web link', 'code()', 'after a hard break.', 'ends here.', 'Back to the inner heading', '≠ → ∑', 'Quoted', 'First note.', 'A list in a note.', 'Nobody', 'Sturm — Шторм — Καταιγίδα']) {
      expect(all, s).toContain(squash(s));
    }
    const links = read.pages.flatMap((p) => p.links);
    expect(links.some((l) => l.url === 'https://example.org/report')).toBe(true);
    for (const l of links.filter((x) => x.dest)) expect(await destPage(read.pdf, l.dest!), l.dest).toBeDefined();
    // The note referenced first from the lead paragraph is set once, on that page.
    expect(read.pages.filter((p) => p.text.includes('First note.'))).toHaveLength(1);
    if (hasTool('qpdf')) {
      const dir = mkdtempSync(join(tmpdir(), 'dossier-pdf-edge-'));
      const f = join(dir, 'edge.pdf');
      writeFileSync(f, bytes);
      expect(run('qpdf', ['--check', f]).status).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
