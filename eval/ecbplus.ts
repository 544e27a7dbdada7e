// Evaluation command (`npm run eval:actors`): the actors stage on the 62 ECB+ clusters
// (shared/corpora/ecbplus/<slug>/articles + gold.yml). Per cluster and in aggregate: gold actors found
// (people and organisations apart), merges (every spelling of a multi-spelling actor in one profile),
// places listed as actors (exact name), kind errors, and listed actors outside the labels — which the
// partial annotation leaves for a person to judge (an extra is not evidence of an error).
// Only the actors stage runs, in this process, so 62 clusters take seconds, not 62 start-ups.
// Usage: node dist/eval/ecbplus.js [--corpus DIR] [--only SLUG] [--verbose] [--outside] [--merges] [--strict]
// --merges lists every multi-spelling actor whose spellings are not all in one profile.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { extractActors } from '../src/analysis/actors/index.js';
import { tagWordsAhead } from '../src/analysis/actors/wordTags.js';
import { describeSources } from '../src/analysis/index.js';
import type { Analysis } from '../src/analysis/types.js';
import { readContent } from '../src/content/read.js';
import { type ActorMetrics, scoreActors } from './actors.js';
import { goldSourceMap, loadGold } from './gold.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_ECBPLUS = join(REPO, '..', 'shared', 'corpora', 'ecbplus');

export interface EcbScore {
  name: string;
  metrics: ActorMetrics;
  /** Gold actors found, by gold kind. */
  persons: [number, number];
  organisations: [number, number];
  lines: string[];
}

/** One ECB+ cluster: its actors only, scored like the seeds; credited media count as neither. */
export function scoreEcbCluster(name: string, dir: string): EcbScore {
  const { articles } = readContent(dir);
  const gold = loadGold(join(dir, 'gold.yml'));
  const media = loadGoldMedia(join(dir, 'gold.yml'));
  tagWordsAhead(articles);
  const { actors } = extractActors(articles);
  const analysis: Analysis = { sources: describeSources(articles), summary: [] as unknown as Analysis['summary'], figures: [], actors, discrepancies: [] };
  const scored = scoreActors(analysis, { actors: gold.actors, not_actors: gold.not_actors, ambiguous: [...(gold.ambiguous ?? []), ...media] }, goldSourceMap(articles), articles);
  const byKind = (k: string): [number, number] => {
    const all = gold.actors.filter((a) => a.kind === k);
    const missed = new Set(scored.lines.filter((l) => l.startsWith('  ✗ ')).map((l) => l.slice(4, -' not found'.length)));
    return [all.filter((a) => !missed.has(a.name)).length, all.length];
  };
  return { name, metrics: scored.metrics, persons: byKind('person'), organisations: byKind('organisation'), lines: scored.lines };
}

/** `media`: outlets credited as a report's source — neither required nor penalised. */
function loadGoldMedia(path: string): { text: string; sources: string[] }[] {
  const raw = parse(readFileSync(path, 'utf8')) as { media?: { name?: string; text?: string; variants?: { text: string }[] }[] };
  return (raw.media ?? []).flatMap((m) => [m.name ?? m.text ?? '', ...(m.variants ?? []).map((v) => v.text)]).filter(Boolean).map((text) => ({ text, sources: [] }));
}

