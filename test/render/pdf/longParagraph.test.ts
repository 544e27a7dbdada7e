// A very long justified paragraph (a 200,000-word table cell is printed as one) is broken in work
// linear in its length: tex-linebreak's optimal breaking is quadratic on one paragraph, so it only
// ever sees a window of it. Counted in items handed to it, not timed. Before: one call over all items
// (200,000 words took 42 s and 1.1 GB).
import texLinebreak from 'tex-linebreak';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Fonts } from '../../../src/render/pdf/fonts.js';
import { createHyphenator } from '../../../src/render/pdf/hyphenate.js';
import { LineBreaker } from '../../../src/render/pdf/linebreak.js';
import { WINDOW_ITEMS } from '../../../src/render/pdf/optimalBreaks.js';
import type { TextStyle } from '../../../src/render/pdf/types.js';
import { loadTheme } from '../../../src/style/theme.js';

const seen: number[] = [];
vi.mock('tex-linebreak', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: typeof texLinebreak }).default;
  const breakLines: typeof real.breakLines = (items, ...rest) => {
    seen.push(items.length);
    return real.breakLines(items, ...rest);
  };
  return { default: { ...real, breakLines } };
});

const theme = loadTheme();
// Measured from the font files alone: no PDF document.
const fonts = new Fonts(theme);
const breaker = new LineBreaker(fonts, theme);
const base: TextStyle = { font: { face: 'body', style: 'regular' }, size: theme.sizes.body, color: theme.colors.text };
const hyphenate = createHyphenator('en');
const WORDS = 'officials said at least 1,204 people were evacuated from the northern valley while independent monitors questioned the figures'.split(' ');
const paragraph = (words: number) => Array.from({ length: words }, (_, i) => WORDS[i % WORDS.length]).join(' ');
const lineText = (l: { pieces: { text: string }[] }) => l.pieces.map((p) => p.text).join('');
const WIDTH = 330;

beforeEach(() => { seen.length = 0; });

describe('a very long justified paragraph', () => {
  it('is broken a window at a time: items handed to the optimal breaker grow linearly with the paragraph', () => {
    const work = (words: number) => {
      seen.length = 0;
      breaker.breakRuns([{ text: paragraph(words), style: base }], { width: WIDTH, justify: true, base, hyphenate });
      expect(Math.max(...seen)).toBeLessThanOrEqual(WINDOW_ITEMS + 2);
      return seen.reduce((a, b) => a + b, 0);
    };
    const small = work(10_000);
    const large = work(40_000);
    // Each item is broken at most ≈ 4/3 times (windows overlap by a quarter), however long the paragraph.
    expect(large / small).toBeLessThan(4 * 1.1);
  });

  it('keeps every word, fills every line but the last to the measure and overflows none', () => {
    const text = paragraph(6000);
    const lines = breaker.breakRuns([{ text, style: base }], { width: WIDTH, justify: true, base, hyphenate });
    expect(seen.length).toBeGreaterThan(1); // windowed
    expect(lines.map(lineText).join('').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim()).toBe(text);
    lines.forEach((l, i) => {
      if (i < lines.length - 1) expect(l.contentWidth, `line ${i}`).toBeCloseTo(WIDTH, 1);
      else expect(l.contentWidth).toBeLessThanOrEqual(WIDTH + 0.01);
    });
  });

  it('takes about as many lines as breaking it whole (the windows do not loosen it)', () => {
    const text = paragraph(3000);
    const windowed = breaker.breakRuns([{ text, style: base }], { width: WIDTH, justify: true, base, hyphenate }).length;
    // Narrow the window's view: the same text as 6 paragraphs of 500 words each is broken whole.
    const parts = Array.from({ length: 6 }, (_, k) => text.split(' ').slice(k * 500, (k + 1) * 500).join(' '));
    const whole = parts.reduce((n, p) => n + breaker.breakRuns([{ text: p, style: base }], { width: WIDTH, justify: true, base, hyphenate }).length, 0);
    // Six paragraphs end six ragged lines; one paragraph fills them — never more lines than those.
    expect(windowed).toBeLessThanOrEqual(whole);
    expect(windowed).toBeGreaterThanOrEqual(whole - 6);
  });
});
