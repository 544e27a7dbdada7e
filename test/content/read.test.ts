// Content stage: reading a content folder reports every bad file at once, not only the first.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, readContent } from '../../src/content/read.js';
import { DossierError } from '../../src/core/diagnostics.js';

let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

function folder(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'dossier-read-'));
  mkdirSync(join(dir, 'articles'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('readContent', () => {
  it('names every bad file in one error: settings and two articles', () => {
    const d = folder({
      'dossier.yml': 'paper: A3\n',
      'articles/01-good.md': '---\ntitle: Good\n---\nText.\n',
      'articles/02-bad.md': '---\ntitle: Bad\nsource: x\n---\nText.\n',
      'articles/03-worse.md': '---\ntitle: [unclosed\n---\nText.\n',
    });
    let error: unknown;
    try { readContent(d); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(DossierError);
    const files = (error as DossierError).diagnostics.map((x) => x.file ?? '');
    expect(files.some((f) => f.endsWith('dossier.yml'))).toBe(true);
    expect(files).toContain(join('articles', '02-bad.md'));
    expect(files).toContain(join('articles', '03-worse.md'));
    expect((error as DossierError).message.split('\n').filter((l) => /error:/.test(l))).toHaveLength(3);
  });

  it('reads a good folder as before', () => {
    const c = readContent(folder({ 'articles/01-a.md': '---\ntitle: A\n---\nOne.\n\nTwo.\n' }));
    expect(c.articles.map((a) => [a.id, a.paragraphs.length])).toEqual([['S1', 2]]);
    expect(c.warnings).toEqual([]);
  });

  it('refuses an article over the size limit, naming it, before parsing it (issue 16: 50 MB ran for minutes towards the heap\'s end)', () => {
    const ok = '---\ntitle: T\n---\n\nText.\n';
    const big = `---\ntitle: Big\n---\n\n${'officials said 12 people were hurt. '.repeat(Math.ceil(MAX_ARTICLE_BYTES / 36))}\n`;
    expect(big.length).toBeGreaterThan(MAX_ARTICLE_BYTES);
    const d = folder({ 'articles/a.md': ok, 'articles/b.md': big });
    let error: unknown;
    try {
      readContent(d);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).diagnostics).toEqual([expect.objectContaining({ file: 'articles/b.md', message: expect.stringMatching(/4\.0 MiB: an article may be at most 4 MiB/) })]);
    // Just under the limit is read.
    writeFileSync(join(d, 'articles', 'b.md'), big.slice(0, MAX_ARTICLE_BYTES - 10));
    expect(readContent(d).articles).toHaveLength(2);
  });
});
