// Compose: actor profiles and the executive summary as model blocks — citations, notes, anchors.
import { loadTheme } from '../../src/style/theme.js';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import type { Settings } from '../../src/content/types.js';
import { composeActorsSection } from '../../src/model/compose/actors.js';
import { composeSummarySection } from '../../src/model/compose/summary.js';
import { inlineText, type Block, type Inline } from '../../src/model/document.js';
import { makeArticles } from './articleFixture.js';
import { readability } from '../../src/analysis/summary/quality.js';

const articles = makeArticles(
  ['Governor Maria Schäfer said every bridge would be rebuilt.', 'Schäfer added that help was coming.'],
  ['Governor Maria Schaefer told reporters the water was falling.'],
);
const settings = { title: 't', author: 'a', language: 'en', handling: 'h', filePrefix: '', paper: 'A4' } as Settings;
const analysis: Analysis = {
  sources: [],
  figures: [],
  discrepancies: [{ id: 'D1', kind: 'name', finding: { rule: 'curated' }, about: 'spelling', note: 'n', statements: [] }],
  actors: [{
    id: 'A1', name: 'Maria Schäfer', kind: 'person', role: 'Governor', aliases: ['Schäfer', 'Maria Schaefer'],
    spelledBy: { 'Maria Schäfer': ['S1'], Schäfer: ['S1'], 'Maria Schaefer': ['S2'] },
    sources: ['S1', 'S2'], mentions: 3, discrepancy: 'D1',
    statements: [
      { source: 'S1', paragraph: 1, quote: 'Governor Maria Schäfer said every bridge would be rebuilt.', start: 0 },
      { source: 'S2', paragraph: 1, quote: 'Governor Maria Schaefer told reporters the water was falling.', start: 0 },
    ],
  }],
  summary: [{ text: 'Governor Maria Schäfer said every bridge would be rebuilt.', sources: ['S1', 'S2'], origin: { source: 'S1', paragraph: 1 }, citations: [{ source: 'S1', paragraph: 1 }, { source: 'S2', paragraph: 1 }], discrepancies: ['D1'] }],
};

const refs = (inlines: Inline[]) => inlines.filter((i) => i.type === 'sourceRef' || i.type === 'noteRef');

describe('composeActorsSection', () => {
  const section = composeActorsSection({ settings, articles, analysis, theme: loadTheme() })!;
  const profile = section.blocks[0] as Extract<Block, { type: 'profile' }>;

  it('gives each actor a profile anchored for links', () => {
    expect(section.kind).toBe('actors');
    expect(profile.anchor).toBe('actor-A1');
    expect(inlineText(profile.title)).toBe('Maria Schäfer');
    expect(inlineText(profile.subtitle!)).toBe('Governor');
  });

  it('lists each spelling with its sources and puts the name-discrepancy note on that line', () => {
    const list = profile.children[0] as Extract<Block, { type: 'definitionList' }>;
    const line = list.items.find((i) => inlineText(i.term) === 'Spellings')!.description;
    expect(inlineText(line)).toBe('Maria Schäfer (S1); Schäfer (S1); Maria Schaefer (S2)');
    expect(line[line.length - 1]).toEqual({ type: 'noteRef', noteId: 'fn-D1' });
  });

  it('quotes statements verbatim with source and ¶ links', () => {
    // Statements are a list marked by quotation marks alone (not also italic and indented).
    const quotes = profile.children.find((b) => b.type === 'list') as Extract<Block, { type: 'list' }>;
    const first = (quotes.items[0][0] as Extract<Block, { type: 'paragraph' }>).content;
    expect(inlineText(first)).toBe('“Governor Maria Schäfer said every bridge would be rebuilt.” (S1 ¶1)');
    expect(refs(first)).toEqual([{ type: 'sourceRef', sourceId: 'S1', paragraph: 1, label: 'S1 ¶1' }]);
  });
});

describe('composeActorsSection: statement choice', () => {
  it('shows a source’s plain statements before ones that lean on context, by the readability the analysis gives them', () => {
    const leaning = Array.from({ length: 7 }, (_, i) => ({ source: 'S1', paragraph: i + 1, quote: `He also said today that bridge ${i + 1} would reopen.` }));
    const plain = { source: 'S1', paragraph: 9, quote: 'Governor Maria Schäfer said every bridge would be rebuilt by May.' };
    // The analysis scores each statement (analyzeArticles); compose only sorts by the score.
    const statements = [...leaning, plain].map((s) => ({ ...s, start: 0, readability: readability(s.quote) }));
    expect(statements[7].readability).toBeGreaterThan(statements[0].readability);
    const a: Analysis = { ...analysis, actors: [{ ...analysis.actors[0], statements }] };
    const p = composeActorsSection({ settings, articles, analysis: a, theme: loadTheme() })!.blocks[0] as Extract<Block, { type: 'profile' }>;
    const quotes = p.children.find((b) => b.type === 'list') as Extract<Block, { type: 'list' }>;
    const texts = quotes.items.map(([b]) => inlineText((b as Extract<Block, { type: 'paragraph' }>).content));
    expect(texts.some((t) => t.includes('rebuilt by May'))).toBe(true);
  });
});

describe('composeSummarySection', () => {
  it('cites every supporting paragraph and adds the discrepancy note', () => {
    const section = composeSummarySection({ settings, articles, analysis, theme: loadTheme() })!;
    const list = section.blocks[0] as Extract<Block, { type: 'list' }>;
    const content = (list.items[0][0] as Extract<Block, { type: 'paragraph' }>).content;
    expect(inlineText(content)).toBe('Governor Maria Schäfer said every bridge would be rebuilt. (S1 ¶1, S2 ¶1)');
    expect(refs(content).map((r) => (r.type === 'noteRef' ? r.noteId : r.label))).toEqual(['S1 ¶1', 'S2 ¶1', 'fn-D1']);
  });

  it('is left out when there is no summary', () => {
    expect(composeSummarySection({ settings, articles, analysis: { ...analysis, summary: [] }, theme: loadTheme() })).toBeNull();
  });
});
