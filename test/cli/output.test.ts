// The output pair always comes from one build: a lock per output folder, a commit journal finished by the
// next build after a crash between the renames, signals held back while renaming, stale temporaries
// removed. The crash and signal cases run in a child process with fs.renameSync wrapped to kill it.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recoverOutputs, writeOutputs } from '../../src/cli/output.js';

const ROOT = join(__dirname, '..', '..');
let tmp: string;
let compiled: string;
let out: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'dossier-output-'));
  // Only the output module and what it imports: a second or two, not the whole project.
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--module', 'nodenext', '--target', 'es2022', '--skipLibCheck',
    '--rootDir', join(ROOT, 'src'), '--outDir', join(tmp, 'dist'), join(ROOT, 'src', 'cli', 'output.ts')]);
  writeFileSync(join(tmp, 'dist', 'package.json'), '{"type":"module"}');
  compiled = pathToFileURL(join(tmp, 'dist', 'cli', 'output.js')).href;
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeEach(() => {
  out = mkdtempSync(join(tmp, 'out-'));
  writeFileSync(join(out, 'dossier.pdf'), 'old pdf');
  writeFileSync(join(out, 'dossier.epub'), 'old epub');
});

/** Writes a new pair in a child process that receives `signal` right after the first output is renamed. */
function writeWithSignal(signal: 'SIGKILL' | 'SIGINT') {
  const script = `
    import fs from 'node:fs'; import { syncBuiltinESMExports } from 'node:module';
    const rename = fs.renameSync; let n = 0;
    fs.renameSync = (a, b) => { rename(a, b); if (!b.endsWith('.json') && ++n === 1) process.kill(process.pid, ${JSON.stringify(signal)}); };
    syncBuiltinESMExports();
    const { writeOutputs } = await import(${JSON.stringify(compiled)});
    const dir = ${JSON.stringify(out)};
    await writeOutputs(dir, [{ path: dir + '/dossier.pdf', bytes: 'new pdf' }, { path: dir + '/dossier.epub', bytes: 'new epub' }]);`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
}

const dead = () => spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
const pair = () => [readFileSync(join(out, 'dossier.pdf'), 'utf8'), readFileSync(join(out, 'dossier.epub'), 'utf8')];

