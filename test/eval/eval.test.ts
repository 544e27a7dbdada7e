// Evaluation test: the analysis of content/ (the ingested seeds) scored against the gold labels; fails
// below the targets for figures and discrepancies.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreDiscrepancies } from '../../eval/discrepancies.js';
import { scoreFigures } from '../../eval/figures.js';
import { goldSourceMap, loadGold } from '../../eval/gold.js';
import { analyzeArticles } from '../../src/analysis/index.js';
import { readContent } from '../../src/content/read.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('evaluation against the gold labels', () => {
  const { articles } = readContent(join(ROOT, 'content'));
  const gold = loadGold(join(ROOT, '..', 'shared', 'gold', 'seeds.yml'));
  const analysis = analyzeArticles(articles);
  const sourceMap = goldSourceMap(articles);
  const figures = scoreFigures(analysis, gold, sourceMap, articles);
  const discrepancies = scoreDiscrepancies(analysis, gold, sourceMap, articles);
  console.log([...figures.lines, ...discrepancies.lines].join('\n'));

  it('maps every gold source to an article', () => {
    expect(Object.keys(sourceMap).sort()).toEqual(['000', '001', '002', '003', '004']);
  });
  it('finds at least 8 of the 9 gold figures', () => {
    expect(figures.metrics.figuresFound).toBeGreaterThanOrEqual(8);
  });
  it('finds at least 21 of the 24 gold statements', () => {
    expect(figures.metrics.statementsFound).toBeGreaterThanOrEqual(21);
  });
  it('keeps each multi-statement gold figure in one output figure (at least 5 of 6)', () => {
    expect(figures.metrics.together).toBeGreaterThanOrEqual(5);
  });
  it('finds at least 5 of the 7 gold discrepancies', () => {
    expect(discrepancies.metrics.found).toBeGreaterThanOrEqual(5);
  });
});
