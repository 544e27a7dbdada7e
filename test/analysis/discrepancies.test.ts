// Unit tests: discrepancy rules on invented reports — conflicting figures, the same amount counting
// different things, unconfirmed figures, listed nationalities, contrasting predicates, different prices.
import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src/analysis/discrepancies/index.js';
import { extractFigures } from '../../src/analysis/figures/index.js';
import type { Article } from '../../src/content/types.js';
import { article, eventFixtures } from './figuresHelpers.js';
import { worded } from './worded.js';

function discrepancies(articles: Article[]) {
  const figures = extractFigures(articles);
  return { figures, found: worded(findDiscrepancies(articles, figures, [])) };
}

describe('findDiscrepancies', () => {
  it('reports conflicting figures, quoting each side, and links the figure to it', () => {
    const { figures, found } = discrepancies([
      article('S1', ['The coalition deployed 3,000 soldiers to the border.']),
      article('S2', ['Some 4,500 troops have been sent to the border.', 'Officials said the force numbered 3,000 troops.']),
    ]);
    const d = found.find((x) => x.kind === 'figure')!;
    expect(d.statements.map((s) => s.source)).toEqual(['S1', 'S2', 'S2']);
    expect(d.note).toMatch(/S2 contradicts itself/);
    expect(figures.find((f) => f.label === 'troops deployed')!.discrepancy).toBe(d.id);
  });

  it('names a conflict by what was measured: a count is a "number of", a magnitude or an amount is not', () => {
    const { found } = discrepancies([
      article('S1', ['Magnitude: 6.6', 'The strike has cost the economy €236m a day.', 'Officials said 40 people were killed.']),
      article('S2', ['Magnitude: 6.9', 'The strike has cost the economy €300m a day.', 'Officials said 52 people were killed.']),
    ]);
    const abouts = found.filter((d) => d.kind === 'figure').map((d) => d.about).sort();
    expect(abouts).toEqual(['cost (EUR)', 'magnitude', 'number of people killed']);
  });

  it('reports the same amount counting different kinds of thing', () => {
    const { found } = discrepancies([
      article('S1', ['The convoy included 120 pieces of equipment.']),
      article('S2', ['The convoy included 120 vehicles and other equipment.']),
    ]);
    expect(found.some((d) => d.kind === 'figure' && /^kind of/.test(d.about) && /count different things/.test(d.note))).toBe(true);
  });

  it('reports a figure given as official by one source and unconfirmed by another', () => {
    const { found } = discrepancies(eventFixtures());
    const d = found.find((x) => /official/.test(x.about))!;
    expect(d.kind).toBe('claim');
    expect(d.statements.some((s) => s.source === 'S3' && s.quote.includes('has not been confirmed'))).toBe(true);
    expect(d.statements.some((s) => s.source !== 'S3')).toBe(true);
  });

  it('reports resigned against dismissed for the same person', () => {
    const { found } = discrepancies(eventFixtures());
    const d = found.find((x) => x.about.startsWith('resignation or removal'))!;
    expect(d.statements.map((s) => s.quote)).toEqual([
      'Governor Mira Talvik resigned on Monday after criticism of the warning system',
      'Governor Mira Talvik was dismissed by the cabinet on Monday',
    ]);
    // The note quotes the sources' own words, not a label of the rule.
    expect(d.note).toContain('“resigned”');
    expect(d.note).toContain('“was dismissed”');
  });

  it('does not pair a resignation and a dismissal about different things', () => {
    const { found } = discrepancies([
      article('S1', ['The finance minister Paul Arne resigned over the budget.']),
      article('S2', ['A court dismissed the appeal of the fishing union.']),
    ]);
    expect(found).toEqual([]);
  });

  it('reports one force described by one nationality and by a list', () => {
    const { found } = discrepancies([
      article('S1', ['Norwegian troops arrived in the port on Friday.']),
      article('S2', ['Norwegian, Danish and Finnish troops arrived in the port.']),
    ]);
    const d = found.find((x) => x.about.startsWith('nationality'))!;
    // A bare two-word mention is quoted with its clause.
    expect(d.statements.map((s) => s.quote)).toEqual(['Norwegian troops arrived in the port on Friday', 'Norwegian, Danish and Finnish troops']);
    expect(d.note).toBe('S1 calls them Norwegian troops; S2 lists troops of three nations (Norwegian, Danish and Finnish).');
  });

  it('reports sources naming different prices, but not one source naming two', () => {
    const differ = discrepancies([
      article('S1', ['Strikes began over rising bread prices.']),
      article('S2', ['Strikes began over higher fuel prices.']),
    ]).found;
    expect(differ.find((d) => d.about.startsWith('which prices'))!.statements).toHaveLength(2);
    const oneSource = discrepancies([
      article('S1', ['Bread prices and fuel prices both rose.']),
      article('S2', ['Fuel prices rose.']),
    ]).found;
    expect(oneSource.some((d) => d.about.startsWith('which prices'))).toBe(false);
  });

  it('quotes every statement verbatim from its paragraph', () => {
    const articles = eventFixtures();
    for (const d of discrepancies(articles).found) {
      for (const s of d.statements) {
        expect(articles.find((a) => a.id === s.source)!.paragraphs.find((p) => p.n === s.paragraph)!.text).toContain(s.quote);
      }
    }
  });
});

describe('discrepancy rules', () => {
  it('are one registry with one signature, each named, and findDiscrepancies is their union in order', async () => {
    const { RULES } = await import('../../src/analysis/discrepancies/index.js');
    expect(RULES.length).toBeGreaterThan(5);
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
    for (const r of RULES) expect(r.find({ sentences: [], figures: [], actors: [] })).toEqual([]);
  });
});
