// Ingest evaluation (`npm run eval:ingest`): ingests every saved page of ../shared/corpora/web-pages
// into a fresh content folder and scores the article text and front matter as that folder's README
// says; prints per page and overall, and exits non-zero when a target is missed.
// --text scores the README's text mode instead: each page rendered as plain text by pandoc (the "copy
// the page as text" path) and ingested as a .txt file.
// Usage: node dist/eval/ingest.js [--pages DIR] [--text] [--verbose]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { ingestFiles } from '../src/content/ingest/index.js';
import { authorOk, dateOk, type ExpectedMeta, markdownBlocks, sentenceShare, siteOk, titleOk } from './ingestScore.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_PAGES = join(REPO, '..', 'shared', 'corpora', 'web-pages');
const TARGETS = { recall: 0.97, precision: 0.95, title: 0.9, site: 0.8, date: 0.8 };

interface PageScore { name: string; recall: number; precision: number; title: boolean; site: boolean; author: boolean | null; date: boolean | null; crash?: string; missing: string[]; extra: string[] }

function scorePage(dir: string, name: string, textMode: boolean): PageScore {
  const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const exp = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as ExpectedMeta;
  const content = mkdtempSync(join(tmpdir(), 'dossier-eval-ingest-'));
  try {
    const [report] = ingestFiles([textMode ? asText(join(dir, 'source.html'), content, name) : join(dir, 'source.html')], content);
    const md = readFileSync(join(content, report.written), 'utf8');
    const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(md)?.[1] ?? '') as Record<string, unknown>;
    const got = markdownBlocks(md);
    const r = sentenceShare(expected, got);
    const p = sentenceShare(got, expected);
    const s = (k: string) => (front[k] === undefined ? undefined : String(front[k]));
    return {
      name, recall: r.total ? r.found / r.total : 1, precision: p.total ? p.found / p.total : 0,
      title: titleOk(s('title'), exp), site: siteOk(s('outlet'), exp),
      author: exp.author ? authorOk(s('author'), exp) : null, date: exp.date ? dateOk(s('date'), exp) : null,
      missing: r.missing, extra: p.missing,
    };
  } catch (e) {
    return { name, recall: 0, precision: 0, title: false, site: false, author: exp.author ? false : null, date: exp.date ? false : null, crash: (e as Error).message, missing: [], extra: [] };
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
}

/** The page as pandoc renders it to plain text, written beside the content folder's articles. */
function asText(page: string, dir: string, name: string): string {
  const text = execFileSync('pandoc', ['--sandbox', '-f', 'html', '-t', 'plain', '--wrap=none', page], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, text);
  return file;
}

function main(argv: string[]): number {
  const i = argv.indexOf('--pages');
  const pagesDir = i >= 0 ? argv[i + 1] : DEFAULT_PAGES;
  const verbose = argv.includes('--verbose');
  const textMode = argv.includes('--text');
  if (!existsSync(pagesDir)) {
    console.error(`eval:ingest: no saved pages at ${pagesDir}`);
    return 1;
  }
  const names = readdirSync(pagesDir).filter((n) => existsSync(join(pagesDir, n, 'source.html'))).sort();
  const scores = names.map((n) => scorePage(join(pagesDir, n), n, textMode));
  if (textMode) console.log('text mode: each page rendered by pandoc -t plain and ingested as .txt');
  const mark = (b: boolean | null) => (b === null ? '-' : b ? '✓' : '✗');
  console.log('page                          recall  prec.  title site author date');
  for (const s of scores) {
    console.log(`${s.name.padEnd(30)}${s.recall.toFixed(2).padStart(6)} ${s.precision.toFixed(2).padStart(6)}   ${mark(s.title)}     ${mark(s.site)}    ${mark(s.author)}     ${mark(s.date)}${s.crash ? `  CRASH: ${s.crash.split('\n')[0]}` : ''}`);
    if (verbose) {
      for (const m of s.missing.slice(0, 5)) console.log(`    missing: ${m.slice(0, 120)}`);
      for (const x of s.extra.slice(0, 5)) console.log(`    extra:   ${x.slice(0, 120)}`);
    }
  }
  const n = scores.length;
  const mean = (f: (s: PageScore) => number) => scores.reduce((a, s) => a + f(s), 0) / n;
  const count = (f: (s: PageScore) => boolean | null) => scores.filter((s) => f(s) === true).length;
  const of = (f: (s: PageScore) => boolean | null) => scores.filter((s) => f(s) !== null).length;
  const R = mean((s) => s.recall), P = mean((s) => s.precision);
  const t = count((s) => s.title), si = count((s) => s.site), a = count((s) => s.author), d = count((s) => s.date);
  const crashes = scores.filter((s) => s.crash).length;
  console.log(`\npages ${n} recall ${R.toFixed(3)} precision ${P.toFixed(3)} title ${t}/${n} site ${si}/${n} author ${a}/${of((s) => s.author)} date ${d}/${of((s) => s.date)} crashes ${crashes}`);
  const checks: [string, boolean][] = [
    [`recall ≥ ${TARGETS.recall}`, R >= TARGETS.recall], [`precision ≥ ${TARGETS.precision}`, P >= TARGETS.precision],
    [`title ≥ ${TARGETS.title * 100} %`, t >= TARGETS.title * n], [`outlet ≥ ${TARGETS.site * 100} %`, si >= TARGETS.site * n],
    [`date ≥ ${TARGETS.date * 100} %`, d >= TARGETS.date * of((s) => s.date)],
  ];
  for (const [label, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'} ${label}`);
  return checks.every(([, ok]) => ok) ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
