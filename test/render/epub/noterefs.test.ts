// Two note markers side by side must not read as one number.
import { describe, expect, it } from 'vitest';
import { renderEpub } from '../../../src/render/epub/index.js';
import { loadTheme } from '../../../src/style/theme.js';
import { sampleDocument } from '../../fixtures/sampleDocument.js';
import { MODIFIED, openEpub } from './helpers.js';

describe('adjacent note markers', () => {
  it('are separated by a comma', async () => {
    const doc = sampleDocument(3);
    const summary = doc.sections[0].blocks[0];
    if (summary.type !== 'list') throw new Error('fixture changed');
    const first = summary.items[0][0];
    if (first.type !== 'paragraph') throw new Error('fixture changed');
    first.content.push({ type: 'noteRef', noteId: 'fn-D2' });
    const epub = await openEpub(await renderEpub(doc, loadTheme(), { modified: MODIFIED }));
    const names = epub.names.filter((n) => n.endsWith('.xhtml'));
    const html = (await Promise.all(names.map((n) => epub.text(n)))).join('\n');
    expect(html).toMatch(/>1<\/a><\/sup><sup class="noteref-sep">,<\/sup><sup class="noteref"><a[^>]*>2<\/a>/);
  });
});
