// Install step (`prepare`, after tsc): builds the start-up snapshot bin/dossier starts from —
// dist/snapshot/dossier.blob, plus dist/snapshot/manifest, which says for which Node binary, which
// NODE_OPTIONS, with which V8 flags and which blob it was built, so the launcher can check it without starting Node.
// Node 20 snapshots one script that may require only built-in modules, so the compiled program is first
// bundled into one file with esbuild. Never fails the install: without a snapshot, dossier starts normally.
// Usage: node scripts/snapshot.mjs [ROOT]   (ROOT: the install, default this repository)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { asciiOnly } from './asciiSource.mjs';

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const out = join(root, 'dist', 'snapshot');

/**
 * Modules the program loads with createRequire (so a normal start loads them only when needed) that the
 * snapshot holds instead: compromise, and the English hyphenation patterns. Everything else so loaded
 * (resvg's native addon, sanitize-html, font paths, other languages' patterns) is loaded at run time.
 */
const BUNDLED = ['compromise/one', 'compromise/two', 'hyphen/en'];

/** Libraries that dossier never uses but that load (with http, zlib and streams) when their package does. */
const NEVER_CALLED = {
  'node-fetch': "module.exports = () => Promise.reject(new Error('dossier never downloads'));",
  'abort-controller': 'module.exports = class AbortController {};',

};

