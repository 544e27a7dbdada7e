// Evaluation command (`npm run eval`): analyses a content folder and scores it against the gold labels,
// printing each measure; exits non-zero when a target is missed.
// Usage: node dist/eval/evaluate.js [--content DIR] [--gold FILE]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticles } from '../src/analysis/index.js';
import type { Analysis } from '../src/analysis/types.js';
import type { Article } from '../src/content/types.js';
import { readContent } from '../src/content/read.js';
import { scoreActors } from './actors.js';
import { scoreDiscrepancies } from './discrepancies.js';
import { scoreFigures } from './figures.js';
import { type GoldFile, goldSourceMap, loadGold, type ScoreReport } from './gold.js';

type Scorer = (analysis: Analysis, gold: GoldFile, sourceMap: Record<string, string>, articles: Article[]) => ScoreReport;

/** One entry per measured part of the analysis; add a scorer here to have it printed and enforced. */
export const SCORERS: Scorer[] = [
  scoreFigures,
  scoreDiscrepancies,
  (analysis, gold, sourceMap, articles) => ({ name: 'actors', ...scoreActors(analysis, gold, sourceMap, articles) }),
];

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_GOLD = join(REPO, '..', 'shared', 'gold', 'seeds.yml');

/** Scores the engine itself: curated overrides are not applied, so the numbers measure the analysis. */
export function evaluate(contentDir: string, goldPath: string = DEFAULT_GOLD): ScoreReport[] {
  const { articles } = readContent(contentDir);
  const gold = loadGold(goldPath);
  const analysis = analyzeArticles(articles);
  const sourceMap = goldSourceMap(articles);
  return SCORERS.map((score) => score(analysis, gold, sourceMap, articles));
}

function main(argv: string[]): number {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const reports = evaluate(arg('--content') ?? join(REPO, 'content'), arg('--gold') ?? DEFAULT_GOLD);
  for (const r of reports) console.log(`\n== ${r.name}\n${r.lines.join('\n')}`);
  const failed = reports.filter((r) => !r.passed).map((r) => r.name);
  console.log(failed.length ? `\nFAIL: ${failed.join(', ')}` : '\nPASS: every target met');
  return failed.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
