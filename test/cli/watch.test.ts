// `build --watch`: a change in content/ triggers a rebuild; a broken edit reports and keeps watching.
import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { watchBuild } from '../../src/cli/commands/build.js';
import type { Io } from '../../src/cli/terminal.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const until = async (cond: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
};

it('rebuilds when an article changes, and survives a broken edit', async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-watch-'));
  mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
  const article = join(dir, 'content', 'articles', '01.md');
  writeFileSync(article, '---\ntitle: First\n---\nAt least 3 people were hurt, police said.\n');
  let err = '';
  const io: Io = { stdout: () => {}, stderr: (s) => { err += s; }, isTTY: false, env: {} };
  const ctl = new AbortController();
  const out = join(dir, 'out');
  const watching = watchBuild({ content: join(dir, 'content'), out, formats: ['epub'], verbosity: 'normal' }, io, ctl.signal);
  await until(() => /watching/.test(err), 60_000);
  const first = statSync(join(out, 'dossier.epub')).mtimeMs;

  writeFileSync(article, '---\ntitle: [broken\n---\n');
  await until(() => /invalid YAML front matter/.test(err), 30_000);
  expect(statSync(join(out, 'dossier.epub')).mtimeMs).toBe(first);

  await new Promise((r) => setTimeout(r, 50));
  writeFileSync(article, '---\ntitle: Second\n---\nAt least 4 people were hurt, police said.\n');
  await until(() => (err.match(/wrote/g) ?? []).length >= 2, 60_000);
  expect(statSync(join(out, 'dossier.epub')).mtimeMs).toBeGreaterThan(first);
  ctl.abort();
  await watching;
});

it('sees a file saved by renaming a new one over it, again and again (sed -i, atomic saves)', async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-watch-'));
  mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
  const article = join(dir, 'content', 'articles', '01.md');
  const save = (n: number) => {
    writeFileSync(`${article}.new`, `---\ntitle: Edition ${n}\n---\nAt least ${n} people were hurt, police said.\n`);
    renameSync(`${article}.new`, article);
  };
  save(1);
  let err = '';
  const io: Io = { stdout: () => {}, stderr: (s) => { err += s; }, isTTY: false, env: {} };
  const ctl = new AbortController();
  const watching = watchBuild({ content: join(dir, 'content'), out: join(dir, 'out'), formats: ['epub'], verbosity: 'normal' }, io, ctl.signal);
  await until(() => /watching/.test(err), 60_000);
  for (const n of [2, 3]) {
    save(n);
    await until(() => (err.match(/wrote/g) ?? []).length >= n, 60_000); // the second rename was missed before
  }
  ctl.abort();
  await watching;
});
