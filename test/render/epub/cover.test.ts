// EPUB writer: the cover image — its text fits inside the page whatever the title, and says what the alt text says.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
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

  it('is a PNG of the same bytes on every build, and its alt text carries title, date and handling line', () => {
    const { meta } = sampleDocument();
    const a = renderCoverImage(meta, theme);
    expect(Buffer.from(a.slice(1, 4)).toString()).toBe('PNG');
    expect(Buffer.from(a).equals(Buffer.from(renderCoverImage(meta, theme)))).toBe(true);
    const alt = coverAltText(meta);
    for (const part of [meta.title, meta.dateLabel, meta.handling]) expect(alt).toContain(part);
  });
});
