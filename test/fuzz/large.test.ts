// Fuzz tests: the full-size inputs of the brief — a 100,000-character paragraph and 3,000 paragraphs,
// built to PDF + EPUB. Too slow for every test run today (see BENCHMARKS.md), so opt-in: FUZZ_LARGE=1.
import { afterAll, describe, expect, it } from 'vitest';
import { article, build, contentDir, prose, removeContentDirs } from './harness.js';
import { expectQuotesVerbatim } from './invariants.js';

afterAll(removeContentDirs);

describe.runIf(process.env.FUZZ_LARGE === '1')('full-size inputs (FUZZ_LARGE=1)', () => {
  it.each([
    ['a 100,000-character paragraph', [article(prose(100_000)), article(prose(2000), 'Second')]],
    // Math.max(...lines) over its 200,000 narrow lines overflowed the stack in render/pdf/tables.ts.
    ['a 200,000-word table cell', [article(`Intro.\n\n| a | b |\n|---|---|\n| ${Array.from({ length: 200_000 }, (_, i) => `w${i % 1000}`).join(' ')} | x |`)]],
    ['3,000 paragraphs in one article', [article(Array.from({ length: 3000 }, (_, i) => `Paragraph ${i + 1}: ${prose(80 + (i % 7) * 30)}.`).join('\n\n'))]],
  ])('%s builds to PDF + EPUB', async (_name, files) => {
    const outcome = await build(contentDir(files), ['pdf', 'epub']);
    if (!outcome.ok) throw new Error(outcome.error.message);
    expectQuotesVerbatim(outcome.result.analysis, outcome.content);
    expect(outcome.result.outputs).toHaveLength(2);
  }, 600_000);
});
