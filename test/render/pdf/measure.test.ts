// Measured as painted: every piece of a broken line is as wide as pdfkit sets its text (kerning across
// syllable boundaries counted once, the part before a hyphen break set alone), and a word's syllables add
// up to the word; syllables a ligature joins are not split.
import { describe, expect, it } from 'vitest';
import { type FontRef, Fonts } from '../../../src/render/pdf/fonts.js';
import { createHyphenator } from '../../../src/render/pdf/hyphenate.js';
import { LineBreaker } from '../../../src/render/pdf/linebreak.js';
import type { TextStyle } from '../../../src/render/pdf/types.js';
import { loadTheme } from '../../../src/style/theme.js';

const theme = loadTheme();
// Measured from the font files alone: no PDF document.
const fonts = new Fonts(theme);
const breaker = new LineBreaker(fonts, theme);
const hyphenate = createHyphenator('en');
// Words whose syllable boundaries are kerned in the body face (oper-at-ing, tol-er-ate, attack-ers), and
// words with ligatures (dif-fi-cult, of-fi-cials).
const text = 'Operating theatres were tolerated by the attackers, who found it difficult to say whether the officials operating the waterworks had effectively abandoned their stations; independent observers considered the cooperation of the authorities unremarkable, whatever the inflammatory statements suggested.';
const styles: FontRef[] = [{ face: 'body', style: 'regular' }, { face: 'body', style: 'italic' }];

describe('measuring as painted', () => {
  it.each(styles)('gives every piece of a line the width pdfkit paints it with ($face $style)', (font) => {
    const base: TextStyle = { font, size: theme.sizes.body, color: theme.colors.text };
    let breaks = 0;
    for (const width of [120, 150, 190, 260]) {
      for (const line of breaker.breakRuns([{ text, style: base }], { width, justify: true, base, hyphenate })) {
        for (const p of line.pieces) {
          const painted = fonts.width(p.text.replace(/ $/u, ''), p.style.font, p.style.size);
          expect(Math.abs(p.width - painted), JSON.stringify(p.text)).toBeLessThan(0.01);
          if (p.text === '\u00ad' || p.text === '-') breaks++;
        }
      }
    }
    expect(breaks).toBeGreaterThan(2);
  });

  it('adds up syllables to their word, and keeps ligatures whole', () => {
    const font: FontRef = { face: 'body', style: 'regular' };
    for (const word of text.split(/[\s,;.]+/u).filter((w) => hyphenate(w).length > 1)) {
      const sw = fonts.syllableWidths(word, hyphenate(word), font)!;
      expect(sw.syllables.join('')).toBe(word);
      expect(Math.abs(sw.widths.reduce((a, b) => a + b, 0) - fonts.width(word, font, 1)) * 100).toBeLessThan(0.01);
    }
    // "ffi" is one glyph in the body face: no break inside it.
    expect(fonts.syllableWidths('difficult', hyphenate('difficult'), font)!.syllables.some((s) => /f$/u.test(s))).toBe(false);
  });
});
