// Line breaking on real font metrics: justified lines fill the measure exactly, none overflows, breaks
// inside words carry a hyphen, citations stay whole, ragged text keeps natural spaces.
import { describe, expect, it } from 'vitest';
import { Fonts } from '../../../src/render/pdf/fonts.js';
import { createHyphenator } from '../../../src/render/pdf/hyphenate.js';
import { LineBreaker } from '../../../src/render/pdf/linebreak.js';
import type { Run, TextStyle } from '../../../src/render/pdf/types.js';
import { loadTheme } from '../../../src/style/theme.js';

const theme = loadTheme();
// Measured from the font files alone: no PDF document.
const fonts = new Fonts(theme);
const breaker = new LineBreaker(fonts, theme);
const base: TextStyle = { font: { face: 'body', style: 'regular' }, size: theme.sizes.body, color: theme.colors.text };
const text = 'Emergency services reported that the flooding, which began after three days of uninterrupted rainfall, had displaced thousands of residents across the northern districts, while independent monitoring organisations questioned the official casualty figures published on Tuesday evening.';
const hyphenate = createHyphenator('en');
const lineText = (l: { pieces: { text: string }[] }) => l.pieces.map((p) => p.text).join('');

describe('line breaking', () => {
  it('justifies every line but the last to the measure, without overflow', () => {
    for (const width of [180, 240, 330]) {
      const lines = breaker.breakRuns([{ text, style: base }], { width, justify: true, base, hyphenate });
      expect(lines.length).toBeGreaterThan(2);
      lines.forEach((l, i) => {
        if (i < lines.length - 1) expect(l.contentWidth).toBeCloseTo(width, 1);
        else expect(l.contentWidth).toBeLessThanOrEqual(width + 0.01);
      });
      // Every word survives, in order, once the breaks are undone.
      expect(lines.map(lineText).join('').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim()).toBe(text);
    }
  });

  it('ends a line broken inside a word with a (soft) hyphen', () => {
    const lines = breaker.breakRuns([{ text, style: base }], { width: 150, justify: true, base, hyphenate });
    const broken = lines.slice(0, -1).filter((l) => lineText(l).endsWith('\u00ad'));
    expect(broken.length).toBeGreaterThan(0);
    // Any other line ends at a space or after a dash or slash: never inside a word without a hyphen.
    for (const l of lines.slice(0, -1)) expect(lineText(l)).toMatch(/[\s\u00ad\-–—/]$/u);
  });

  it('hyphenates with at least three letters each side, never names or words with a hard hyphen', () => {
    const h = createHyphenator('en');
    expect(h('organisations').length).toBeGreaterThan(1);
    for (const word of ['security', 'organisations', 'hyphenation', 'information']) {
      const parts = h(word);
      expect(parts.join('')).toBe(word);
      expect(parts[0].length, word).toBeGreaterThanOrEqual(3);
      expect(parts[parts.length - 1].length, word).toBeGreaterThanOrEqual(3);
    }
    expect(h('Transcontinental')).toEqual(['Transcontinental']);
    expect(h('“Organisations')).toEqual(['“Organisations']);
    // A name breaks only when the line breaker asks (a paragraph with no other way to avoid a loose
    // line); an acronym or a short name never.
    expect(h('Transcontinental', true).join('')).toBe('Transcontinental');
    expect(h('Transcontinental', true).length).toBeGreaterThan(1);
    for (const word of ['UNESCO', 'Mirza', 'McAllister']) expect(h(word, true)).toEqual([word]);
    // Across many measures, a line broken inside a hyphenated compound breaks only at its hyphen.
    const compound = 'Officials described the extensive counter-intelligence operation as well-coordinated, internationally supported and counter-revolutionary, though independent observers doubted it.';
    for (let width = 120; width <= 260; width += 3) {
      const lines = breaker.breakRuns([{ text: compound, style: base }], { width, justify: true, base, hyphenate });
      for (const l of lines.slice(0, -1)) {
        const last = lineText(l).trimEnd().split(' ').pop()!;
        if (last.endsWith('\u00ad')) expect(last, `width ${width}`).not.toMatch(/-/);
      }
    }
  });

  it('avoids hyphenated lines in a row', () => {
    let pairs = 0;
    let hyphenated = 0;
    for (let width = 380; width <= 480; width += 2) {
      const lines = breaker.breakRuns([{ text: `${text} ${text}`, style: base }], { width, justify: true, base, hyphenate });
      const flags = lines.map((l) => lineText(l).endsWith('\u00ad'));
      hyphenated += flags.filter(Boolean).length;
      pairs += flags.filter((f, i) => f && flags[i - 1]).length;
    }
    expect(hyphenated).toBeGreaterThan(10);
    // Ladders are rare at the body measure: without the double-hyphen demerits about one in six
    // hyphenated lines follows another, with them one in ten (names, broken only where a paragraph has
    // no other way to avoid a space over twice its width, add a few).
    expect(pairs, `${pairs} of ${hyphenated}`).toBeLessThan(hyphenated * 0.12);
  });

  it('fits a math symbol drawn from a fallback face to the text face (x-height and bar height)', () => {
    const [l] = breaker.breakRuns([{ text: 'two values ≠ one', style: base }], { width: 400, justify: false, base });
    const sym = l.pieces.find((p) => p.text.includes('≠'))!;
    expect(sym.style.font.face).toMatch(/^fallback/);
    // The fallback face's "=" bars sit lower than the text face's: the symbol is raised, its size kept close.
    expect(sym.style.rise ?? 0).toBeGreaterThan(0);
    expect(sym.style.size / base.size).toBeGreaterThan(0.9);
    expect(sym.style.size / base.size).toBeLessThan(1.1);
    expect(l.pieces.filter((p) => p !== sym).every((p) => p.style.rise === undefined && p.style.size === base.size)).toBe(true);
  });

  it('keeps every line, the last included, within the measure when citations and markers end it', () => {
    const sup: TextStyle = { ...base, size: base.size * theme.print.superscriptScale, rise: 3 };
    const sentence = 'Relief convoys operated by the river-basin authority, which carries 1,400 volunteers and 90 boats, will soon stop, the agency said, asking for “more support” because “donors” were absent. (';
    for (let width = 300; width <= 460; width += 0.5) {
      const runs: Run[] = [
        { text: sentence, style: base },
        ...['S1\u00a0¶6', 'S2\u00a0¶12', 'S3\u00a0¶11', 'S5\u00a0¶13'].flatMap((l, i): Run[] => [
          ...(i > 0 ? [{ text: ', ', style: base }] : []), { text: l, style: base, link: { dest: l } }]),
        { text: ')', style: base }, { text: '3', style: sup, noteId: 'a' }, { text: ',', style: sup }, { text: '4', style: sup, noteId: 'b' },
      ];
      const lines = breaker.breakRuns(runs, { width, justify: true, base, hyphenate });
      for (const l of lines) {
        const last = l.pieces[l.pieces.length - 1];
        expect(last.x + last.width, `width ${width}`).toBeLessThanOrEqual(width + 0.01);
      }
    }
  });

  it('keeps a citation label on one line', () => {
    const runs: Run[] = Array.from({ length: 12 }, (_, i): Run[] => [
      { text: 'word word word ', style: base },
      { text: `S${i}\u00a0¶${i + 1}`, style: base, link: { dest: `src-S${i}-p${i + 1}` } },
      { text: ' ', style: base },
    ]).flat();
    const lines = breaker.breakRuns(runs, { width: 160, justify: true, base, hyphenate });
    // Its no-break space stretches like a word space (the label may be painted in two pieces), but a
    // line never ends inside it: each label's pieces are on one line and read "S3\u00a0¶4" there.
    for (let i = 0; i < 12; i++) {
      const dest = `src-S${i}-p${i + 1}`;
      const holding = lines.filter((l) => l.pieces.some((p) => p.link?.dest === dest));
      expect(holding, dest).toHaveLength(1);
      expect(holding[0].pieces.filter((p) => p.link?.dest === dest).map((p) => p.text).join('').trim()).toBe(`S${i}\u00a0¶${i + 1}`);
    }
  });

  it('stretches a no-break space like a word space on a justified line', () => {
    const runs: Run[] = [{ text: 'one two three four five six seven S1\u00a0¶1 S2\u00a0¶2 S3\u00a0¶3 eight nine ten eleven', style: base }];
    const lines = breaker.breakRuns(runs, { width: 200, justify: true, base, hyphenate: undefined });
    const first = lines[0];
    const gap = (i: number) => first.pieces[i].x - (first.pieces[i - 1].x + first.pieces[i - 1].width);
    const at = first.pieces.findIndex((p) => /^¶1/.test(p.text.trim()));
    expect(at).toBeGreaterThan(1);
    // the line is set away from its natural spacing, and the gap before "¶1" (a no-break space) follows
    // the word space before "two" (painted as one rigid piece, "S1 ¶1" kept its natural width)
    expect(Math.abs(gap(1) - fonts.width(' ', base.font, base.size))).toBeGreaterThan(0.1);
    expect(gap(at)).toBeCloseTo(gap(1), 1);
  });

  it('sets ragged text with natural word spaces', () => {
    const lines = breaker.breakRuns([{ text, style: base }], { width: 240, justify: false, base });
    const space = fonts.width(' ', base.font, base.size);
    for (const l of lines) {
      for (let i = 1; i < l.pieces.length; i++) {
        const gap = l.pieces[i].x - (l.pieces[i - 1].x + l.pieces[i - 1].width);
        expect(gap).toBeCloseTo(space, 3);
      }
      expect(l.contentWidth).toBeLessThanOrEqual(240);
    }
  });

  it('balances a ragged heading: same number of lines, no lone last word', () => {
    const heading: TextStyle = { font: { face: 'heading', style: 'bold' }, size: theme.sizes.coverTitle, color: theme.colors.accent };
    const runs: Run[] = [{ text: 'Floods in the Lower Valley, July 2021', style: heading }];
    const width = fonts.width('Floods in the Lower Valley, July', heading.font, heading.size) + 2;
    const plain = breaker.breakRuns(runs, { width, justify: false, base: heading });
    const even = breaker.breakRuns(runs, { width, justify: false, base: heading, balance: true });
    expect(plain.map(lineText).map((t) => t.trim())).toEqual(['Floods in the Lower Valley, July', '2021']);
    expect(even).toHaveLength(plain.length);
    const spread = (ls: typeof even) => Math.max(...ls.map((l) => l.contentWidth)) - Math.min(...ls.map((l) => l.contentWidth));
    expect(spread(even)).toBeLessThan(spread(plain) / 2);
    for (const l of even) expect(l.contentWidth).toBeLessThanOrEqual(width);
  });

  it('does not spread a line ended by a hard line break', () => {
    const runs: Run[] = [{ text: 'Short line', style: base }, { text: '', style: base, forcedBreak: true }, { text, style: base }];
    const lines = breaker.breakRuns(runs, { width: 300, justify: true, base, hyphenate });
    expect(lineText(lines[0]).trim()).toBe('Short line');
    expect(lines[0].contentWidth).toBeCloseTo(fonts.width('Short line', base.font, base.size), 3);
    expect(lines[1].contentWidth).toBeCloseTo(300, 1);
  });

  it('justifies Chinese and Japanese by spacing their characters evenly; Thai stays ragged', () => {
    const zh = '北京地震造成至少一百二十三人死亡，当局表示救援工作仍在进行中。据新华社报道，地震发生在凌晨三点左右，震中位于城市西北部山区。救援人员已经从倒塌的建筑物中救出了四十多名幸存者。';
    const ja = '東京で地震があり、少なくとも三十人が負傷したと当局が発表しました。気象庁によると、震源の深さは約十キロで、マグニチュードは六・二と推定されています。';
    for (const text of [zh, ja]) {
      for (const width of [200, 263, 331]) {
        const lines = breaker.breakRuns([{ text, style: base }], { width, justify: true, base, hyphenate });
        expect(lines.length).toBeGreaterThan(2);
        expect(lines.map(lineText).join('')).toBe(text);
        lines.forEach((l, i) => {
          // Before: each line ended where the next character did not fit, up to a character short.
          if (i < lines.length - 1) expect(l.contentWidth, `${width}: line ${i}`).toBeCloseTo(width, 1);
          else expect(l.contentWidth).toBeLessThan(width);
          const last = l.pieces[l.pieces.length - 1];
          expect(last.x + last.width).toBeLessThanOrEqual(width + 0.01);
        });
        // Ragged text, and the last line, keep their characters together.
        expect(lines[lines.length - 1].pieces.length).toBeLessThanOrEqual(2);
      }
    }
    const thai = 'กรุงเทพมหานครน้ำท่วมหนักประชาชนอพยพออกจากบ้าน'.repeat(6);
    const lines = breaker.breakRuns([{ text: thai, style: base }], { width: 200, justify: true, base, hyphenate });
    expect(lines.slice(0, -1).some((l) => l.contentWidth < 199)).toBe(true);
  });
});
