// Deep nesting: within the limits it builds; beyond them it is an error naming the file (and the line),
// quickly — never a stack overflow (2,000 '>' in a 2 KB file), a 16-second parse or a heap exhausted
// (a list 3,000 levels deep).
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_INDENT, MAX_QUOTE_DEPTH } from '../../src/content/nesting.js';
import { deepNesting } from './arbitraries.js';
import { article, build, contentDir, removeContentDirs } from './harness.js';

afterAll(removeContentDirs);

describe('nesting limits', () => {
  it.each([
    ['quote', 2000, /block quotes nested more than 200 deep/],
    ['spacedQuote', 2000, /block quotes nested more than 200 deep/],
    // 1,500 levels: 3,000 made an 8.6 MiB file, now refused by the article size limit before its nesting is read.
    ['list', 1500, /indented more than 400 columns/],
  ] as const)('%s nested %i deep is an error naming file and line', async (kind, depth, message) => {
    const outcome = await build(contentDir([article(`Intro.\n\n${deepNesting(kind, depth)}`)]));
    expect(outcome.ok).toBe(false);
    // article(): 5 lines of front matter, a blank line, "Intro.", a blank line, then the nesting.
    const line = kind === 'list' ? 9 + MAX_INDENT / 2 + 1 : 9;
    if (!outcome.ok) expect(outcome.error.diagnostics[0]).toMatchObject({ file: 'articles/001.md', line, message: expect.stringMatching(message) });
  });

  it('50,000 levels of emphasis are an error naming file and line, not a stack overflow', async () => {
    const outcome = await build(contentDir([article(`Intro.\n\n${deepNesting('emphasis', 50_000)}`)]));
    expect(!outcome.ok && outcome.error.diagnostics[0]).toMatchObject({ file: 'articles/001.md', line: 9, message: expect.stringMatching(/a run of more than 500 "\*"/) });
  });

  it('a rule of 2,000 stars is still a rule', async () => {
    const outcome = await build(contentDir([article(`Intro.\n\n${'*'.repeat(2000)}\n\nAfter.`)]));
    expect(outcome.ok && outcome.content.articles[0].paragraphs.map((p) => p.text)).toEqual(['Intro.', 'After.']);
  });

  it.each([
    ['quote', MAX_QUOTE_DEPTH], ['list', MAX_INDENT / 2], ['brackets', 50_000],
  ] as const)('%s nested %i deep (at the limit) builds', async (kind, depth) => {
    const outcome = await build(contentDir([article(`Intro with 3 people.\n\n${deepNesting(kind, depth)}`)]));
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.result.analysis.sources).toHaveLength(1);
  }, 60_000);
});
