// `build --watch` keeps watching after an internal error (a bug) in a rebuild, as the README promises;
// before, any error that was not a content error ended the watcher. The pipeline is mocked to fail once.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import type { Io } from '../../src/cli/terminal.js';

let calls = 0;
vi.mock('../../src/pipeline.js', async (original) => {
  const real = await original<typeof import('../../src/pipeline.js')>();
  return {
    ...real,
    buildDossier: async (req: Parameters<typeof real.buildDossier>[0]) => {
      if (++calls === 2) throw new TypeError('simulated bug');
      return real.buildDossier(req);
    },
  };
});
const { watchBuild } = await import('../../src/cli/commands/build.js');

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const until = async (cond: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
};

it('reports an internal error in a rebuild and keeps watching', async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-watch-'));
  mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
  const article = join(dir, 'content', 'articles', '01.md');
  writeFileSync(article, '---\ntitle: First\n---\nAt least 3 people were hurt, police said.\n');
  let err = '';
  const io: Io = { stdout: () => {}, stderr: (s) => { err += s; }, isTTY: false, env: {} };
  const ctl = new AbortController();
  const watching = watchBuild({ content: join(dir, 'content'), out: join(dir, 'out'), formats: ['epub'], verbosity: 'normal' }, io, ctl.signal);
  await until(() => /watching/.test(err), 60_000);
  writeFileSync(article, '---\ntitle: Second\n---\nAt least 4 people were hurt, police said.\n');
  await until(() => /internal error: simulated bug/.test(err), 30_000);
  await new Promise((r) => setTimeout(r, 300));
  writeFileSync(article, '---\ntitle: Third\n---\nAt least 5 people were hurt, police said.\n');
  await until(() => (err.match(/wrote/g) ?? []).length >= 2, 60_000);
  expect(err).toMatch(/still watching/);
  ctl.abort();
  await watching;
});
