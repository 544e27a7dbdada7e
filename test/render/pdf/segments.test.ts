// Intl.Segmenter is fed long text a window at a time (V8's iterator copies the whole string for every
// segment: quadratic — graphemes of 100,000 letters took 2.6 s, and spreading them in an array ran out of
// heap). Counted in code units handed to the segmenter, not timed; the segments are those of one pass.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { segmentsOf } from '../../../src/core/segments.js';
import { Fonts } from '../../../src/render/pdf/fonts.js';
import { LineBreaker } from '../../../src/render/pdf/linebreak.js';
import type { TextStyle } from '../../../src/render/pdf/types.js';
import { loadTheme } from '../../../src/style/theme.js';

afterEach(() => { vi.restoreAllMocks(); });

/** Lengths of the strings given to any Intl.Segmenter while `run` runs. */
function fed(run: () => void): number[] {
  const lengths: number[] = [];
  const real = Intl.Segmenter.prototype.segment;
  vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, s: string) {
    lengths.push(s.length);
    return real.call(this, s);
  });
  run();
  return lengths;
}

const oneByOne = (seg: Intl.Segmenter, s: string) => {
  const out: [string, number][] = [];
  for (const x of seg.segment(s)) out.push([x.segment, x.index]);
  return out;
};

describe('segmenting long text', () => {
  it.each([
    ['graphemes', 'grapheme', 'Zalgo e\u0301\u0301 👨‍👩‍👧‍👦 flag 🇺🇦 '.repeat(400)],
    ['Thai words', 'word', 'ประชาชนในกรุงเทพมหานครอพยพออกจากบ้านเรือนหลังน้ำท่วมหนักเมื่อคืนที่ผ่านมา'.repeat(200)],
    ['Japanese words', 'word', '東京で地震があり、少なくとも三十人が負傷したと当局が発表しました。'.repeat(300)],
  ] as const)('gives the segments of one pass: %s', (_name, granularity, text) => {
    const seg = new Intl.Segmenter(granularity === 'word' ? 'th' : undefined, { granularity });
    expect(text.length).toBeGreaterThan(8000);
    expect([...segmentsOf(seg, text)].map((x) => [x.segment, x.index])).toEqual(oneByOne(seg, text));
  });

  it('a 100,000-letter word cut to fit the PDF measure is segmented in windows', () => {
    const theme = loadTheme();
    const fonts = new Fonts(theme);
    const base: TextStyle = { font: { face: 'body', style: 'regular' }, size: theme.sizes.body, color: theme.colors.text };
    const word = 'x'.repeat(100_000);
    let lines: { pieces: { text: string }[] }[] = [];
    const lengths = fed(() => { lines = new LineBreaker(fonts, theme).breakRuns([{ text: word, style: base }], { width: 300, justify: true, base }); });
    expect(lines.map((l) => l.pieces.map((p) => p.text).join('')).join('')).toBe(word);
    // Before: one call over all 100,000 letters.
    expect(Math.max(...lengths)).toBeLessThanOrEqual(4096);
    expect(lengths.reduce((a, b) => a + b, 0)).toBeLessThan(1.1 * word.length);
  });
});