export function ecbClusters(dir: string = DEFAULT_ECBPLUS): { name: string; dir: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'gold.yml')))
    .map((d) => ({ name: d.name, dir: join(dir, d.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export interface EcbTally {
  actors: [number, number]; persons: [number, number]; organisations: [number, number]; merges: [number, number];
  places: string[]; kindErrors: string[]; outside: number;
}

export function ecbTally(scores: EcbScore[]): EcbTally {
  const add = (x: [number, number], y: [number, number]): [number, number] => [x[0] + y[0], x[1] + y[1]];
  return scores.reduce<EcbTally>((t, s) => ({
    actors: add(t.actors, [s.metrics.found, s.metrics.total]), persons: add(t.persons, s.persons), organisations: add(t.organisations, s.organisations),
    merges: add(t.merges, [s.metrics.spellingsTogether, s.metrics.multiSpelling]),
    places: [...t.places, ...s.metrics.placesListed.map((p) => `${p} (${s.name})`)],
    kindErrors: [...t.kindErrors, ...s.metrics.kindErrors.map((k) => `${k} (${s.name})`)], outside: t.outside + s.metrics.outsideGold.length,
  }), { actors: [0, 0], persons: [0, 0], organisations: [0, 0], merges: [0, 0], places: [], kindErrors: [], outside: 0 });
}

/** n/d with its share cut (not rounded) to two places, so a share just under a target never prints as the target. */
export const ratio = ([n, d]: [number, number]) => `${n}/${d}${d ? ` (${(Math.floor((n / d) * 100) / 100).toFixed(2)})` : ''}`;
const share = ([n, d]: [number, number]) => (d ? n / d : 1);

/** Issue 12's actor targets, on the ECB+ aggregate. */
export const ECB_TARGETS: { name: string; holds: (t: EcbTally) => boolean; shows: (t: EcbTally) => string }[] = [
  { name: 'ECB+ actors ≥ 0.85', holds: (t) => share(t.actors) >= 0.85, shows: (t) => ratio(t.actors) },
  { name: 'ECB+ merges ≥ 0.90', holds: (t) => share(t.merges) >= 0.9, shows: (t) => ratio(t.merges) },
  { name: 'ECB+ places listed as actors = 0', holds: (t) => t.places.length === 0, shows: (t) => String(t.places.length) },
  { name: 'ECB+ kind errors ≤ 2 %', holds: (t) => t.kindErrors.length <= 0.02 * t.actors[0], shows: (t) => ratio([t.kindErrors.length, t.actors[0]]) },
];

export function tallyLine(t: EcbTally): string {
  return `actors found ${ratio(t.actors)} (people ${ratio(t.persons)}, organisations ${ratio(t.organisations)}) · merges ${ratio(t.merges)} · places listed as actors ${t.places.length} · kind errors ${ratio([t.kindErrors.length, t.actors[0]])} · listed actors outside the labels ${t.outside}`;
}

/** Scores every cluster; prints one line each (with details when asked) and the aggregate. */
export function runEcbPlus(argv: string[], log: (s: string) => void = console.log, perCluster = true): { tally: EcbTally; missed: number } {
  const arg = (n: string) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };
  const only = arg('--only');
  const clusters = ecbClusters(arg('--corpus') ?? DEFAULT_ECBPLUS).filter((c) => !only || c.name.includes(only));
  const scores: EcbScore[] = [];
  for (const c of clusters) {
    const s = scoreEcbCluster(c.name, c.dir);
    scores.push(s);
    if (perCluster) log(`  ${s.name}: ${tallyLine(ecbTally([s]))}`);
    if (argv.includes('--merges')) for (const m of s.metrics.mergeMisses) log(`      merge missed: ${m}`);
    if (argv.includes('--verbose')) log(s.lines.filter((l) => argv.includes('--outside') || !l.startsWith('  ? ')).map((l) => `      ${l}`).join('\n'));
  }
  const total = ecbTally(scores);
  log(`\n# ECB+ aggregate over ${scores.length} clusters\n  ${tallyLine(total)}`);
  if (total.places.length) log(`  places listed as actors: ${total.places.join('; ')}`);
  if (total.kindErrors.length) log(`  kind errors: ${total.kindErrors.join('; ')}`);
  const missed = ECB_TARGETS.filter((t) => !t.holds(total));
  for (const t of ECB_TARGETS) log(`  ${t.holds(total) ? 'PASS' : 'FAIL'} ${t.name}: ${t.shows(total)}`);
  return { tally: total, missed: missed.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const { missed } = runEcbPlus(argv);
  process.exitCode = argv.includes('--strict') && missed ? 1 : 0;
}
