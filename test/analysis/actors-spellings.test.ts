// Analysis: each actor's spellings carry the sources that write them (the profile lists them without
// searching the articles again) — for extracted spellings and for an analyst's curated alias alike.
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../src/analysis/index.js';
import { makeArticles } from './articleFixture.js';

const articles = makeArticles(
  ['Governor Maria Schäfer said every bridge would be rebuilt.', 'Schäfer added that help was coming.'],
  ['Governor Maria Schaefer told reporters the water was falling.', 'The governor, M. Schaefer, left at noon.'],
);

describe('actor spellings', () => {
  it('names, for every spelling of every actor, exactly the sources whose text holds it', () => {
    const { actors } = analyzeArticles(articles);
    expect(actors.length).toBeGreaterThan(0);
    for (const a of actors) {
      expect(Object.keys(a.spelledBy!)).toEqual([a.name, ...a.aliases]);
      for (const [spelling, ids] of Object.entries(a.spelledBy!)) {
        expect(ids).toEqual(articles.filter((x) => x.paragraphs.some((p) => p.text.includes(spelling))).map((x) => x.id));
      }
    }
    const schaefer = actors.find((a) => a.name === 'Maria Schäfer' || a.aliases.includes('Maria Schäfer'))!;
    expect(schaefer.spelledBy!['Maria Schäfer']).toEqual(['S1']);
  });

  it('places a curated alias in the sources that write it', () => {
    const curated = [{ path: 'curated.yml', text: 'actors:\n  - match: Maria Schäfer\n    aliases: [M. Schaefer]\n' }];
    const a = analyzeArticles(articles, curated).actors.find((x) => x.aliases.includes('M. Schaefer'))!;
    expect(a.spelledBy!['M. Schaefer']).toEqual(['S2']);
  });
});
