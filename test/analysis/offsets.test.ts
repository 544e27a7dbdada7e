// Analysis results carry where each quote stands (¶ and offset), so compose cuts and cites a quote without
// searching the text again. Checked on the seeds and every dev cluster: every figure value's and every
// statement's offset points at its quote.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../src/analysis/index.js';
import type { Statement } from '../../src/analysis/types.js';
import type { Article } from '../../src/content/types.js';
import { readContent } from '../../src/content/read.js';
import { excerpt } from '../../src/model/compose/discrepancies.js';
import { makeArticles } from './articleFixture.js';
import { seedArticles, SHARED } from './seedArticles.js';

const DEV = join(SHARED, 'gold', 'dev');
const clusters: [string, () => Article[]][] = [
  ['seeds', () => seedArticles().articles],
  ...['klitschko-thompson-2012', 'sixers-coach-change-2005', 'texas-prison-escape-2009']
    .filter((name) => existsSync(join(DEV, name)))
    .map((name): [string, () => Article[]] => [name, () => readContent(join(DEV, name)).articles]),
];

describe('quote offsets', () => {
  it.each(clusters)('%s: every quote stands at its offset in its paragraph', (_name, load) => {
    const articles = load();
    const analysis = analyzeArticles(articles);
    const quotes: Statement[] = [
      ...analysis.figures.flatMap((f) => f.values),
      ...analysis.discrepancies.flatMap((d) => d.statements),
      ...analysis.actors.flatMap((a) => a.statements ?? []),
    ];
    expect(quotes.length).toBeGreaterThan(10);
    const wrong = quotes.filter((q) => {
      const text = articles.find((a) => a.id === q.source)?.paragraphs.find((p) => p.n === q.paragraph)?.text ?? '';
      return !Number.isInteger(q.start) || text.slice(q.start, q.start + q.quote.length) !== q.quote;
    });
    expect(wrong).toEqual([]);
    // Each actor's statement carries its readability, so compose ranks them without re-reading.
    const said = analysis.actors.flatMap((a) => a.statements ?? []);
    expect(said.filter((s) => !(s.readability! > 0 && s.readability! <= 1))).toEqual([]);
  });

  it('a quote written twice in a paragraph is cut where the analysis found it, not at its first occurrence', () => {
    const articles = makeArticles(['The toll rose to 52. By noon the toll rose to 52 in the capital.']);
    const text = articles[0].paragraphs[0].text;
    const quote = 'toll rose to 52';
    const second = text.lastIndexOf(quote);
    expect(second).toBeGreaterThan(text.indexOf(quote));
    expect(excerpt({ source: 'S1', paragraph: 1, quote, start: second }, articles)).toBe('“…toll rose to 52…”');
    expect(excerpt({ source: 'S1', paragraph: 1, quote, start: text.indexOf(quote) }, articles)).toBe('“…toll rose to 52”');
  });
});
