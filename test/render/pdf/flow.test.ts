// Page flow rules on synthetic lines: no widows or orphans, footnotes on the page of their marker and
// continued overleaf, column widths fitted to content within weights.
import { describe, expect, it } from 'vitest';
import { Flow, type FootLine } from '../../../src/render/pdf/flow.js';
import { pageGeometry } from '../../../src/render/pdf/page.js';
import { fitColumns } from '../../../src/render/pdf/tables.js';
import type { Line, SNode } from '../../../src/render/pdf/types.js';
import { loadTheme } from '../../../src/style/theme.js';
import { termsFor } from '../../../src/model/terms.js';

const theme = loadTheme();
const geo = pageGeometry(theme, 'A4');
const H = theme.sizes.body * theme.leading;
const node: SNode = { type: 'P' };
const line = (noteIds: string[] = []): Line => ({ pieces: [], height: H, baseline: H * 0.8, noteIds, contentWidth: 0 });

/** A deterministic sequence of paragraph lengths (1–9 lines). */
function lengths(n: number, seed: number): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return 1 + (x % 9);
  });
}

describe('page flow', () => {
  it('never leaves fewer than minLinesAtBreak lines of a paragraph at a page foot or head', () => {
    const min = theme.print.minLinesAtBreak;
    for (const seed of [1, 7, 42, 99]) {
      const flow = new Flow(geo, theme, termsFor('en'));
      flow.newPage();
      const placed: { para: number; page: number }[][] = [];
      lengths(60, seed).forEach((n, p) => {
        flow.skip(theme.spacing.paragraph);
        const at: { para: number; page: number }[] = [];
        flow.placeLines(Array.from({ length: n }, () => line()), node, () => at.push({ para: p, page: flow.pageIndex }));
        placed.push(at);
      });
      flow.finish();
      expect(flow.pages.length).toBeGreaterThan(3);
      for (const at of placed) {
        const perPage = new Map<number, number>();
        at.forEach((a) => perPage.set(a.page, (perPage.get(a.page) ?? 0) + 1));
        if (perPage.size > 1) for (const count of perPage.values()) expect(count).toBeGreaterThanOrEqual(min);
      }
    }
  });

  it('keeps a note on the page of its marker, splitting a long one to the next page', () => {
    const flow = new Flow(geo, theme, termsFor('en'));
    const drawn: { page: number; lines: FootLine[] }[] = [];
    const noteLines = (id: string, n: number): FootLine[] =>
      Array.from({ length: n }, (_, i) => ({ line: { ...line(), height: theme.sizes.footnote * theme.leading }, noteId: id, first: i === 0, gapBefore: theme.print.footnoteGap }));
    flow.notes = {
      lines: new Map([['short', noteLines('short', 2)], ['long', noteLines('long', 30)]]),
      contLabel: (id) => ({ ...noteLines(id, 1)[0], first: false, cont: true }),
      draw: (f, lines) => drawn.push({ page: f.pageIndex, lines }),
    };
    flow.newPage();
    // Fill the page to a few lines from the bottom, then reference both notes.
    const capacity = Math.floor((geo.bottom - geo.top) / H);
    flow.placeLines(Array.from({ length: capacity - 8 }, () => line()), node, () => {});
    let markerPage = -1;
    flow.placeLines([line(['short']), line(['long']), line(), line()], node, (l) => {
      if (l.noteIds.includes('long')) markerPage = flow.pageIndex;
    });
    flow.finish();
    const short = drawn.find((d) => d.lines.some((l) => l.noteId === 'short'))!;
    expect(short.page).toBe(0);
    const longPages = drawn.filter((d) => d.lines.some((l) => l.noteId === 'long'));
    expect(longPages[0].page).toBe(markerPage);
    expect(longPages.length).toBeGreaterThanOrEqual(2);
    // The first lines stay with the marker, nothing is lost or repeated.
    expect(longPages[0].lines.filter((l) => l.noteId === 'long').length).toBeGreaterThanOrEqual(theme.print.footnoteMinLines);
    expect(longPages.flatMap((d) => d.lines.filter((l) => l.noteId === 'long' && !l.cont)).length).toBe(30);
    // Each continuation starts with a "(cont.)" label.
    for (const d of longPages.slice(1)) expect(d.lines[0].cont).toBe(true);
    // Every page's notes fit above the bottom margin.
    for (const d of drawn) expect(flow.footHeight(d.lines)).toBeLessThanOrEqual(geo.bottom - geo.top);
  });
});

describe('short notes', () => {
  it('keeps a note of footnoteKeepWhole lines whole, moving its marker line to the next page', () => {
    const flow = new Flow(geo, theme, termsFor('en'));
    const drawn: { page: number; lines: FootLine[] }[] = [];
    const n = theme.print.footnoteKeepWhole;
    const noteLines: FootLine[] = Array.from({ length: n }, (_, i) => ({ line: { ...line(), height: theme.sizes.footnote * theme.leading }, noteId: 'mid', first: i === 0, gapBefore: theme.print.footnoteGap }));
    flow.notes = { lines: new Map([['mid', noteLines]]), contLabel: (id) => ({ ...noteLines[0], noteId: id, first: false, cont: true }), draw: (f, lines) => drawn.push({ page: f.pageIndex, lines }) };
    flow.newPage();
    // Room for a few body lines but not for them and the whole note.
    const capacity = Math.floor((geo.bottom - geo.top) / H);
    // Two lines and the marker's line fit below these, the note under them does not.
    const noteHeight = noteLines.reduce((s, l, i) => s + l.line.height + (i ? l.gapBefore : 0), 0) + 2 * theme.print.footnoteRuleGap;
    flow.placeLines(Array.from({ length: capacity - 2 - Math.floor(noteHeight / H) }, () => line()), node, () => {});
    let markerPage = -1;
    flow.placeLines([line(), line(), line(['mid']), line(), line()], node, (l) => {
      if (l.noteIds.includes('mid')) markerPage = flow.pageIndex;
    });
    flow.finish();
    const withNote = drawn.filter((d) => d.lines.some((l) => l.noteId === 'mid'));
    expect(withNote).toHaveLength(1);
    expect(withNote[0].page).toBe(markerPage);
    expect(markerPage).toBe(1);
    expect(withNote[0].lines.filter((l) => l.noteId === 'mid')).toHaveLength(n);
  });
});

describe('table columns', () => {
  it('gives narrow columns their natural width and shares the rest by weight', () => {
    const w = fitColumns([40, 400, 400, 30], [20, 60, 60, 25], [2, 3, 3, 1], 500);
    expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(500);
    expect(w[0]).toBeCloseTo(40);
    expect(w[3]).toBeCloseTo(30);
    expect(w[1]).toBeCloseTo(w[2]);
  });

  it('never goes below a column’s longest word when room allows', () => {
    const w = fitColumns([300, 300, 300], [200, 20, 20], [1, 5, 5], 500);
    expect(w[0]).toBeGreaterThanOrEqual(200 - 1e-6);
    expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(500);
  });

  it('spreads spare room by weight when everything fits on one line', () => {
    const w = fitColumns([50, 50], [10, 10], [1, 3], 300);
    expect(w[1] - 50).toBeCloseTo(3 * (w[0] - 50));
  });
});
