// Values that used to pass and make wrong or invalid output: impossible dates ('2022-02-30' printed as
// 2 March; '2022-13-45' went into dc:date), a list as dossier.yml ('setting ""'), and addresses with
// white space kept as links (epubcheck RSC-020).
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/article.js';
import { parseSettings } from '../../src/content/settings.js';
import { DossierError } from '../../src/core/diagnostics.js';
import { safeHref } from '../../src/model/compose/inlines.js';
import { openEpub } from '../render/epub/helpers.js';
import { article, build, contentDir, removeContentDirs } from '../fuzz/harness.js';

afterAll(removeContentDirs);

function diagnostic(f: () => unknown) {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DossierError);
    return (e as DossierError).diagnostics[0];
  }
  throw new Error('expected a DossierError');
}

describe('dates', () => {
  it.each(['2022-02-30', '2022-13-45', '2021-02-29', '2022-00-10', '2022-04-31'])('%s in front matter is an error naming file and line', (date) => {
    const d = diagnostic(() => parseArticle('S1', 'articles/a.md', `---\ntitle: T\noutlet: O\ndate: ${date}\n---\nText.\n`));
    expect(d).toMatchObject({ file: 'articles/a.md', line: 4, message: expect.stringMatching(/date.*not a day of the calendar/) });
  });

  it('in settings too', () => {
    const d = diagnostic(() => parseSettings('title: T\ndate: 2022-02-30\n', 'dossier.yml'));
    expect(d).toMatchObject({ file: 'dossier.yml', line: 2 });
  });

  it('real days pass, leap days included', () => {
    expect(parseArticle('S1', 'a.md', '---\ntitle: T\ndate: 2024-02-29\n---\nText.\n').meta.date).toBe('2024-02-29');
    expect(parseSettings('date: 0099-12-31\n', 'dossier.yml').date).toBe('0099-12-31');
  });
});

describe('settings that are not a mapping', () => {
  it.each([['a list', '- a\n- b\n'], ['a string', 'just text\n']])('%s says so, not `setting ""`', (_n, yaml) => {
    const d = diagnostic(() => parseSettings(yaml, 'dossier.yml'));
    expect(d.message).toMatch(/settings must be a YAML mapping/);
    expect(d.message).not.toMatch(/setting ""/);
  });
});

describe('link filter', () => {
  it.each(['http://example.com/a b', 'https://example.com/\ta', 'http://exa mple.com/', 'http://', 'javascript:alert(1)', 'mailto:a b@c.d', 'https://x.invalid/\u0001'])('refuses %j', (href) => {
    expect(safeHref(href)).toBeUndefined();
  });
  it.each(['https://example.com/a%20b?q=1#f', 'mailto:news@example.com', 'HTTP://EXAMPLE.COM'])('keeps %j', (href) => {
    expect(safeHref(href)).toBe(href);
  });

  it('an address with a space in the text or front matter is not a link in the EPUB', async () => {
    const file = article('See [the site](<http://example.com/a b>) and [ok](http://example.com/ok).').replace('date:', 'url: "http://example.com/x y"\ndate:');
    const outcome = await build(contentDir([file]), ['epub']);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const epub = await openEpub(outcome.result.outputs[0].bytes);
    const hrefs: string[] = [];
    for (const name of epub.names.filter((n) => n.endsWith('.xhtml'))) hrefs.push(...[...(await epub.text(name)).matchAll(/href="([^"]*)"/g)].map((m) => m[1]));
    expect(hrefs).toContain('http://example.com/ok');
    expect(hrefs.filter((h) => /\s/.test(h))).toEqual([]);
  }, 60_000);
});
