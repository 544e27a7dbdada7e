// Benchmarks (`npm run bench`, not part of the tests): (a) the seed dossier, PDF+EPUB, whole
// process, against pandoc (EPUB + PDF via pdflatex) in one interleaved run; (b) generated corpora
// of growing size — wall time, peak memory and time per article. Prints a markdown report.
// Options: --reps N (default 7, for (a)), --corpus-reps N (default 3, for (b)), --sizes 50,200,500,
// --only seed|corpus, --seed S
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../test/fixtures/generate/corpus.mjs';
import { describeMachine } from './machine.mjs';
import { commandExists, hasGnuTime, measure, median } from './measure.mjs';
import { snapshotCli } from './snapshot.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: opt } = parseArgs({
  options: {
    reps: { type: 'string', default: '7' },
    'corpus-reps': { type: 'string', default: '3' },
    sizes: { type: 'string', default: '50,200,500' },
    only: { type: 'string' },
    seed: { type: 'string', default: '2024' },
  },
});
const reps = Math.max(1, Number(opt.reps));
const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const { cli: CLI, commit } = snapshotCli(ROOT, join(work, 'cli'));
const fmt = (ms) => (ms / 1000).toFixed(2);
const mib = (x) => (x === null ? 'n/a' : `${Math.round(x)}`);

// The cover image cache is private to the run (warm after the warm-up build, as for anyone rebuilding).
const BENCH_ENV = { XDG_CACHE_HOME: join(work, 'cache') };

/** `normal`: without the start-up snapshot (DOSSIER_SNAPSHOT=off), as where none could be built. */
function dossierBuild(contentDir, outDir, normal = false) {
  const env = normal ? { ...BENCH_ENV, DOSSIER_SNAPSHOT: 'off' } : BENCH_ENV;
  return measure(CLI[0], [...CLI.slice(1), 'build', '--content', contentDir, '--out', outDir, '--quiet'], { cwd: ROOT, env });
}

/** pandoc's EPUB then its PDF (pdflatex) of the same files, timed together. */
function pandocBuild(files, outDir) {
  const epub = measure('pandoc', [...files, '-o', join(outDir, 'pandoc.epub')], { cwd: outDir });
  const pdf = measure('pandoc', [...files, '--pdf-engine=pdflatex', '-o', join(outDir, 'pandoc.pdf')], { cwd: outDir });
  return { ms: epub.ms + pdf.ms, cpuMs: epub.cpuMs === null ? null : epub.cpuMs + pdf.cpuMs, maxRssMiB: Math.max(epub.maxRssMiB ?? 0, pdf.maxRssMiB ?? 0) || null };
}

const cpuMedian = (runs) => (runs[0]?.cpuMs === null ? null : median(runs.map((r) => r.cpuMs)));
const peak = (runs) => Math.max(...runs.map((r) => r.maxRssMiB ?? 0)) || null;
const TARGET_RATIO = 1.0;
const verdict = (ratio) => (ratio <= TARGET_RATIO ? 'met' : `missed, ${(ratio / TARGET_RATIO).toFixed(2)}× the target`);

function row(name, runs) {
  const cpu = cpuMedian(runs);
  return `| ${name} | ${fmt(median(runs.map((r) => r.ms)))} | ${runs.map((r) => fmt(r.ms)).join(' ')} | ${cpu === null ? 'n/a' : fmt(cpu)} | ${mib(peak(runs))} |`;
}

