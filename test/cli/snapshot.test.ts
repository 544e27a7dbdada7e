// The start-up snapshot (scripts/snapshot.mjs, started by bin/dossier): used when it matches the Node
// binary, NODE_OPTIONS and the compiled program, with the same output as a normal start; a stale,
// damaged or missing one falls back to the normal start silently. Builds a private install (tsc and the
// snapshot, ≈20 s) so the repository's own dist/ is never touched.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read.js';
import { EPUB_WORKER_MIN_CHARS } from '../../src/render/parallel.js';
import { generateCorpus } from '../fixtures/generate/corpus.mjs';

const ROOT = join(__dirname, '..', '..');
const TMP = join(ROOT, '.vitest-tmp', `snapshot-${process.pid}`);
const SNAP = join(TMP, 'dist', 'snapshot');
const EPOCH = '1650000000';
const USED = 'dossier: started from the start-up snapshot';

function dossier(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(join(TMP, 'bin', 'dossier'), args, { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, ...env } });
  // A failure to start or a signal has no status: say which, so a failure in CI can be read.
  const why = r.error ? `could not run: ${r.error.message}` : r.signal ? `ended by ${r.signal}` : '';
  return { code: r.status, stdout: r.stdout, stderr: [r.stderr, why].filter(Boolean).join('\n') };
}

/** Builds the seed into a fresh folder; returns its files and whether the snapshot was used. */
function build(name: string, env: NodeJS.ProcessEnv = {}) {
  const out = join(TMP, 'out', name);
  const r = dossier(['build', '--verbose', '--content', join(ROOT, 'content'), '--out', out], env);
  expect(r.code, r.stderr).toBe(0);
  return { snapshot: r.stderr.includes(USED), pdf: readFileSync(join(out, 'dossier.pdf')), epub: readFileSync(join(out, 'dossier.epub')) };
}

let normal: ReturnType<typeof build>;

beforeAll(() => {
  mkdirSync(join(TMP, 'bin'), { recursive: true });
  for (const f of ['dossier', 'dossier.js']) copyFileSync(join(ROOT, 'bin', f), join(TMP, 'bin', f));
  copyFileSync(join(ROOT, 'package.json'), join(TMP, 'package.json'));
  for (const d of ['node_modules', 'styles']) symlinkSync(join(ROOT, d), join(TMP, d), 'dir');
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json'), '--outDir', join(TMP, 'dist')], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'snapshot.mjs'), TMP], { stdio: 'inherit' });
  normal = build('normal', { DOSSIER_SNAPSHOT: 'off' });
});
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function sameAsNormal(b: ReturnType<typeof build>) {
  expect(b.pdf.equals(normal.pdf), 'PDF').toBe(true);
  expect(b.epub.equals(normal.epub), 'EPUB').toBe(true);
}

