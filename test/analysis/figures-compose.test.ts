// Unit tests: the Key figures table and the Discrepancies section as model nodes — one row per figure,
// agreement as symbol and word, footnote markers on rows with a discrepancy, verbatim cited quotes.
import { loadTheme } from '../../src/style/theme.js';
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../src/analysis/index.js';
import { parseSettings } from '../../src/content/settings.js';
import { discrepancyNoteId } from '../../src/model/anchors.js';
import { composeDiscrepanciesSection, discrepancyFootnote } from '../../src/model/compose/discrepancies.js';
import { composeFiguresSection } from '../../src/model/compose/figures.js';
import { type Block, inlineText } from '../../src/model/document.js';
import { article, eventFixtures } from './figuresHelpers.js';
import { EN } from '../../src/model/lang/en.js';

const articles = eventFixtures();
const analysis = analyzeArticles(articles);
const ctx = { settings: parseSettings(null, 'dossier.yml'), articles, analysis, theme: loadTheme() };

describe('Key figures section', () => {
  const section = composeFiguresSection(ctx)!;
  const tables = section.blocks.filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');

  it('has one figures table row per figure, background apart', () => {
    expect(tables.every((t) => t.kind === 'figures')).toBe(true);
    expect(tables.reduce((n, t) => n + t.rows.length, 0)).toBe(analysis.figures.length);
    expect(tables).toHaveLength(analysis.figures.some((f) => f.background) ? 2 : 1);
  });

  it('says agreement in words and symbols, and marks rows with a discrepancy', () => {
    const rows = tables[0].rows;
    const conflicting = analysis.figures.filter((f) => !f.background && f.agreement === 'conflicting');
    expect(conflicting.length).toBeGreaterThan(0);
    for (const f of conflicting) {
      const row = rows.find((r) => inlineText(r[0].content).toLowerCase() === f.label)!;
      expect(inlineText(row[2].content)).toMatch(/≠ conflict/);
      expect(row[2].content).toContainEqual({ type: 'noteRef', noteId: discrepancyNoteId(f.discrepancy!) });
    }
    expect(rows.some((r) => /one source/.test(inlineText(r[2].content)))).toBe(true);
  });

  it('does not say only "agree" for a figure with a discrepancy of its own', () => {
    const own = [
      article('S1', ['The convoy included 120 pieces of equipment.']),
      article('S2', ['The convoy included 120 vehicles and other equipment.']),
    ];
    const a = analyzeArticles(own);
    const table = composeFiguresSection({ ...ctx, articles: own, analysis: a })!.blocks.find((b) => b.type === 'table')!;
    const cell = table.type === 'table' ? inlineText(table.rows[0][2].content) : '';
    // One statement: the number is one, what it counts differs ("same number" beside "different" contradicted itself).
    expect(cell).toMatch(/^≠ one number, counts different things/);
    expect(cell).not.toMatch(/same/);
    expect(cell).not.toMatch(/agree/);
  });

  it('shows who gave a value next to it', () => {
    const own = [article('S1', ['Officials said the blaze destroyed 45 homes, according to the fire service.'])];
    const a = analyzeArticles(own);
    const table = composeFiguresSection({ ...ctx, articles: own, analysis: a })!.blocks.find((b) => b.type === 'table')!;
    expect(table.type === 'table' && inlineText(table.rows[0][1].content)).toContain('45 (the fire service)');
  });

  it('cites each value to its paragraph and quotes it verbatim', () => {
    const cell = tables[0].rows[0][1].content;
    const f = analysis.figures[0];
    expect(cell.filter((i) => i.type === 'sourceRef')).toHaveLength(f.values.length);
    for (const v of f.values) expect(inlineText(cell)).toContain(v.quote);
  });
});

describe('Discrepancies section', () => {
  it('lists every discrepancy with its footnote marker', () => {
    const section = composeDiscrepanciesSection(ctx)!;
    const list = section.blocks.find((b) => b.type === 'list')!;
    expect(list.type === 'list' && list.items.length).toBe(analysis.discrepancies.length);
    // Unnumbered, so the footnote markers are the only numbers next to each item.
    expect(list.type === 'list' && list.ordered).toBe(false);
  });

  it('quotes every side in the footnote, with an ellipsis where the quote is cut from a sentence', () => {
    const d = analysis.discrepancies[0];
    const note = discrepancyFootnote(d, articles, EN.wording);
    expect(note).toHaveLength(d.statements.length + 1);
    const texts = note.slice(1).map((b) => (b.type === 'paragraph' ? inlineText(b.content) : ''));
    d.statements.forEach((s, i) => expect(texts[i]).toContain(s.quote));
    expect(texts.some((t) => t.includes('…'))).toBe(true);
  });
});
