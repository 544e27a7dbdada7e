// The EPUB in a reader's dark mode: the stylesheet read back from the EPUB follows prefers-color-scheme
// (color-scheme: light dark), and every rule it colours on dark shows against a dark page (WCAG's 3:1
// for graphics); the theme's dark-blue accent (1.6:1 on black) did not.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTheme } from '../../../src/style/theme.js';
import { buildSample, openEpub } from './helpers.js';

const theme = loadTheme();
let css: string;

beforeAll(async () => {
  const epub = await openEpub(await buildSample());
  css = await epub.text(epub.names.find((n) => n.endsWith('.css'))!);
});

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** The body of the first `@media (...)` block matching `query`. */
function mediaBlock(text: string, query: RegExp): string | undefined {
  const m = query.exec(text);
  if (!m) return undefined;
  let depth = 0;
  const start = text.indexOf('{', m.index);
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(start + 1, i);
  }
  return undefined;
}

describe('EPUB colour schemes', () => {
  it('follows the reader’s light or dark preference', () => {
    expect(css).toMatch(/:root\s*\{[^}]*color-scheme:\s*light dark/);
    // Page and text colours stay the reading system's: nothing sets them.
    expect(css).not.toMatch(/(^|[\s;{])(background(-color)?|color)\s*:\s*#/m);
  });

  it('colours every accent rule so that it shows on a dark page', () => {
    const dark = mediaBlock(css, /@media\s*\(prefers-color-scheme:\s*dark\)/);
    expect(dark).toBeDefined();
    const colours = [...dark!.matchAll(/border[\w-]*-color:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]);
    expect(colours.length).toBeGreaterThanOrEqual(3);
    for (const c of colours) expect(contrast(c, '#121212'), c).toBeGreaterThanOrEqual(3);
    // Every rule drawn in the accent or conflict colour on paper is recoloured there.
    const onPaper = [...css.replace(dark!, '').matchAll(new RegExp(`([^{}]+)\\{[^}]*(?:${theme.colors.accent}|${theme.colors.conflict})`, 'gi'))].map((m) => m[1].trim());
    expect(onPaper.length).toBeGreaterThanOrEqual(3);
    for (const selector of onPaper) expect(dark, selector).toContain(selector);
    expect(contrast(theme.colors.accent, '#121212')).toBeLessThan(3);
  });
});
