// CLI edges that gave a stack trace, a hang or the wrong thing: each is now exit 1 (the surroundings) or 2
// (usage) with a message naming the file, and no stack trace.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/terminal.js';

const ARTICLE = '---\ntitle: "Storm hits coast"\noutlet: Coast Daily\ndate: 2023-09-01\n---\nAt least 12 people died when the storm hit the coast.\n';
const REPORT = 'Storm hits the coast of the island\n\nAt least 12 people died when the storm hit the coast, officials said on Monday.\n\nMore than 300 residents were evacuated overnight, the fire service said.\n';

let dir: string;
let cwd: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-edges-'));
  mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
  writeFileSync(join(dir, 'content', 'articles', '01.md'), ARTICLE);
  cwd = process.cwd();
  process.chdir(dir);
});
afterEach(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  let err = '';
  let out = '';
  const io: Io = { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, isTTY: false, env: {} };
  const code = await main(args, io);
  expect(err).not.toMatch(/internal error|\n\s+at /);
  return { code, err, out };
}

describe('CLI edges', () => {
  it.each([['--content'], ['--out'], ['--styles']])('build %s without a value is a usage error, not a build of the default', async (opt) => {
    const r = await run('build', opt);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`Not enough arguments following: ${opt.slice(2)}`));
    expect(readdirSync(dir)).toEqual(['content']); // nothing was built
  });

  it('ingest -- -file.txt reads a file whose name starts with "-"', async () => {
    writeFileSync(join(dir, '-report.txt'), REPORT);
    const r = await run('ingest', '--content', 'content', '--', '-report.txt');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/-report\.txt → articles\/\d+-storm/);
  });

  it('ingest --content FILE names the file', async () => {
    writeFileSync(join(dir, 'report.txt'), REPORT);
    writeFileSync(join(dir, 'afile'), 'x');
    const r = await run('ingest', '--content', 'afile', 'report.txt');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^afile: error: not a folder/);
  });

  it('ingest of a FIFO is refused at once', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const r = await run('ingest', '--content', 'content', 'pipe.txt'); // blocked forever before
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/pipe\.txt: error: not a regular file: it is a named pipe/);
  });

  it('init into a file, or below one, names it', async () => {
    writeFileSync(join(dir, 'afile'), 'x');
    let r = await run('init', 'afile');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^afile: error: is a file, not a folder/);
    r = await run('init', join('afile', 'sub'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/afile\/sub: error: cannot create the content folder \(ENOTDIR\)/);
  });

  it('a 300-character file_prefix is an error naming dossier.yml and the line', async () => {
    writeFileSync(join(dir, 'content', 'dossier.yml'), `title: T\nfile_prefix: ${'p'.repeat(300)}\n`);
    const r = await run('build', '--content', 'content', '--out', 'out');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/dossier\.yml:2: error: setting "file_prefix"/);
  });
});
