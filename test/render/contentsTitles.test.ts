// Long source titles (a whole first sentence standing in for a headline) are cut at a word, with an
// ellipsis, in the contents, the EPUB navigation and the PDF bookmarks; the chapter keeps the title whole.
// Read back from built PDF (pdfjs) and EPUB (zip). Invented reports.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/pipeline.js';
import { shortTitle } from '../../src/model/compose/sources.js';
import { openEpub } from './epub/helpers.js';
import { readPdf } from './pdf/helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const LONG = 'In front of a packed hall and a live television audience, the mayor of Eastmoor announced on Thursday that the old river bridge would close to heavy traffic for a year of repairs.';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-long-titles-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', '01-a.md'), `---\ntitle: "${LONG}"\noutlet: Eastmoor Post\n---\n\n${LONG}\n\nInspectors found cracks in two piers.\n`);
  writeFileSync(join(dir, 'articles', '02-b.md'), `---\ntitle: "Eastmoor bridge to close"\noutlet: River Times\n---\n\nThe bridge will close on Monday.\n`);
  return dir;
}

describe('long source titles', () => {
  it('are cut at a word with an ellipsis, and short ones are left alone', () => {
    const cut = shortTitle(LONG)!;
    expect([...cut].length).toBeLessThanOrEqual(121);
    expect(cut.endsWith('…')).toBe(true);
    expect(LONG.startsWith(cut.slice(0, -1))).toBe(true);
    expect(LONG[cut.length - 1]).toMatch(/[\s,]/); // cut before a space or a comma, never inside a word
    expect(shortTitle('Eastmoor bridge to close')).toBeUndefined();
  });

  it('are short in the PDF contents and bookmarks, whole on the source’s first page, and short in the EPUB nav', async () => {
    const result = await buildDossier({ contentDir: corpus(), formats: ['pdf', 'epub'], now: new Date(Date.UTC(2024, 0, 1)) });
    const pdfBytes = result.outputs.find((o) => o.format === 'pdf')!.bytes;
    const pdf = await readPdf(pdfBytes);
    const cut = shortTitle(LONG)!;
    const flat = (s: string) => s.replace(/[\u00ad\s]+/g, ' ').replace(/- /g, '-');
    const contents = pdf.pages.find((p) => /Contents/.test(p.text))!;
    expect(flat(contents.text)).toContain(cut.slice(0, 60));
    expect(flat(contents.text)).not.toContain('for a year of repairs');
    expect(pdf.pages.some((p) => p !== contents && flat(p.text).includes('for a year of repairs'))).toBe(true);
    const outline = JSON.stringify(await pdf.pdf.getOutline());
    expect(outline).toContain(`S1 · ${cut}`);
    const epub = await openEpub(result.outputs.find((o) => o.format === 'epub')!.bytes);
    const nav = await epub.text(epub.names.find((n) => /nav\.xhtml$|toc\.xhtml$/.test(n))!);
    expect(nav).toContain(cut);
    expect(nav).not.toContain('for a year of repairs');
  }, 60_000);
});
