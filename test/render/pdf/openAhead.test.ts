// Fonts opened ahead (as the start-up snapshot does, src/cli/snapshot.ts) are taken by the first document
// that measures their file, and the PDF is the same byte for byte as with fonts opened as it runs.
import { describe, expect, it } from 'vitest';
import { FONT_STYLES, Fonts, openAhead } from '../../../src/render/pdf/fonts.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { fontPath, loadTheme } from '../../../src/style/theme.js';
import { sampleDocument } from '../../fixtures/sampleDocument.js';

const theme = loadTheme();
const paths = [theme.fonts.body, theme.fonts.heading].flatMap((face) => FONT_STYLES.map((style) => fontPath(face, style)));
const opts = { paper: 'A4' as const, creationDate: new Date(Date.UTC(2024, 0, 2)) };

describe('fonts opened ahead', () => {
  it('are taken once, by the first document that measures their file', () => {
    const [bodyRegular] = openAhead(paths.slice(0, 1));
    const first = new Fonts(theme);
    expect(first.measured({ face: 'body', style: 'regular' })).toBe(bodyRegular);
    expect(new Fonts(theme).measured({ face: 'body', style: 'regular' })).not.toBe(bodyRegular);
  });

  it('give the same PDF as fonts opened while it is written', async () => {
    const doc = sampleDocument(4);
    const fresh = Buffer.from(await renderPdf(doc, theme, opts));
    openAhead(paths);
    const ahead = Buffer.from(await renderPdf(doc, theme, opts));
    expect(ahead.length).toBeGreaterThan(10_000);
    expect(ahead.equals(fresh)).toBe(true);
  });
});