describe('output folder', () => {
  it('a SIGINT between the two renames is held until both are done', () => {
    const r = writeWithSignal('SIGINT');
    expect(r.signal).toBe('SIGINT'); // the signal still ends the process…
    expect(pair()).toEqual(['new pdf', 'new epub']); // …after the whole pair is in place
    expect(readdirSync(out).sort()).toEqual(['dossier.epub', 'dossier.pdf']);
  });

  it('after a kill -9 between the renames, the next build first finishes the commit', async () => {
    const r = writeWithSignal('SIGKILL');
    expect(r.signal).toBe('SIGKILL');
    expect(pair()).toEqual(['new pdf', 'old epub']); // the crash itself cannot be helped…
    await recoverOutputs(out); // …run by every build as it starts, even one that then fails
    expect(pair()).toEqual(['new pdf', 'new epub']);
    expect(readdirSync(out).sort()).toEqual(['dossier.epub', 'dossier.pdf']);
  });

  it('removes temporaries a crashed build left', async () => {
    writeFileSync(join(out, '.dossier.pdf.4194000.tmp'), 'half');
    writeFileSync(join(out, '.x-dossier.epub.77.tmp'), 'half');
    writeFileSync(join(out, 'notes.txt'), 'mine');
    await writeOutputs(out, [{ path: join(out, 'dossier.pdf'), bytes: 'new pdf' }]);
    expect(readdirSync(out).sort()).toEqual(['dossier.epub', 'dossier.pdf', 'notes.txt']);
  });

  it('waits for a live build holding the lock, and takes over a dead one\'s', async () => {
    const holder = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(out, '.dossier.lock'), holder.stdout); // that process has exited
    await writeOutputs(out, [{ path: join(out, 'dossier.pdf'), bytes: 'a' }]);
    expect(existsSync(join(out, '.dossier.lock'))).toBe(false);

    writeFileSync(join(out, '.dossier.lock'), String(process.ppid)); // alive
    let done = false;
    const writing = writeOutputs(out, [{ path: join(out, 'dossier.pdf'), bytes: 'b' }]).then(() => { done = true; });
    await new Promise((r) => setTimeout(r, 400));
    expect(done).toBe(false);
    expect(readFileSync(join(out, 'dossier.pdf'), 'utf8')).toBe('a');
    rmSync(join(out, '.dossier.lock'));
    await writing;
    expect(readFileSync(join(out, 'dossier.pdf'), 'utf8')).toBe('b');
  });

  it('two processes seeing one dead build\'s lock at once: only one takes it over, the other waits', async () => {
    const sync = mkdtempSync(join(tmp, 'sync-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(out, '.dossier.lock'), dead);
    // Both processes read the stale lock before either acts (each waits at its first read for the other's);
    // then B removes the lock only once A has put its own there — the interleaving that let both write.
    // Each marks entering and leaving its writing (held 600 ms) and records seeing the other inside.
    const child = (role: 'A' | 'B') => {
      const other = role === 'A' ? 'B' : 'A';
      const script = `
        import fs from 'node:fs'; import { syncBuiltinESMExports } from 'node:module';
        const [dir, sync, role, other] = ${JSON.stringify([out, sync, role, other])};
        const lock = dir + '/.dossier.lock';
        const { readFileSync: read, rmSync: rm, fsyncSync: fsync } = fs;
        const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
        const waitFor = (ok) => { for (const end = Date.now() + 3000; !ok() && Date.now() < end;) sleep(5); };
        const mark = (name) => fs.writeFileSync(sync + '/' + name, String(process.pid));
        const has = (name) => fs.existsSync(sync + '/' + name);
        const holder = () => { try { return read(lock, 'utf8'); } catch { return ''; } };
        let first = true;
        fs.readFileSync = (p, ...a) => {
          const r = read(p, ...a);
          if (String(p) === lock && first) { first = false; mark(role + '-read'); waitFor(() => has(other + '-read')); }
          return r;
        };
        fs.rmSync = (p, ...a) => {
          if (String(p) === lock && role === 'B' && holder() !== String(process.pid)) waitFor(() => has('A-read') && holder() === read(sync + '/A-read', 'utf8'));
          return rm(p, ...a);
        };
        let inside = false;
        fs.fsyncSync = (fd) => {
          if (!inside) { inside = true; if (has(other + '-in') && !has(other + '-out')) mark(role + '-saw-' + other); mark(role + '-in'); sleep(600); }
          return fsync(fd);
        };
        syncBuiltinESMExports();
        const { writeOutputs } = await import(${JSON.stringify(compiled)});
        await writeOutputs(dir, [{ path: dir + '/dossier.pdf', bytes: role + ' pdf' }, { path: dir + '/dossier.epub', bytes: role + ' epub' }]);
        mark(role + '-out');`;
      return new Promise<number | null>((done) => spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' }).on('exit', done));
    };
    expect(await Promise.all([child('A'), child('B')])).toEqual([0, 0]);
    const marks = readdirSync(sync).sort();
    expect(marks).toEqual(['A-in', 'A-out', 'A-read', 'B-in', 'B-out', 'B-read']); // both wrote, neither saw the other inside
    const [pdf, epub] = pair();
    expect(pdf.split(' ')[0]).toBe(epub.split(' ')[0]);
    expect(readdirSync(out).sort()).toEqual(['dossier.epub', 'dossier.pdf']);
  }, 60_000);

  it('a lock without a PID yet (just created) is not taken over while it is fresh', async () => {
    writeFileSync(join(out, '.dossier.lock'), ''); // a build between creating it and writing its PID
    let done = false;
    const writing = writeOutputs(out, [{ path: join(out, 'dossier.pdf'), bytes: 'b' }]).then(() => { done = true; });
    await new Promise((r) => setTimeout(r, 400));
    expect(done).toBe(false);
    expect(readFileSync(join(out, 'dossier.pdf'), 'utf8')).toBe('old pdf');
    writeFileSync(join(out, '.dossier.lock'), dead()); // its PID written, and that process has ended
    await writing;
    expect(readFileSync(join(out, 'dossier.pdf'), 'utf8')).toBe('b');
  });

  it('two builds writing at once end with one build\'s pair', async () => {
    mkdirSync(join(out, 'x'));
    const write = (tag: string) => writeOutputs(out, [{ path: join(out, 'dossier.pdf'), bytes: `${tag} pdf` }, { path: join(out, 'dossier.epub'), bytes: `${tag} epub` }]);
    await Promise.all([write('A'), write('B'), write('C')]);
    const [pdf, epub] = pair();
    expect(pdf.split(' ')[0]).toBe(epub.split(' ')[0]);
  });
});
