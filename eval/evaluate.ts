// Evaluation command (`npm run eval`): analyses every labelled cluster — the seeds (content/ with
// shared/gold/seeds.yml) and each cluster of shared/gold/dev/ — scores it against its gold labels, and
// prints each cluster's measures and their aggregate, with PASS/FAIL for every target.
// Exit code: non-zero when the seeds miss their targets (they must keep today's scores); the aggregate
// targets of issue 12 are printed, and enforced only with --strict, since today's engine misses some.
// Usage: node dist/eval/evaluate.js [--content DIR --gold FILE] [--dev DIR] [--verbose] [--merges] [--no-ecbplus] [--strict]
// --merges lists every multi-spelling actor whose spellings are not all in one profile.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticles } from '../src/analysis/index.js';
import type { Analysis } from '../src/analysis/types.js';
import type { Article } from '../src/content/types.js';
import { readContent } from '../src/content/read.js';
import { type ActorMetrics, scoreActors } from './actors.js';
import { scoreDiscrepancies } from './discrepancies.js';
import { ratio, runEcbPlus } from './ecbplus.js';
import { type FigureMetrics, scoreFigures } from './figures.js';
import { type GoldFile, goldSourceMap, loadGold, type ScoreReport } from './gold.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_GOLD = join(REPO, '..', 'shared', 'gold', 'seeds.yml');
export const DEFAULT_DEV = join(REPO, '..', 'shared', 'gold', 'dev');

export interface ClusterScore {
  name: string;
  figures: ScoreReport & { metrics: FigureMetrics };
  discrepancies: ScoreReport & { metrics: { found: number; total: number } };
  actors: ScoreReport & { metrics: ActorMetrics };
}

/** Scores the engine itself: curated overrides are not applied, so the numbers measure the analysis. */
export function evaluateCluster(name: string, contentDir: string, goldPath: string): ClusterScore {
  const { articles } = readContent(contentDir);
  const gold = loadGold(goldPath);
  return scoreAnalysis(name, analyzeArticles(articles), gold, goldSourceMap(articles), articles);
}

export function scoreAnalysis(name: string, analysis: Analysis, gold: GoldFile, sourceMap: Record<string, string>, articles: Article[]): ClusterScore {
  return {
    name,
    figures: scoreFigures(analysis, gold, sourceMap, articles),
    discrepancies: scoreDiscrepancies(analysis, gold, sourceMap, articles),
    actors: { name: 'actors', ...scoreActors(analysis, gold, sourceMap, articles) },
  };
}

