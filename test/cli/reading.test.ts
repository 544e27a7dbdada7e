// What a build reads: nothing outside the content folder (settings and curated overrides linked out are
// refused before a byte is read, so no line of the target can be printed), no FIFO or device (it blocked
// forever), and text in the encodings and line ends people actually save. Each case failed before.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/terminal.js';
import { readContent } from '../../src/content/read.js';

const ARTICLE = '---\ntitle: "Storm hits coast"\noutlet: Coast Daily\ndate: 2023-09-01\n---\nAt least 12 people died when the storm hit the coast.\n';
const SECRET = 'root:$6$very-secret-hash:19000:0:99999:7:::';

let dir: string;
let content: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-read-'));
  content = join(dir, 'content');
  mkdirSync(join(content, 'articles'), { recursive: true });
  writeFileSync(join(content, 'articles', '01-storm.md'), ARTICLE);
  writeFileSync(join(dir, 'secret'), `${SECRET}\nline two\n`);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function check(...extra: string[]) {
  let err = '';
  const io: Io = { stdout: () => {}, stderr: (s) => { err += s; }, isTTY: false, env: {} };
  const code = await main(['check', '--content', content, ...extra], io);
  return { code, err };
}

describe('nothing outside the content folder', () => {
  it.each(['dossier.yml', 'curated.yml'])('%s linked outside is refused without printing the target', async (name) => {
    symlinkSync(join(dir, 'secret'), join(content, name));
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`${name.replace('.', '\\.')}: error: points outside the content folder`));
    expect(r.err).not.toContain('secret-hash');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('a link inside the folder is still read', async () => {
    writeFileSync(join(content, 'settings-real.yml'), 'title: Linked settings\n');
    symlinkSync(join(content, 'settings-real.yml'), join(content, 'dossier.yml'));
    expect(readContent(content).settings.title).toBe('Linked settings');
  });
});

describe('files that are not files', () => {
  const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
  it.each([['an article', join('articles', '02-pipe.md')], ['dossier.yml', 'dossier.yml'], ['curated.yml', 'curated.yml']])('a FIFO as %s is refused at once', async (_n, rel) => {
    mkfifo(join(content, rel));
    const r = await check(); // blocked forever before
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${rel}: error: not a regular file: it is a named pipe (FIFO)`);
  });

  it('a folder named like an article is refused', async () => {
    mkdirSync(join(content, 'articles', '02-dir.md'));
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/02-dir\.md: error: not a regular file: it is a folder/);
  });
});

describe('encodings, line ends and names', () => {
  it('UTF-16 with a byte-order mark is read; without one it is named, with how to convert', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE.replace('Storm', 'Sixteen'), 'utf16le')]);
    writeFileSync(join(content, 'articles', '02-utf16.md'), utf16);
    expect(readContent(content).articles[1].meta.title).toBe('Sixteen hits coast');
    writeFileSync(join(content, 'articles', '03-nobom.md'), Buffer.from(ARTICLE, 'utf16le'));
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/03-nobom\.md: error: UTF-16 text without a byte-order mark[\s\S]*iconv -f UTF-16LE -t UTF-8/);
  });

  it('CR-only line ends read like any other', () => {
    writeFileSync(join(content, 'articles', '01-storm.md'), ARTICLE.replace(/\n/g, '\r'));
    const a = readContent(content).articles[0];
    expect(a.meta).toMatchObject({ title: 'Storm hits coast', outlet: 'Coast Daily' });
    expect(a.paragraphs[0].text).toMatch(/^At least 12 people died/);
  });

  it('editor lock files and dotfiles are skipped; *.MD is an article', async () => {
    symlinkSync('user@host.1234:1700000000', join(content, 'articles', '.#01-storm.md')); // Emacs: a dangling link
    writeFileSync(join(content, 'articles', '._01-storm.md'), Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]));
    writeFileSync(join(content, 'articles', '02-UPPER.MD'), ARTICLE.replace('Storm', 'Upper'));
    const c = readContent(content);
    expect(c.articles.map((a) => a.path)).toEqual([join('articles', '01-storm.md'), join('articles', '02-UPPER.MD')]);
  });
});
