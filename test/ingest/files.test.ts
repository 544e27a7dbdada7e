// ingestFiles: numbering after existing articles, file names, unreadable inputs, and markdown escaping.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/article.js';
import { DossierError } from '../../src/core/diagnostics.js';
import { escapeMarkdown, ingestFiles, ingestText, slugify } from '../../src/content/ingest/index.js';

const PAGE = ['Zürich opens its first night bus line to the airport - Limmat News', 'Share on Facebook',
  'The city council approved the new line on Monday after a two-year trial.', 'Buses will run every thirty minutes between midnight and five in the morning.'].join('\n\n');

function tempContent(): string {
  return mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
}

describe('ingestFiles', () => {
  it('numbers new articles after the existing ones and writes readable articles', () => {
    const dir = tempContent();
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', '07-old.md'), '---\ntitle: Old\n---\n\nText.\n');
    const input = join(dir, 'scraped.txt');
    writeFileSync(input, PAGE);
    const [report] = ingestFiles([input], dir);
    expect(report.written).toBe(join('articles', '08-zurich-opens-its-first-night-bus.md'));
    expect(report.removed.map((r) => r.reason)).toEqual(['title (moved to front matter)', 'share button']);
    expect(report.kept).toBe(2);
    const a = parseArticle('S1', report.written, readFileSync(join(dir, report.written), 'utf8'));
    expect(a.meta).toMatchObject({ title: 'Zürich opens its first night bus line to the airport', outlet: 'Limmat News', originalFile: 'scraped.txt' });
    expect(a.paragraphs.map((p) => p.text)).toHaveLength(2);
  });

  it('creates the articles folder and starts at 01', () => {
    const dir = tempContent();
    const input = join(dir, 'a.txt');
    writeFileSync(input, PAGE);
    expect(ingestFiles([input, input], dir).map((r) => r.written)).toEqual([
      join('articles', '01-zurich-opens-its-first-night-bus.md'), join('articles', '02-zurich-opens-its-first-night-bus.md')]);
  });

  it.each([
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])],
    ['latin1', Buffer.from('Caf\xe9 in Z\xfcrich\n', 'latin1')],
  ])('refuses a %s file with an error naming it, and writes nothing', (kind, bytes) => {
    const dir = tempContent();
    const good = join(dir, 'good.txt');
    const bad = join(dir, `${kind}.txt`);
    writeFileSync(good, PAGE);
    writeFileSync(bad, bytes);
    expect(() => ingestFiles([good, bad], dir)).toThrow(DossierError);
    expect(() => ingestFiles([good, bad], dir)).toThrow(bad);
    expect(readdirSync(dir)).not.toContain('articles');
  });

  it('refuses a missing file with an error naming it', () => {
    const dir = tempContent();
    expect(() => ingestFiles([join(dir, 'nope.txt')], dir)).toThrow(/nope\.txt/);
  });
});

describe('slugify', () => {
  it('makes short ASCII slugs', () => {
    expect(slugify('Zürich: Überschwemmung — 5 Tote in São Paulo, Łódź und Kraków')).toBe('zurich-uberschwemmung-5-tote-in-sao');
    expect(slugify('«»—')).toBe('article');
  });
});

describe('escapeMarkdown', () => {
  const roundTrip = (s: string) => parseArticle('S1', 'x.md', `---\ntitle: t\n---\n\n${escapeMarkdown(s)}\n`).paragraphs[0]?.text;

  it('renders back to the exact text for markup-like input', () => {
    for (const s of ['*a* _b_ `c` [d](e) <f> &amp; g|h ~~i~~ \\j', '# not a heading', '1. not a list', '2) nor this', '+ plus', '= equals',
      '> not a quote', '--- not a rule', 'see https://example.org/a_b_c?x=1&y=2 and www.example.com', 'Tom’s “quote” — 100% <3', 'a  b'])
      expect(roundTrip(s)).toBe(s);
  });

  it('renders back to the exact text for any single line (property)', () => {
    const line = fc.string({ unit: fc.constantFrom(...'ab #*_`[]()<>&;!|~\\-+=.:1/"\'“”—é'.split('')), minLength: 1, maxLength: 40 })
      .map((s) => s.trim()).filter((s) => s.length > 0);
    fc.assert(fc.property(line, (s) => roundTrip(s) === s), { seed: 7, numRuns: 2000 });
  });
});

describe('ingestFiles on a page without report text', () => {
  it('refuses it with an error naming the file', () => {
    const dir = tempContent();
    const input = join(dir, 'menu-only.txt');
    writeFileSync(input, 'Home\n\nMenu\n\nShare on Facebook\n\nLeave a Reply\n');
    expect(() => ingestFiles([input], dir)).toThrow(/menu-only\.txt.*no report text/);
  });
});

describe('line endings and byte-order mark', () => {
  it('reads CRLF and BOM files like plain LF ones', () => {
    const lf = ingestText(PAGE, 'p.txt');
    const crlf = ingestText(`\uFEFF${PAGE.replace(/\n/g, '\r\n')}`, 'p.txt');
    expect(crlf.markdown).toBe(lf.markdown);
    expect(crlf.removed).toEqual(lf.removed);
  });
});

describe('front matter quoting', () => {
  it.each(['true', '123', 'null', 'a: b', '#tag', "'quoted'", '"double"', '@handle', 'Ünïcödé — “quotes”'])(
    'a title %j reads back unchanged', (title) => {
      const r = ingestText('The council approved the new night bus line on Monday after a two-year trial.\n', 'p.txt', { title });
      const meta = parseArticle('S1', 'x.md', r.markdown).meta;
      expect(meta.title).toBe(title);
    });
});
