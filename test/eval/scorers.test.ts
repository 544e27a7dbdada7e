// Unit tests: the eval scorers themselves — they must fail an analysis that misses or splits the gold,
// so that the eval test could fail.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreDiscrepancies } from '../../eval/discrepancies.js';
import { scoreFigures } from '../../eval/figures.js';
import { goldSourceMap, loadGold } from '../../eval/gold.js';
import { analyzeArticles } from '../../src/analysis/index.js';
import type { Analysis } from '../../src/analysis/types.js';
import { readContent } from '../../src/content/read.js';

const ROOT = join(import.meta.dirname, '..', '..');
const { articles } = readContent(join(ROOT, 'content'));
const gold = loadGold(join(ROOT, '..', 'shared', 'gold', 'seeds.yml'));
const sourceMap = goldSourceMap(articles);
const analysis = analyzeArticles(articles);

describe('eval scorers', () => {
  it('fail an analysis with no figures and no discrepancies', () => {
    const empty: Analysis = { ...analysis, figures: [], discrepancies: [] };
    expect(scoreFigures(empty, gold, sourceMap, articles).passed).toBe(false);
    expect(scoreDiscrepancies(empty, gold, sourceMap, articles).metrics.found).toBe(0);
  });

  it('count a figure split over several output figures as not together', () => {
    const split: Analysis = {
      ...analysis,
      figures: analysis.figures.flatMap((f) => f.values.map((v, i) => ({ ...f, id: `${f.id}.${i}`, values: [v] }))),
    };
    const score = scoreFigures(split, gold, sourceMap, articles);
    expect(score.metrics.statementsFound).toBe(scoreFigures(analysis, gold, sourceMap, articles).metrics.statementsFound);
    expect(score.metrics.together).toBe(0);
  });

  it('does not count a quote that misses the gold phrase', () => {
    const moved: Analysis = {
      ...analysis,
      figures: analysis.figures.map((f) => ({ ...f, values: f.values.map((v) => ({ ...v, paragraph: v.paragraph + 1 })) })),
    };
    expect(scoreFigures(moved, gold, sourceMap, articles).metrics.statementsFound).toBe(0);
  });
});