describe('start-up snapshot', () => {
  it('is used when it matches, and writes the same bytes as a normal start', () => {
    expect(normal.snapshot).toBe(false);
    const b = build('snapshot');
    expect(b.snapshot).toBe(true);
    sameAsNormal(b);
  });

  it('is built and started with the V8 flags its manifest records (Node refuses it under others)', () => {
    const flags = /^flags (.*)$/m.exec(readFileSync(join(SNAP, 'manifest'), 'utf8'))?.[1];
    expect(flags).toBe('--interrupt-budget=1048576 --no-regexp-tier-up --initial-old-space-size=128 --no-rehash-snapshot --no-lazy');
    // Started by hand without them, Node refuses this blob: the launcher's use of it above depends on the flags.
    const r = spawnSync(process.execPath, ['--snapshot-blob', join(SNAP, 'dossier.blob'), '--', '--version'], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(dossier(['--version']).code).toBe(0);
  });

  it('renders a large dossier\'s EPUB in a worker thread from the snapshot too, with the same bytes', () => {
    const corpus = join(TMP, 'corpus');
    generateCorpus(corpus, 180, 2024);
    // Enough source text for the EPUB's worker thread (render/parallel.ts).
    const chars = readContent(corpus).articles.flatMap((x) => x.paragraphs).reduce((n, p) => n + p.text.length, 0);
    expect(chars).toBeGreaterThanOrEqual(EPUB_WORKER_MIN_CHARS);
    const run = (name: string, env: NodeJS.ProcessEnv) => {
      const out = join(TMP, 'out', name);
      const r = dossier(['build', '--verbose', '--content', corpus, '--out', out], env);
      expect(r.code, r.stderr).toBe(0);
      return { snapshot: r.stderr.includes(USED), epub: readFileSync(join(out, 'dossier.epub')) };
    };
    const a = run('large-snapshot', {});
    const b = run('large-normal', { DOSSIER_SNAPSHOT: 'off' });
    expect([a.snapshot, b.snapshot]).toEqual([true, false]);
    expect(a.epub.equals(b.epub)).toBe(true);
  });

  it('gives the same errors and exit codes as a normal start', () => {
    for (const args of [['build', '--content', join(TMP, 'no-such-folder')], ['--version'], ['frobnicate']]) {
      const a = dossier(args);
      const b = dossier(args, { DOSSIER_SNAPSHOT: 'off' });
      expect([a.code, a.stdout, a.stderr]).toEqual([b.code, b.stdout, b.stderr]);
    }
  });

  it('draws the progress bar on a terminal, as a normal start does (nothing about the terminal is fixed at install)', () => {
    const onTerminal = (env: NodeJS.ProcessEnv) => spawnSync('script', ['-qec', `${join(TMP, 'bin', 'dossier')} build --content ${join(ROOT, 'content')} --out ${join(TMP, 'out', 'tty')}`, '/dev/null'],
      { encoding: 'utf8', env: { ...process.env, ...env } });
    const probe = onTerminal({ DOSSIER_SNAPSHOT: 'off' });
    if (probe.error) return; // no `script` (util-linux) to lend a terminal
    expect(probe.stdout).toContain('\u001b[2K');
    expect(onTerminal({}).stdout).toContain('\u001b[2K');
  });

  it('starts without NODE_EXTRA_CA_CERTS, whose certificates Node would parse before any code runs (dossier opens no TLS connection)', () => {
    // Node warns about a file it cannot read there: no warning means the launcher did not hand it on.
    for (const snapshot of ['on', 'off']) {
      const r = dossier(['--version'], { NODE_EXTRA_CA_CERTS: join(TMP, 'no-such-bundle.pem'), DOSSIER_SNAPSHOT: snapshot });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/extra certs/i);
    }
  });

  it('is not used with other NODE_OPTIONS (Node would refuse it)', () => {
    const b = build('options', { NODE_OPTIONS: '--max-old-space-size=2048' });
    expect(b.snapshot).toBe(false);
    sameAsNormal(b);
  });

  it('is not used once the program is recompiled', () => {
    const file = join(TMP, 'dist', 'src', 'pipeline.js');
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    try {
      const b = build('stale');
      expect(b.snapshot).toBe(false);
      sameAsNormal(b);
    } finally {
      utimesSync(file, new Date(0), new Date(0));
    }
    expect(build('fresh-again').snapshot).toBe(true);
  });

  it('is not used when the blob is damaged (Node would crash on it) or the manifest names another Node', () => {
    const blob = join(SNAP, 'dossier.blob');
    const manifest = readFileSync(join(SNAP, 'manifest'), 'utf8');
    copyFileSync(blob, `${blob}.good`);
    try {
      truncateSync(blob, 1_000_000);
      const b = build('truncated');
      expect(b.snapshot).toBe(false);
      sameAsNormal(b);
      copyFileSync(`${blob}.good`, blob);
      writeFileSync(join(SNAP, 'manifest'), manifest.replace(/^node (\S+) \d+/m, 'node $1 1'));
      expect(build('other-node').snapshot).toBe(false);
      rmSync(join(SNAP, 'manifest'));
      const c = build('missing');
      expect(c.snapshot).toBe(false);
      sameAsNormal(c);
    } finally {
      copyFileSync(`${blob}.good`, blob);
      writeFileSync(join(SNAP, 'manifest'), manifest);
    }
  });
});