async function bundle() {
  const { build } = await import('esbuild');
  const entry = join(root, 'dist', 'src', 'cli', 'snapshot.js');
  // Each module keeps its own location: import.meta.url is replaced by the file's real place (styles/,
  // fonts and the writer thread are found from there), and createRequire by a require that serves
  // BUNDLED from the bundle and loads anything else from disk when called. Libraries' module-level
  // TextDecoder and Intl objects, which a snapshot cannot hold, are made when first used.
  const locations = {
    name: 'locations',
    setup(b) {
      b.onResolve({ filter: /^dossier:require$/ }, () => ({ path: 'require', namespace: 'dossier' }));
      b.onLoad({ filter: /.*/, namespace: 'dossier' }, () => ({
        contents: `const { createRequire } = require('node:module');
const bundled = { ${BUNDLED.map((id) => `${JSON.stringify(id)}: () => require(${JSON.stringify(id)})`).join(', ')} };
export function requireFrom(url) {
  let real;
  const disk = () => (real ??= createRequire(url));
  const req = (id) => (bundled[id] ? bundled[id]() : disk()(id));
  req.resolve = (id, opts) => disk().resolve(id, opts);
  return req;
}
/** An Intl object made when first used (string-width, under yargs, makes its Intl.Segmenter as it loads). */
export function lazyIntl(Ctor, ...args) {
  let real;
  return new Proxy({}, { get(_, key) { real ??= new Ctor(...args); const v = real[key]; return typeof v === 'function' ? v.bind(real) : v; } });
}
/** A TextDecoder made when first used: a snapshot cannot hold one (libraries make them as they load). */
export class LazyTextDecoder {
  #args; #real;
  constructor(...args) { this.#args = args; }
  get #decoder() { return (this.#real ??= new TextDecoder(...this.#args)); }
  get encoding() { return this.#decoder.encoding; }
  get fatal() { return this.#decoder.fatal; }
  get ignoreBOM() { return this.#decoder.ignoreBOM; }
  decode(input, options) { return this.#decoder.decode(input, options); }
}`,
        resolveDir: root,
        loader: 'js',
      }));
      for (const id of Object.keys(NEVER_CALLED)) {
        b.onResolve({ filter: new RegExp(`^${id}$`) }, () => ({ path: id, namespace: 'never-called' }));
      }
      b.onLoad({ filter: /.*/, namespace: 'never-called' }, (a) => ({ contents: NEVER_CALLED[a.path], loader: 'js' }));
      b.onLoad({ filter: /\.(c?js|mjs)$/ }, (a) => {
        let text = readFileSync(a.path, 'utf8');
        const url = JSON.stringify(pathToFileURL(a.path).href);
        text = text.replace(/createRequire\(import\.meta\.url\)/g, `__requireFrom(${url})`).replace(/import\.meta\.url/g, url);
        if (text.includes('__requireFrom(')) text = `import { requireFrom as __requireFrom } from 'dossier:require';\n${text}`;
        if (a.path.includes('node_modules') && /\bnew (TextDecoder|Intl\.\w+)\(/.test(text)) {
          text = text.replace(/\bnew TextDecoder\(/g, 'new __LazyTextDecoder(').replace(/\bnew Intl\.(\w+)\(/g, '__lazyIntl(Intl.$1, ');
          text = `import { LazyTextDecoder as __LazyTextDecoder, lazyIntl as __lazyIntl } from 'dossier:require';\n${text}`;
        }
        return { contents: text, loader: 'js' };
      });
    },
  };
  const file = join(out, 'dossier.cjs');
  await build({
    entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: file,
    external: ['@resvg/resvg-js'], plugins: [locations], logLevel: 'error', legalComments: 'none',
    // The source is kept in the snapshot (see asciiSource.mjs): without indentation and line breaks it is
    // 7.0 → 4.5 MB, the blob 22.3 → 19.9 MB. Names are kept, so stack traces still name functions.
    minifyWhitespace: true,
  });
  writeFileSync(file, asciiOnly(readFileSync(file, 'utf8')));
  return file;
}

/**
 * V8 flags the snapshot is built and started with (Node refuses a snapshot under other flags, so the
 * manifest records them for the launcher). A build is too short for most of V8's optimising compiles to
 * pay: with 8× the default interrupt budget, fewer functions are sent to TurboFan (whose threads took
 * ≈0.8 s of CPU on the seed); seed CPU 1.98 → 1.31 s, 500 articles 11.3 → 9.5 s, same bytes.
 * Regular expressions are compiled straight to machine code: by default V8 first compiles each one to
 * bytecode, then again to machine code on its second use (and a snapshot cannot hold either), so the
 * patterns a build uses more than once were compiled twice (perf: 11% of a seed build's CPU compiled regexps);
 * seed CPU 1.24 → 1.15 s (median of 7), 500 articles unchanged (9.34 → 9.27 s), same bytes.
 * The old generation starts at 128 MB: the snapshot's heap alone is ≈30 MB, so V8's default start
 * had a seed build run a full mark-compact of it (and concurrent marking) for a heap that ends at
 * ≈100 MB; a large build grows past 128 MB and collects as before (500 articles: peak RSS unchanged).
 * With the whitespace-free bundle: seed CPU 1.11 → 1.05 s (median of 9), 500 articles 8.68 / 8.95 →
 * 8.14 / 8.53 s (two runs each), same bytes.
 * The snapshot's hash tables are not rehashed at start (--no-rehash-snapshot): by default V8 rehashes
 * every dictionary and the string table of the ≈30 MB heap with a fresh random seed each start (≈25 ms
 * of CPU); the seed stays the one drawn when this snapshot was built on this machine.
 * Every function is compiled as the snapshot is built (--no-lazy), so the blob holds the bytecode of all
 * of them: by default only what ran while it was built is held, and each function a build calls first
 * (the whole analysis and PDF writer) was parsed and compiled at every run — perf of a seed build: 10% of
 * its CPU in lazy compiling. Blob 28.6 → 36.5 MiB (`--version` +13 ms, RSS +12 MiB); seed CPU −35 ms
 * (−6%, 9 interleaved pairs). The EPUB's worker thread loads its libraries from disk, so the flag is
 * turned back before it starts (render/parallel.ts); a normal start never takes it (bin/dossier.js).
 * Left out where this Node does not take the flags.
 */
const V8_FLAGS = ['--interrupt-budget=1048576', '--no-regexp-tier-up', '--initial-old-space-size=128', '--no-rehash-snapshot', '--no-lazy'];

function acceptedFlags() {
  const r = spawnSync(process.execPath, [...V8_FLAGS, '-e', '0'], { stdio: 'ignore' });
  return r.status === 0 ? V8_FLAGS : [];
}

function nodeIdentity() {
  const exe = realpathSync(process.execPath);
  const s = statSync(exe);
  return `${exe} ${s.size} ${Math.floor(s.mtimeMs / 1000)}`;
}

async function main() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const script = await bundle();
  const blob = join(out, 'dossier.blob');
  const tmp = `${blob}.tmp`;
  // The snapshot is tied to the flags Node starts with: NODE_OPTIONS is recorded and must match.
  const flags = acceptedFlags();
  const r = spawnSync(process.execPath, [...flags, '--snapshot-blob', tmp, '--build-snapshot', script], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } });
  if (r.status !== 0 || !existsSync(tmp)) throw new Error(`node --build-snapshot failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}`);
  renameSync(tmp, blob);
  const bytes = readFileSync(blob);
  const manifest = [
    `node ${nodeIdentity()}`,
    `options ${process.env.NODE_OPTIONS ?? ''}`,
    `flags ${flags.join(' ')}`,
    `size ${bytes.length}`,
    `sha256 ${createHash('sha256').update(bytes).digest('hex')}`,
  ].join('\n');
  writeFileSync(join(out, 'manifest'), `${manifest}\n`);
  console.error(`dossier: start-up snapshot built (${(bytes.length / 2 ** 20).toFixed(1)} MiB) for ${process.version}`);
}

main().catch((e) => {
  rmSync(out, { recursive: true, force: true });
  console.error(`dossier: no start-up snapshot (${e.message.split('\n')[0]}); dossier will start normally`);
});
