// Control characters (raw, as entities, in HTML, in titles and settings) never reach the EPUB's XHTML or
// the PDF's XMP: raw ones, and character references to one ("&#1;"), are removed when content is read
// with a warning naming file and line; a YAML escape is an error naming the line.
// Before: epubcheck FATAL RSC-016, malformed XMP, and an internal error on the cover.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openEpub } from '../render/epub/helpers.js';
import { controlText, FORBIDDEN_CODES } from './arbitraries.js';
import { article, build, contentDir, removeContentDirs } from './harness.js';

afterAll(removeContentDirs);

const FORBIDDEN = new RegExp(`[${FORBIDDEN_CODES.map((c) => `\\u{${c.toString(16)}}`).join('')}]`, 'u');

async function expectClean(outputs: { format: string; bytes: Uint8Array }[]) {
  for (const o of outputs) {
    if (o.format === 'epub') {
      const epub = await openEpub(o.bytes);
      for (const name of epub.names.filter((n) => /\.(x?html|opf|ncx)$/.test(n))) expect(FORBIDDEN.test(await epub.text(name)), name).toBe(false);
    } else {
      const raw = Buffer.from(o.bytes).toString('latin1');
      const xmp = raw.slice(raw.indexOf('<x:xmpmeta'), raw.indexOf('</x:xmpmeta>'));
      expect(xmp.length).toBeGreaterThan(0);
      expect(/[\x01-\x08\x0b\x0c\x0e-\x1f]/.test(xmp), 'XMP').toBe(false);
    }
  }
}

describe('control characters', () => {
  it('raw ones in titles, settings and text are removed with a warning naming file and line', async () => {
    const dir = contentDir([`---\ntitle: "Bell\x07 report"\noutlet: Wire\x1b\ndate: 2024-01-01\n---\n\nAt least 12 people\x01 died\x0c.\n`],
      'title: "Cover\x01 title"\nsubtitle: "Sub\x02"\n');
    const outcome = await build(dir, ['pdf', 'epub']);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const w = outcome.result.warnings;
    expect(w.find((d) => d.file === 'dossier.yml')).toMatchObject({ severity: 'warning', line: 1 });
    expect(w.find((d) => d.file?.endsWith('001.md'))).toMatchObject({ line: 2, message: expect.stringMatching(/4 control characters.*U\+0007/) });
    expect(outcome.content.articles[0].meta.title).toBe('Bell report');
    expect(outcome.content.settings.title).toBe('Cover title');
    await expectClean(outcome.result.outputs);
  }, 60_000);

  it('an entity for one is dropped, in text, code, tables and HTML, with a warning naming file and line', async () => {
    const outcome = await build(contentDir([article('Intro.\n\nAt least 12 people died &#1;&#x1F;&#65535; here.\n\n`code&#2;`\n\n| a&#3; |\n|---|\n| b&#4; |\n\n<p>x&#5;y</p>\n\n    kept &#6; in a code block')]), ['epub']);
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.content.articles[0].paragraphs.map((p) => p.text.trim())).toEqual(['Intro.', 'At least 12 people died  here.', 'code', 'a b', 'xy', 'kept &#6; in a code block']);
    // article(): 5 lines of front matter and a blank line; "Intro." is line 7, the first entity line 9.
    const warnings = outcome.result.warnings.filter((d) => d.file === 'articles/001.md');
    expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', line: 9, message: expect.stringMatching(/removed 7 character references .*"&#1;" for U\+0001/) })]);
    await expectClean(outcome.result.outputs);
  }, 60_000);

  it('an entity for one deeper in a list or quote is warned about at its own line', async () => {
    const outcome = await build(contentDir([article('Intro.\n\n- one\n- two\n- three &#x7; bell\n\n> quoted\n> &#8;')]));
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.result.warnings.filter((d) => d.file === 'articles/001.md')).toEqual([expect.objectContaining({ line: 11, message: expect.stringMatching(/removed 2 .*"&#x7;" for U\+0007/) })]);
  });

  it('a YAML escape for one is an error naming the file and line', async () => {
    const outcome = await build(contentDir([article('Text.')], 'author: A\ntitle: "Title\\x01"\n'));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.diagnostics[0]).toMatchObject({ file: expect.stringMatching(/dossier\.yml$/), line: 2, message: expect.stringMatching(/U\+0001/) });
  });

  it('random control characters in bodies and titles never reach the output (property)', async () => {
    await fc.assert(fc.asyncProperty(controlText, controlText, async (body, title) => {
      const file = `---\ntitle: '${title.replace(/'/g, "''")}x'\noutlet: Wire\n---\n\nIntro.\n\n${body}\n`;
      const outcome = await build(contentDir([file]), ['pdf', 'epub']);
      if (!outcome.ok) throw new Error(outcome.error.message);
      await expectClean(outcome.result.outputs);
    }), { seed: 20240101, numRuns: 4 });
  }, 120_000);
});
