// The CLI as a person meets it: exit codes, one clear message naming the file (and line), no stack traces,
// atomic output that survives a failed build.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/terminal.js';

function fakeIo(env: NodeJS.ProcessEnv = {}): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, env, stdout: (s: string) => { io.out += s; }, stderr: (s: string) => { io.err += s; } };
  return io;
}

const ARTICLE = `---\ntitle: "Storm hits coast"\noutlet: Coast Daily\ndate: 2023-09-01\n---\nAt least 12 people died when the storm hit the coast, officials said.\n\nMore than 3,000 homes lost power.\n`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
  writeFileSync(join(dir, 'content', 'articles', '01-storm.md'), ARTICLE);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = async (args: string[], env?: NodeJS.ProcessEnv) => {
  const io = fakeIo(env);
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
};

describe('dossier CLI', () => {
  it('prints help and version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/build/);
    expect(help.out).toMatch(/analyze/);
    expect(help.out).toMatch(/Exit codes/);
    const v = await run(['--version']);
    expect(v.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 on usage errors, with a hint and no stack', async () => {
    for (const args of [['frobnicate'], [], ['build', '--format', 'docx'], ['build', '--quiet', '--verbose']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 1 naming the folder when the content folder is missing', async () => {
    const r = await run(['check', '--content', join(dir, 'nope')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(join(dir, 'nope'));
    expect(r.err).toMatch(/hint:/);
  });

  it('exits 1 when there are no articles', async () => {
    rmSync(join(dir, 'content', 'articles', '01-storm.md'));
    const r = await run(['check', '--content', join(dir, 'content')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no articles/);
  });

  it('names file and line of bad front matter', async () => {
    writeFileSync(join(dir, 'content', 'articles', '02-bad.md'), '---\ntitle: X\ndate: [2023\n---\nText.\n');
    const r = await run(['check', '--content', join(dir, 'content')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/articles\/02-bad\.md:\d+: error: invalid YAML front matter/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('names file and line of an unknown settings key', async () => {
    writeFileSync(join(dir, 'content', 'dossier.yml'), 'title: T\ncolour: red\n');
    const r = await run(['check', '--content', join(dir, 'content')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/dossier\.yml:2: error: unknown settings key "colour"/);
  });

  it('refuses non-UTF-8 and binary files by name', async () => {
    writeFileSync(join(dir, 'content', 'articles', '02-latin1.md'), Buffer.from('---\ntitle: Caf\xe9\n---\nx\n', 'latin1'));
    let r = await run(['check', '--content', join(dir, 'content')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/02-latin1\.md:2: error: not valid UTF-8/);
    rmSync(join(dir, 'content', 'articles', '02-latin1.md'));
    writeFileSync(join(dir, 'content', 'articles', '03-bin.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    r = await run(['check', '--content', join(dir, 'content')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/03-bin\.md: error: binary file/);
  });

  it('reports unreadable styles by file', async () => {
    mkdirSync(join(dir, 'styles'));
    writeFileSync(join(dir, 'styles', 'theme.yml'), 'fonts: [\n');
    const r = await run(['check', '--content', join(dir, 'content'), '--styles', join(dir, 'styles')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/theme\.yml/);
  });

  it('init scaffolds a folder that checks and analyses cleanly, and refuses to overwrite', async () => {
    const target = join(dir, 'new');
    expect((await run(['init', target])).code).toBe(0);
    const r = await run(['check', '--content', target]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/1 article/);
    expect((await run(['init', target])).code).toBe(1);
    const json = await run(['analyze', '--json', '--content', target]);
    expect(json.code).toBe(0);
    const a = JSON.parse(json.out);
    expect(a.sources).toHaveLength(1);
    expect(Object.keys(a).sort()).toEqual(['actors', 'discrepancies', 'figures', 'sources', 'summary']);
  });

  it('builds both formats and leaves them untouched when a later build fails', async () => {
    const out = join(dir, 'out');
    const ok = await run(['build', '--content', join(dir, 'content'), '--out', out]);
    expect(ok.err).toMatch(/wrote/);
    expect(ok.code).toBe(0);
    const pdf = readFileSync(join(out, 'dossier.pdf'));
    const epub = readFileSync(join(out, 'dossier.epub'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(epub.subarray(0, 2).toString()).toBe('PK');

    writeFileSync(join(dir, 'content', 'articles', '02-bad.md'), '---\ntitle: [\n---\n');
    const bad = await run(['build', '--content', join(dir, 'content'), '--out', out]);
    expect(bad.code).toBe(1);
    expect(readFileSync(join(out, 'dossier.pdf')).equals(pdf)).toBe(true);
    expect(readFileSync(join(out, 'dossier.epub')).equals(epub)).toBe(true);
  });

  it('exits 1 naming an unwritable output folder', async () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions: use a path under a regular file instead
      writeFileSync(join(dir, 'file'), 'x');
      const r = await run(['build', '--content', join(dir, 'content'), '--out', join(dir, 'file', 'out')]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(join(dir, 'file', 'out'));
      return;
    }
    mkdirSync(join(dir, 'ro'));
    chmodSync(join(dir, 'ro'), 0o500);
    const r = await run(['build', '--content', join(dir, 'content'), '--out', join(dir, 'ro')]);
    expect(r.code).toBe(1);
    expect(statSync(join(dir, 'ro')).isDirectory()).toBe(true);
  });

  it('never colours output without a TTY or with NO_COLOR', async () => {
    const r = await run(['check', '--content', join(dir, 'nope')], { NO_COLOR: '1' });
    expect(r.err).not.toMatch(/\u001b\[/);
  });
});

describe('safety', () => {
  it('refuses an article that links outside the content folder', async () => {
    const { symlinkSync } = await import('node:fs');
    writeFileSync(join(dir, 'secret.md'), '---\ntitle: Secret\n---\nDo not read.\n');
    symlinkSync(join(dir, 'secret.md'), join(dir, 'content', 'articles', '02-link.md'));
    const r = await run(['check', '--content', join(dir, 'content')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/02-link\.md: error: points outside the content folder/);
  });

  it('refuses an output prefix that is a path', async () => {
    writeFileSync(join(dir, 'content', 'dossier.yml'), 'file_prefix: ../../x\n');
    const r = await run(['check', '--content', join(dir, 'content')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/dossier\.yml:1: error: setting "file_prefix"/);
  });
});

describe('atomic output', () => {
  it('replaces nothing when one output cannot be written, and leaves no temporaries', async () => {
    const { readdirSync } = await import('node:fs');
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'dossier.pdf'), 'old pdf');
    mkdirSync(join(out, 'dossier.epub')); // something in the way of the EPUB
    const r = await run(['build', '--content', join(dir, 'content'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/dossier\.epub: error: cannot write output/);
    expect(readFileSync(join(out, 'dossier.pdf'), 'utf8')).toBe('old pdf');
    expect(readdirSync(out).sort()).toEqual(['dossier.epub', 'dossier.pdf']);
  });
});