function benchSeed() {
  const contentDir = join(ROOT, 'content');
  const files = readdirSync(join(contentDir, 'articles')).filter((n) => n.endsWith('.md')).sort().map((n) => join(contentDir, 'articles', n));
  console.log(`## (a) Seed dossier vs pandoc (${files.length} articles, ${reps} interleaved repetitions)\n`);
  const missing = ['pandoc', 'pdflatex'].filter((c) => !commandExists(c));
  const out = join(work, 'seed');
  mkdirSync(out, { recursive: true });
  const ours = [];
  const normal = [];
  const theirs = [];
  const floor = [];
  // The required libraries' own cost, with none of dossier's work (bench/floor.mjs).
  const floorRun = () => measure(process.execPath, [join(ROOT, 'bench', 'floor.mjs')], { cwd: ROOT });
  dossierBuild(contentDir, out); // warm-up: page cache, compiled code
  floorRun();
  if (missing.length === 0) pandocBuild(files, out);
  for (let i = 0; i < reps; i++) {
    // Alternate which goes first so neither always runs on a warmer machine.
    const order = i % 2 === 0 ? ['d', 'n', 'f', 'p'] : ['p', 'f', 'n', 'd'];
    for (const who of order) {
      if (who === 'd') ours.push(dossierBuild(contentDir, out));
      else if (who === 'n') normal.push(dossierBuild(contentDir, out, true));
      else if (who === 'f') floor.push(floorRun());
      else if (missing.length === 0) theirs.push(pandocBuild(files, out));
    }
  }
  console.log('| tool | median wall (s) | runs, wall (s) | median CPU user+sys (s) | peak RSS (MiB) |');
  console.log('|---|---:|---|---:|---:|');
  console.log(row('dossier build (PDF+EPUB), bin/dossier', ours));
  console.log(row('dossier build, normal start (DOSSIER_SNAPSHOT=off)', normal));
  console.log(row('library floor: pdfkit + epub-gen-memory alone (bench/floor.mjs)', floor));
  if (missing.length > 0) {
    console.log(`\n**pandoc comparison skipped: ${missing.join(' and ')} not found.** Install with:\n` +
      '`apt-get install -y --no-install-recommends pandoc texlive-latex-recommended texlive-fonts-recommended lmodern`\n');
    return;
  }
  console.log(row('pandoc EPUB + PDF (pdflatex)', theirs));
  const ratio = median(ours.map((r) => r.ms)) / median(theirs.map((r) => r.ms));
  console.log(`\nRatio dossier/pandoc, median wall time: **${ratio.toFixed(2)}** (target ≤ ${TARGET_RATIO.toFixed(2)}: ${verdict(ratio)})`);
  const floorRatio = median(floor.map((r) => r.ms)) / median(theirs.map((r) => r.ms));
  console.log(`Ratio library floor/pandoc, median wall time: ${floorRatio.toFixed(2)} (no build of dossier can go below this)`);
  const [dc, pc] = [cpuMedian(ours), cpuMedian(theirs)];
  if (dc !== null && pc !== null) console.log(`Ratio dossier/pandoc, median CPU time: ${(dc / pc).toFixed(2)}`);
  console.log('');
}

function benchCorpora() {
  const sizes = opt.sizes.split(',').map(Number).filter((n) => n > 0);
  const seed = Number(opt.seed);
  const corpusReps = Math.max(1, Number(opt['corpus-reps']));
  console.log(`## (b) Generated corpora (seed ${seed}, ${corpusReps} repetitions each; the smaller corpora are prefixes of the larger)\n`);
  console.log('| articles | build median wall (s) | runs, wall (s) | median CPU (s) | wall ms / article | analyze --json wall (s) | peak RSS build (MiB) |');
  console.log('|---:|---:|---|---:|---:|---:|---:|');
  const rows = [];
  for (const n of sizes) {
    const dir = join(work, `corpus-${n}`);
    const { kind } = generateCorpus(dir, n, seed);
    const out = join(dir, 'out');
    if (rows.length === 0) dossierBuild(dir, out); // warm-up
    const runs = Array.from({ length: corpusReps }, () => dossierBuild(dir, out));
    const analyze = measure(CLI[0], [...CLI.slice(1), 'analyze', '--content', dir, '--json'], { cwd: ROOT, env: BENCH_ENV });
    const ms = median(runs.map((r) => r.ms));
    const cpu = cpuMedian(runs);
    const rss = peak(runs);
    rows.push({ n, ms, rss, kind });
    console.log(`| ${n} | ${fmt(ms)} | ${runs.map((r) => fmt(r.ms)).join(' ')} | ${cpu === null ? 'n/a' : fmt(cpu)} | ${(ms / n).toFixed(1)} | ${fmt(analyze.ms)} | ${mib(rss)} |`);
  }
  console.log(`\nEvent kind generated: ${rows[0]?.kind}.`);
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    console.log(`Marginal cost ${a.n}→${b.n}: ${((b.ms - a.ms) / (b.n - a.n)).toFixed(1)} ms/article`);
  }
  const last = rows.at(-1);
  if (last?.n === 500) {
    console.log(`\n500 articles: ${fmt(last.ms)} s (target ≤ 8 s: ${last.ms <= 8000 ? 'met' : 'missed'}), ` +
      `peak ${mib(last.rss)} MiB (target ≤ 600 MiB: ${last.rss === null ? 'not measured' : last.rss <= 600 ? 'met' : 'missed'})`);
  }
  console.log(`Load average after the runs: ${loadavg()[0].toFixed(2)}\n`);
}

const m = describeMachine();
console.log('# dossier benchmark\n');
console.log(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, ${m.platform}, node ${m.node}; ` +
  `pandoc: ${m.pandoc ?? 'missing'}; pdflatex: ${m.pdflatex ?? 'missing'}; load average at start ${m.load}; date ${new Date().toISOString()}; measured commit ${commit} (git HEAD, compiled afresh)`);
if (!hasGnuTime) console.log('\n(/usr/bin/time not found: peak memory is not measured; `apt-get install time`.)');
console.log('');
try {
  if (opt.only !== 'corpus') benchSeed();
  if (opt.only !== 'seed') benchCorpora();
} catch (e) {
  console.error(`benchmark failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
