// Text without spaces (Chinese, Japanese, Thai, one 30,000-letter word) must be broken into lines that
// fit the page: every character is read back from the PDF. Before, most of it ran off the page and was
// cut from the file (336 Chinese characters kept ≈ 51).
import { afterAll, describe, expect, it } from 'vitest';
import { readPdf } from '../render/pdf/helpers.js';
import { unbrokenScript } from './arbitraries.js';
import { article, build, contentDir, removeContentDirs } from './harness.js';

afterAll(removeContentDirs);

/** How often each character occurs (white space ignored; NFKC as pdfjs may give compatibility forms). */
function counts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of s.normalize('NFKC').replace(/[\s\u00ad]/gu, '')) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

describe('long unbroken text in the PDF', () => {
  it.each([
    ['chinese', 336], ['japanese', 228], ['thai', 396], ['word', 30_000],
  ] as const)('%s, %i characters: every character is in the PDF, on the page', async (kind, n) => {
    const text = unbrokenScript(kind, n);
    const outcome = await build(contentDir([article(`Before ${text} after.`, 'Unbroken')]), ['pdf']);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const { pages } = await readPdf(outcome.result.outputs[0].bytes);
    const got = counts(pages.map((p) => p.items.map((i) => i.str).join('')).join(''));
    for (const [ch, k] of counts(text)) expect(got.get(ch) ?? 0, `${kind}: ${JSON.stringify(ch)}`).toBeGreaterThanOrEqual(k);
    // And drawn inside the page, not beyond its right edge.
    for (const p of pages) for (const it of p.items) expect(it.x + it.width, it.str.slice(0, 20)).toBeLessThanOrEqual(p.width);
  }, 120_000);
});
