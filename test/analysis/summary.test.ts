// Summary: extractive, central across sources, without repeats, each sentence citing its supporting
// sources and the discrepancies it touches — on invented articles.
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/analysis/summary/index.js';
import { lexRank } from '../../src/analysis/summary/lexrank.js';
import type { Discrepancy } from '../../src/analysis/types.js';
import { makeArticles } from './articleFixture.js';

const flood = makeArticles(
  [
    'Heavy rain caused the river Elbe to burst its banks on Tuesday, flooding the old town of Pirna.',
    'At least 12 people died in the floods and more than 3,000 residents were evacuated, officials said.',
    'The mayor said the dykes had been reinforced only last year and should have held.',
    'A local bakery offered free bread to volunteers who filled sandbags through the night.',
    'Forecasters expect the water level to fall slowly over the weekend.',
  ],
  [
    'The river Elbe burst its banks after heavy rain on Tuesday and flooded the old town of Pirna.',
    'Officials said at least 14 people died in the floods, and some 3,000 residents were evacuated from their homes.',
    'Insurance companies estimate the damage at several hundred million euros across the region.',
    'Forecasters said the water level would fall slowly over the weekend, but more rain is possible.',
  ],
  [
    'Floods in the old town of Pirna followed heavy rain that made the river Elbe burst its banks.',
    'The army sent 400 soldiers to help evacuate residents and fill sandbags along the river.',
    'Officials said more than 3,000 residents were evacuated as the floods spread through the old town.',
    'A football match scheduled for Saturday was postponed because the stadium car park was under water.',
  ],
);

describe('summarize', () => {
  const toll: Discrepancy = {
    id: 'D1', kind: 'figure', finding: { rule: 'curated' }, about: 'people killed in the floods', note: '12 against 14.',
    statements: [
      { source: 'S1', quote: 'At least 12 people died in the floods', paragraph: 2 },
      { source: 'S2', quote: 'at least 14 people died in the floods', paragraph: 2 },
    ],
  };
  const summary = summarize(flood, [toll]);

  it('quotes 5–8 sentences verbatim from the sources', () => {
    expect(summary.length).toBeGreaterThanOrEqual(5);
    expect(summary.length).toBeLessThanOrEqual(8);
    for (const s of summary) {
      const article = flood.find((a) => a.id === s.origin!.source)!;
      expect(article.paragraphs[s.origin!.paragraph - 1].text).toContain(s.text);
    }
  });

  it('leads with the point every source makes and cites all three sources for it', () => {
    expect(summary[0].text).toMatch(/Elbe/);
    expect(summary[0].sources).toEqual(['S1', 'S2', 'S3']);
  });

  it('does not repeat a point already chosen', () => {
    expect(summary.filter((s) => /burst its banks/.test(s.text))).toHaveLength(1);
    expect(summary.filter((s) => /water level/.test(s.text))).toHaveLength(1);
    expect(summary.filter((s) => /people died/.test(s.text))).toHaveLength(1);
  });

  it('marks the sentence that states a disputed figure with its discrepancy', () => {
    const deaths = summary.find((s) => /died/.test(s.text));
    expect(deaths?.discrepancies).toEqual(['D1']);
    expect(summary.filter((s) => !/died/.test(s.text)).every((s) => !s.discrepancies)).toBe(true);
  });

  it('prefers points several sources carry over a single source’s aside', () => {
    // the points two or more sources make are all in; the least central aside is not
    for (const point of [/burst its banks/, /water level/]) {
      const s = summary.find((x) => point.test(x.text));
      expect(s?.sources.length).toBeGreaterThanOrEqual(2);
    }
    expect(summary.some((s) => /football/.test(s.text))).toBe(false);
  });

  it('cites for a figure only the sources that give the same figure', () => {
    // 12 dead in S1 against 14 in S2: S2 does not back S1's sentence, however alike the wording
    const deaths = summary.find((s) => /12 people died/.test(s.text));
    expect(deaths?.citations).toEqual([{ source: 'S1', paragraph: 2 }]);
  });

  it('returns nothing for articles without usable sentences', () => {
    expect(summarize(makeArticles(['Short line.']), [])).toEqual([]);
  });
});

describe('lexRank', () => {
  it('ranks the sentence most similar to the others highest', () => {
    const sim = [
      [1, 0.5, 0.5, 0.0],
      [0.5, 1, 0.2, 0.0],
      [0.5, 0.2, 1, 0.0],
      [0.0, 0.0, 0.0, 1],
    ];
    // compressed rows of the edges with a positive similarity
    const rows = sim.map((row, i) => row.flatMap((w, j) => (j !== i && w > 0 ? [{ to: j, w }] : [])));
    const start = Int32Array.from([0, ...rows.map((_, i) => rows.slice(0, i + 1).flat().length)]);
    const r = lexRank({ start, to: Int32Array.from(rows.flat().map((e) => e.to)), w: Float64Array.from(rows.flat().map((e) => e.w)) });
    expect(r[0]).toBeGreaterThan(r[1]);
    expect(r[0]).toBeGreaterThan(r[3]);
    expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
});
