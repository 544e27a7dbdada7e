// Evaluation test: the seed corpus' actors against the gold labels; fails below the issue's targets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scoreActors, type Gold } from '../../eval/actors.js';
import { analyzeArticles } from '../../src/analysis/index.js';
import { SHARED, seedArticles } from './seedArticles.js';

describe('actors on the seed corpus', () => {
  const { articles, sourceMap } = seedArticles();
  const gold = parse(readFileSync(join(SHARED, 'gold', 'seeds.yml'), 'utf8')) as Gold;
  const analysis = analyzeArticles(articles);
  const { lines, metrics, passed } = scoreActors(analysis, gold, sourceMap, articles);
  console.log(lines.join('\n'));

  it('finds at least 8 of the 9 gold actors', () => {
    expect(metrics.found).toBeGreaterThanOrEqual(8);
  });
  it('keeps all spellings of at least 3/4 of the multi-spelling actors in one profile', () => {
    expect(metrics.spellingsTogether / metrics.multiSpelling).toBeGreaterThanOrEqual(0.75);
  });
  it('takes no actor from web furniture', () => {
    expect(metrics.furnitureActors).toEqual([]);
  });
  it('passes overall', () => {
    expect(passed).toBe(true);
  });
});
