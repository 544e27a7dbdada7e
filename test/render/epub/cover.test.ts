// EPUB writer: the cover image — its text fits inside the page whatever the title, and says what the alt text says.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { openCache } from '../../../src/core/cache.js';
import { WIDTH, coverAltText, coverSvg, renderCoverImage } from '../../../src/render/epub/cover.js';
import { fontPath, loadTheme } from '../../../src/style/theme.js';
import { sampleDocument } from '../../fixtures/sampleDocument.js';

const theme = loadTheme();
const fontFiles = [theme.fonts.heading, theme.fonts.body].flatMap((f) => (['regular', 'bold'] as const).map((s) => fontPath(f, s)));

/** Horizontal extent of the cover's text alone (the background rectangles removed). */
function textExtent(svg: string): { left: number; right: number } {
  const textOnly = svg.replace(/<rect[^>]*\/>/g, '');
  const box = new Resvg(textOnly, { font: { fontFiles, loadSystemFonts: false } }).getBBox()!;
  return { left: box.x, right: box.x + box.width };
}

describe('cover image', () => {
  it('keeps a long title, an unbreakable word and a long handling line inside the page', () => {
    const meta = {
      ...sampleDocument().meta,
      title: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabteilungsleitung und die Überschwemmungen im unteren Tal, ein sehr langer Titel mit vielen Wörtern',
      handling: 'Nur für den Dienstgebrauch — nicht weitergeben, nicht kopieren, nicht zitieren',
    };
    const svg = coverSvg(meta, theme);
    const { left, right } = textExtent(svg);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(WIDTH);
    for (const word of ['Donaudampfschifffahrtsgesellschaftskapitänsmützenabteilungsleitung', 'Wörtern', 'ZITIEREN']) expect(svg).toContain(word);
  });

  it('is a PNG of the same bytes on every build, and its alt text carries title, date and handling line', async () => {
    const { meta } = sampleDocument();
    const a = await renderCoverImage(meta, theme);
    expect(Buffer.from(a.slice(1, 4)).toString()).toBe('PNG');
    expect(Buffer.from(a).equals(Buffer.from(await renderCoverImage(meta, theme)))).toBe(true);
    const alt = coverAltText(meta);
    for (const part of [meta.title, meta.dateLabel, meta.handling]) expect(alt).toContain(part);
  });

  it('is cached by its content: a second build reads the same bytes, a changed title or a damaged entry renders anew', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
    try {
      const { meta } = sampleDocument();
      const fresh = await renderCoverImage(meta, theme, openCache('covers', 'png', null));
      const cache = openCache('covers', 'png', dir);
      expect(Buffer.from(await renderCoverImage(meta, theme, cache)).equals(Buffer.from(fresh))).toBe(true);
      const [entry] = readdirSync(join(dir, 'covers'));
      expect(readFileSync(join(dir, 'covers', entry)).equals(Buffer.from(fresh))).toBe(true);
      // An entry that is there is what the next build returns (so this checks the cache is read at all).
      const marked = Buffer.from(fresh);
      marked[marked.length - 13] ^= 1; // a byte of the last data chunk: still a whole PNG to the cache's check
      writeFileSync(join(dir, 'covers', entry), marked);
      expect(Buffer.from(await renderCoverImage(meta, theme, cache)).equals(marked)).toBe(true);
      // A damaged (truncated) entry is rendered again and replaced.
      writeFileSync(join(dir, 'covers', entry), fresh.slice(0, 1000));
      expect(Buffer.from(await renderCoverImage(meta, theme, cache)).equals(Buffer.from(fresh))).toBe(true);
      expect(readFileSync(join(dir, 'covers', entry)).equals(Buffer.from(fresh))).toBe(true);
      // Another title is another entry.
      await renderCoverImage({ ...meta, title: `${meta.title} (revised)` }, theme, cache);
      expect(readdirSync(join(dir, 'covers'))).toHaveLength(2);
      // Everything the drawing reads is in the key (the key is made before drawing): the subtitle, the
      // author, the theme's colours and sizes.
      await renderCoverImage({ ...meta, subtitle: 'Another subtitle' }, theme, cache);
      await renderCoverImage({ ...meta, author: 'Another desk' }, theme, cache);
      await renderCoverImage(meta, { ...theme, colors: { ...theme.colors, accent: '#123456' } }, cache);
      await renderCoverImage(meta, { ...theme, sizes: { ...theme.sizes, coverTitle: theme.sizes.coverTitle + 1 } }, cache);
      expect(readdirSync(join(dir, 'covers'))).toHaveLength(6);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fits a title in work linear in its length: resvg measurements per word stay bounded (counted, not timed)', () => {
    // cover.ts loads resvg with require; this is the same module object, so its measurements are counted here.
    const mod = createRequire(import.meta.url)('@resvg/resvg-js') as { Resvg: typeof Resvg };
    const Real = mod.Resvg;
    let calls = 0;
    mod.Resvg = class extends Real { constructor(...a: ConstructorParameters<typeof Resvg>) { super(...a); calls++; } };
    try {
      const count = (words: number) => {
        calls = 0;
        coverSvg({ ...sampleDocument().meta, title: Array.from({ length: words }, (_, i) => `word${i}`).join(' '), subtitle: undefined }, theme);
        return calls;
      };
      const [small, large] = [count(40), count(80)];
      // Each shrink step measures each word once or twice; the steps are bounded (type shrinks by 10 % down
      // to a quarter: ≤ 14), so twice the words is ≈ twice the measurements, never 4×.
      expect(large / small).toBeLessThan(2 * 1.3);
      expect(large / 80).toBeLessThan(2 * 15);
    } finally {
      mod.Resvg = Real;
    }
  });
});
