// A large dossier's EPUB renders in a worker thread beside the PDF, giving the same bytes as one after
// another; a small one renders on one thread. The worker runs compiled JavaScript, so this test compiles
// the project first (≈10 s).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/pipeline.js';
import { canRenderInParallel } from '../../src/render/parallel.js';

const ROOT = join(__dirname, '..', '..');
const TMP = join(ROOT, '.vitest-tmp', `parallel-${process.pid}`);
const DIST = join(TMP, 'dist');
const EPOCH = 1_650_000_000;

beforeAll(() => {
  mkdirSync(TMP, { recursive: true });
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json'), '--outDir', DIST], { stdio: 'inherit' });
});
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('parallel rendering', () => {
  it('renders in one thread from the TypeScript sources (no compiled worker next to them)', () => {
    expect(canRenderInParallel()).toBe(false);
  });

  it('the compiled CLI renders the seed on one thread, byte for byte as the in-process build', async () => {
    const out = join(TMP, 'out');
    const script = `import(${JSON.stringify(pathToFileURL(join(DIST, 'src', 'cli', 'main.js')).href)}).then(async (m) => { process.exitCode = await m.main(process.argv.slice(1)); })`;
    execFileSync(process.execPath, ['-e', script, 'build', '--quiet', '--content', join(ROOT, 'content'), '--styles', join(ROOT, 'styles'), '--out', out],
      { env: { ...process.env, SOURCE_DATE_EPOCH: String(EPOCH) } });
    const seq = await buildDossier({ contentDir: join(ROOT, 'content'), formats: ['pdf', 'epub'], now: new Date(EPOCH * 1000) });
    for (const o of seq.outputs) expect(Buffer.compare(readFileSync(join(out, o.fileName)), Buffer.from(o.bytes)), o.fileName).toBe(0);
  });

  it('a dossier large enough renders its EPUB in a worker thread, byte for byte as on one thread', async () => {
    const compiled = await import(pathToFileURL(join(DIST, 'src', 'render', 'parallel.js')).href);
    expect(compiled.canRenderInParallel()).toBe(true);
    const seq = await buildDossier({ contentDir: join(ROOT, 'content'), formats: ['pdf', 'epub'], now: new Date(EPOCH * 1000) });
    const { loadTheme } = await import('../../src/style/theme.js');
    const writers = compiled.startWriters(['pdf', 'epub'], compiled.EPUB_WORKER_MIN_CHARS);
    const bytes: Uint8Array[] = await writers.render(seq.document, loadTheme(), { paper: 'A4', timestamp: new Date(EPOCH * 1000) });
    seq.outputs.forEach((o, i) => expect(Buffer.compare(Buffer.from(bytes[i]), Buffer.from(o.bytes)), o.fileName).toBe(0));
  });

  it('reports a writer failing in its worker thread as an error of the build', async () => {
    const compiled = await import(pathToFileURL(join(DIST, 'src', 'render', 'parallel.js')).href);
    const { loadTheme } = await import('../../src/style/theme.js');
    const failure = await compiled.startWriters(['epub', 'pdf'], Infinity).render({}, loadTheme(), { paper: 'A4', timestamp: new Date(EPOCH * 1000) })
      .then(() => null, (e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    // The stack is the worker's: the compiled EPUB writer, not this thread's sources.
    expect(failure.stack).toContain(join(DIST, 'src', 'render', 'epub'));
  });

  it('lets the process end when the build fails before rendering (writer thread started, never given a model)', () => {
    const script = `import(${JSON.stringify(pathToFileURL(join(DIST, 'src', 'render', 'parallel.js')).href)}).then((m) => { m.startWriters(['pdf', 'epub'], Infinity); })`;
    // Would hang until the timeout if an idle writer thread kept the process alive.
    expect(() => execFileSync(process.execPath, ['-e', script], { timeout: 30_000 })).not.toThrow();
  });
});
