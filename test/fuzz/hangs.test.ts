// Inputs that hung the build: each now finishes (well inside the test timeout, which the old code blew
// by minutes) or is a clear limit error. These are not speed measurements (those are in bench/): the
// timeouts are 100–1000× what the fixed code needs, so only a return of the old behaviour trips them.
import { afterAll, describe, expect, it } from 'vitest';
import { article, build, contentDir, removeContentDirs } from './harness.js';

afterAll(removeContentDirs);

describe('inputs that hung', () => {
  it('a 1 MB capitalised "word" (the nationality-list rule was quadratic: 100 KB took 46 s, 1 MB past 120 s)', async () => {
    const outcome = await build(contentDir([article(`Intro: 12 soldiers arrived.\n\n${'A'.repeat(1_000_000)} troops`), article('Norwegian, Danish and Finnish troops arrived.', 'Two')]));
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.content.articles[0].paragraphs[1].text.length).toBe(1_000_007);
  }, 60_000);

  it('a 1,500-word dossier title is a limit error naming dossier.yml (cover fitting took 34 s)', async () => {
    const outcome = await build(contentDir([article('Text.')], `title: "${Array.from({ length: 1500 }, (_, i) => `word${i}`).join(' ')}"\n`), ['epub']);
    expect(!outcome.ok && outcome.error.diagnostics[0]).toMatchObject({ file: expect.stringMatching(/dossier\.yml$/), line: 1, message: expect.stringMatching(/at most 300 characters/) });
  }, 60_000);

  it('a 1,500-word headline is a limit error naming the article', async () => {
    const outcome = await build(contentDir([article('Text.', Array.from({ length: 1500 }, (_, i) => `word${i}`).join(' '))]), ['pdf']);
    expect(!outcome.ok && outcome.error.diagnostics[0]).toMatchObject({ file: 'articles/001.md', line: 2, message: expect.stringMatching(/at most 500 characters/) });
  }, 60_000);
});
