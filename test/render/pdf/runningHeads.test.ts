// Running heads name a source by its title: a title the heading face cannot draw (Chinese) takes the
// bundled fallback face as body text does — it painted as a row of empty boxes — and one written
// without spaces is shortened between characters, with an ellipsis, to its half of the head.
import { describe, expect, it } from 'vitest';
import { Fonts } from '../../../src/render/pdf/fonts.js';
import { LineBreaker } from '../../../src/render/pdf/linebreak.js';
import { pageGeometry } from '../../../src/render/pdf/page.js';
import { addRunningHeads, truncate } from '../../../src/render/pdf/runningHeads.js';
import type { PageBox } from '../../../src/render/pdf/types.js';
import { loadTheme } from '../../../src/style/theme.js';
import { sampleDocument } from '../../fixtures/sampleDocument.js';

const theme = loadTheme();
const fonts = new Fonts(theme);
const breaker = new LineBreaker(fonts, theme);

describe('running heads', () => {
  it('draw a Chinese source title in a face that has its characters', () => {
    const title = '宇航员在太空中喝酒会怎么样 Orbit 后果很严重';
    const pages: PageBox[] = [{ ops: [], header: title, footer: true, sources: [{ id: 'S4', first: 12, last: 24 }] }];
    addRunningHeads(pages, sampleDocument(1), theme, pageGeometry(theme, 'A4'), breaker);
    const texts = pages[0].ops.filter((op) => op.op === 'text') as Extract<PageBox['ops'][number], { op: 'text' }>[];
    const han = texts.filter((t) => /\p{Script=Han}/u.test(t.text));
    expect(han.map((t) => t.text).join('').replace(/\s/g, '')).toBe('宇航员在太空中喝酒会怎么样后果很严重');
    for (const t of han) expect(t.style.font.face, t.text).not.toBe('heading');
    // the Latin word between stays in the heading face, and the pieces run left to right
    expect(texts.find((t) => /Orbit/.test(t.text))?.style.font.face).toBe('heading');
    const inTitle = texts.filter((t) => /\p{Script=Han}|Orbit/u.test(t.text));
    inTitle.forEach((t, i) => { if (i > 0) expect(t.x).toBeGreaterThan(inTitle[i - 1].x); });
  });

  it('shorten text written without spaces between characters', () => {
    const measure = (t: string) => [...t].length * 10;
    expect(truncate('宇航员在太空中喝酒会怎么样后果很严重', 60, measure)).toBe('宇航员在太…');
    expect(truncate('River floods reach the old town', 130, measure)).toBe('River floods…');
  });
});