/** Every dev cluster: a folder holding articles/ and gold.yml. */
export function devClusters(dir: string = DEFAULT_DEV): { name: string; content: string; gold: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'gold.yml')))
    .map((d) => ({ name: d.name, content: join(dir, d.name), gold: join(dir, d.name, 'gold.yml') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The counts every cluster adds to the aggregate. */
export interface Tally {
  figures: [number, number]; statements: [number, number]; together: [number, number]; background: [number, number];
  discrepancies: [number, number]; consistentFalseAlarms: number;
  values: [number, number]; mixedRows: number; eventBackgroundRows: number;
  actors: [number, number]; merges: [number, number]; places: number; kindErrors: [number, number]; outside: [number, number];
}

export function tally(c: ClusterScore): Tally {
  const f = c.figures.metrics;
  const a = c.actors.metrics;
  return {
    figures: [f.figuresFound, f.figuresTotal], statements: [f.statementsFound, f.statementsTotal], together: [f.together, f.multiStatement],
    background: [f.backgroundFound, f.backgroundTotal],
    discrepancies: [c.discrepancies.metrics.found, c.discrepancies.metrics.total], consistentFalseAlarms: f.consistentFalseAlarms,
    values: [f.valuesMatching, f.valuesTotal], mixedRows: f.mixedRows, eventBackgroundRows: f.eventBackgroundRows,
    actors: [a.found, a.total], merges: [a.spellingsTogether, a.multiSpelling], places: a.placesListed.length,
    kindErrors: [a.kindErrors.length, a.found], outside: [a.outsideGold.length, a.outsideGold.length + a.found],
  };
}

export function sumTallies(ts: Tally[]): Tally {
  const add = (x: [number, number], y: [number, number]): [number, number] => [x[0] + y[0], x[1] + y[1]];
  return ts.reduce((s, t) => ({
    figures: add(s.figures, t.figures), statements: add(s.statements, t.statements), together: add(s.together, t.together),
    background: add(s.background, t.background), discrepancies: add(s.discrepancies, t.discrepancies),
    consistentFalseAlarms: s.consistentFalseAlarms + t.consistentFalseAlarms, values: add(s.values, t.values),
    mixedRows: s.mixedRows + t.mixedRows, eventBackgroundRows: s.eventBackgroundRows + t.eventBackgroundRows,
    actors: add(s.actors, t.actors), merges: add(s.merges, t.merges), places: s.places + t.places,
    kindErrors: add(s.kindErrors, t.kindErrors), outside: add(s.outside, t.outside),
  }));
}


/** One line per measure, the same for a cluster and the aggregate. */
export function tallyLines(t: Tally): string[] {
  return [
    `this event's figures found ${ratio(t.figures)} · statements ${ratio(t.statements)} · grouped in one row ${ratio(t.together)} · background figures present ${ratio(t.background)}`,
    `discrepancies found ${ratio(t.discrepancies)} · consistent facts shown as conflicting ${t.consistentFalseAlarms}`,
    `table values matching a labelled statement ${ratio(t.values)} · rows mixing two labelled figures ${t.mixedRows} · rows mixing event and background ${t.eventBackgroundRows}`,
    `actors found ${ratio(t.actors)} · merges ${ratio(t.merges)} · places listed as actors ${t.places} · kind errors ${ratio(t.kindErrors)} · listed actors outside the labels ${ratio(t.outside)}`,
  ];
}

const share = ([n, d]: [number, number]) => (d ? n / d : 1);

/** Issue 12's targets on the aggregate (ECB+ actor targets are scored by their own eval). */
export const AGGREGATE_TARGETS: { name: string; holds: (t: Tally) => boolean; shows: (t: Tally) => string }[] = [
  { name: "this event's figures ≥ 0.85", holds: (t) => share(t.figures) >= 0.85, shows: (t) => ratio(t.figures) },
  { name: 'statements ≥ 0.85', holds: (t) => share(t.statements) >= 0.85, shows: (t) => ratio(t.statements) },
  { name: 'discrepancies ≥ 0.75', holds: (t) => share(t.discrepancies) >= 0.75, shows: (t) => ratio(t.discrepancies) },
  { name: 'false alarms on consistent facts = 0', holds: (t) => t.consistentFalseAlarms === 0, shows: (t) => String(t.consistentFalseAlarms) },
  { name: 'table values matching a labelled statement ≥ 0.90', holds: (t) => share(t.values) >= 0.9, shows: (t) => ratio(t.values) },
  { name: 'rows mixing event and background = 0', holds: (t) => t.eventBackgroundRows === 0, shows: (t) => String(t.eventBackgroundRows) },
  { name: 'actors ≥ 0.85', holds: (t) => share(t.actors) >= 0.85, shows: (t) => ratio(t.actors) },
  { name: 'merges ≥ 0.90', holds: (t) => share(t.merges) >= 0.9, shows: (t) => ratio(t.merges) },
  { name: 'places listed as actors = 0', holds: (t) => t.places === 0, shows: (t) => String(t.places) },
  { name: 'kind errors ≤ 2 %', holds: (t) => share(t.kindErrors) <= 0.02, shows: (t) => ratio(t.kindErrors) },
];

function main(argv: string[]): number {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const verbose = argv.includes('--verbose');
  const seeds = evaluateCluster('seeds', arg('--content') ?? join(REPO, 'content'), arg('--gold') ?? DEFAULT_GOLD);
  const seedReports = [seeds.figures, seeds.discrepancies, seeds.actors];
  console.log('# seeds (content/ against shared/gold/seeds.yml)');
  for (const r of seedReports) console.log(`\n== ${r.name}\n${(verbose ? r.lines : r.lines.filter((l) => !l.startsWith(' '))).join('\n')}`);
  const seedFailed = seedReports.filter((r) => !r.passed).map((r) => r.name);

  const clusters = [seeds, ...devClusters(arg('--dev') ?? DEFAULT_DEV).map((c) => evaluateCluster(c.name, c.content, c.gold))];
  console.log('\n# per cluster');
  for (const c of clusters) {
    console.log(`\n== ${c.name}\n${tallyLines(tally(c)).map((l) => `  ${l}`).join('\n')}`);
    if (argv.includes('--merges')) for (const m of c.actors.metrics.mergeMisses) console.log(`  merge missed: ${m}`);
    if (verbose && c !== seeds) for (const r of [c.figures, c.discrepancies, c.actors]) console.log(`-- ${r.name}\n${r.lines.join('\n')}`);
  }
  const total = sumTallies(clusters.map(tally));
  console.log(`\n# aggregate over ${clusters.map((c) => c.name).join(', ')}\n${tallyLines(total).map((l) => `  ${l}`).join('\n')}\n`);
  const missed = AGGREGATE_TARGETS.filter((t) => !t.holds(total));
  for (const t of AGGREGATE_TARGETS) console.log(`  ${t.holds(total) ? 'PASS' : 'FAIL'} ${t.name}: ${t.shows(total)}`);

  // ECB+ actors (62 clusters; per cluster: npm run eval:actors)
  const ecbMissed = argv.includes('--no-ecbplus') ? 0 : runEcbPlus([], console.log, false).missed;

  console.log(seedFailed.length ? `\nFAIL: seeds below their targets: ${seedFailed.join(', ')}` : '\nPASS: the seeds meet their targets');
  // The closing verdict counts the ECB+ targets too: "every target met" must not hide an ECB+ FAIL.
  const unmet = missed.length + ecbMissed;
  const where = [missed.length ? `${missed.length} dev+seeds` : '', ecbMissed ? `${ecbMissed} ECB+` : ''].filter(Boolean).join(', ');
  console.log(unmet ? `${argv.includes('--strict') ? 'FAIL' : 'not met (enforced with --strict)'}: ${unmet} aggregate target(s) (${where})` : 'PASS: every aggregate target met');
  return seedFailed.length || (argv.includes('--strict') && unmet) ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
