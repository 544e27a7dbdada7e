// Fuzz tests: property-based — random corpora of adversarial articles never crash the build, and
// generated news corpora on every invented event kind build with verbatim, well-referenced quotes.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENT_KINDS, generateArticles } from '../fixtures/generate/corpus.mjs';
import { articleFile, body } from './arbitraries.js';
import { article, build, contentDir, removeContentDirs } from './harness.js';
import { expectQuotesVerbatim } from './invariants.js';

afterAll(removeContentDirs);

// A fixed seed keeps CI reproducible; FUZZ_SEED / FUZZ_RUNS widen a local hunt.
const seed = Number(process.env.FUZZ_SEED ?? 20240101);
const scale = Number(process.env.FUZZ_RUNS ?? 1);

describe('random adversarial corpora', () => {
  it('analysis never crashes, and succeeds with verbatim quotes or fails with a DossierError', async () => {
    await fc.assert(fc.asyncProperty(fc.array(articleFile, { minLength: 1, maxLength: 4 }), async (files) => {
      const outcome = await build(contentDir(files));
      if (outcome.ok) expectQuotesVerbatim(outcome.result.analysis, outcome.content);
      else expect(outcome.error.diagnostics.length).toBeGreaterThan(0);
    }), { seed, numRuns: 60 * scale });
  });

  it('articles with valid front matter and any body always build (analysis only)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(body, { minLength: 1, maxLength: 3 }), async (bodies) => {
      const outcome = await build(contentDir(bodies.map((b, i) => article(b, `Report ${i + 1}`))));
      if (!outcome.ok) throw new Error(`valid articles were refused: ${outcome.error.message}`);
      expectQuotesVerbatim(outcome.result.analysis, outcome.content);
    }), { seed, numRuns: 40 * scale });
  });

  it('rendering PDF and EPUB never crashes on random bodies', async () => {
    await fc.assert(fc.asyncProperty(fc.array(body, { minLength: 1, maxLength: 2 }), async (bodies) => {
      const outcome = await build(contentDir(bodies.map((b, i) => article(b, `Report ${i + 1}`))), ['pdf', 'epub']);
      if (!outcome.ok) throw new Error(`valid articles were refused: ${outcome.error.message}`);
      const [pdf, epub] = outcome.result.outputs;
      expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
      expect(Buffer.from(epub.bytes.subarray(0, 2)).toString()).toBe('PK');
    }), { seed, numRuns: 4 * scale });
  });
});

describe('generated news corpora', () => {
  it.each(EVENT_KINDS)('a %s corpus yields figures and actors with verbatim quotes', async (kind) => {
    const corpus = generateArticles(6, seed, kind);
    const outcome = await build(contentDir(corpus.articles.map((a) => a.text), stringify(corpus.settings)), kind === 'flood' ? ['pdf', 'epub'] : []);
    if (!outcome.ok) throw new Error(`generated corpus refused: ${outcome.error.message}`);
    const { analysis } = outcome.result;
    expectQuotesVerbatim(analysis, outcome.content);
    // Every generated article states several figures and names several people.
    expect(analysis.figures.length).toBeGreaterThan(0);
    expect(analysis.actors.filter((a) => a.kind === 'person').length).toBeGreaterThan(1);
    expect(analysis.sources).toHaveLength(6);
  });

  it('the generator is deterministic', () => {
    expect(generateArticles(3, 7)).toEqual(generateArticles(3, 7));
    expect(generateArticles(3, 7)).not.toEqual(generateArticles(3, 8));
  });
});
