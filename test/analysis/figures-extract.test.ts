// Unit tests: quantities → figures on invented reports of floods, elections, budgets and earthquakes —
// what is counted, what happened to it, grouping across wordings, agreement, background, exclusions.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';
import type { Figure } from '../../src/analysis/types.js';
import { article, eventFixtures } from './figuresHelpers.js';

const find = (figures: Figure[], label: string) => figures.filter((f) => f.label === label);

describe('extractFigures', () => {
  it('groups differently worded reports of one toll and finds they agree', () => {
    const figures = extractFigures([
      article('S1', ['At least 164 people have died in the earthquake, officials said.']),
      article('S2', ['The quake killed more than 160 people across the province.']),
      article('S3', ['Rescuers counted 164 deaths by Sunday.']),
    ]);
    const [killed] = find(figures, 'people killed');
    expect(killed.values.map((v) => v.source)).toEqual(['S1', 'S2', 'S3']);
    expect(killed.agreement).toBe('consistent');
    expect(killed.values[0]).toMatchObject({ value: 164, qualifier: 'at least', quote: 'At least 164 people have died in the earthquake' });
  });

  it('finds a conflict between exact counts of the same force', () => {
    const figures = extractFigures([
      article('S1', ['The mission includes 2,030 soldiers and 250 pieces of equipment.']),
      article('S2', ['The alliance sent 2,500 soldiers to the capital.']),
    ]);
    const [troops] = find(figures, 'troops deployed');
    expect(troops.agreement).toBe('conflicting');
    expect(troops.values.map((v) => v.value)).toEqual([2030, 2500]);
    expect(find(figures, 'equipment deployed')[0].values[0]).toMatchObject({ value: 250, quote: '250 pieces of equipment' });
  });

  it('marks a figure from one source as single-source and keeps what is counted apart', () => {
    const figures = extractFigures([
      article('S1', ['Nearly 8,000 people were detained during the election protests.', 'The ruling party won 121 seats.']),
      article('S2', ['Police arrested some 8,000 people after the vote.']),
    ]);
    expect(find(figures, 'people arrested')[0].agreement).toBe('consistent');
    expect(find(figures, 'seats won')[0].agreement).toBe('single-source');
  });

  it('reads money, shares and lengths of time with what they are about', () => {
    const figures = extractFigures([article('S1', [
      'The finance minister unveiled a $3bn budget on Monday.',
      'Turnout was 62% according to the commission.',
      'A three-day curfew was declared.',
    ])]);
    expect(figures.map((f) => f.label)).toEqual(expect.arrayContaining(['budget (USD)', 'turnout (%)', 'length of the curfew (days)']));
    expect(figures.find((f) => f.label === 'budget (USD)')!.values[0].value).toBe(3e9);
  });

  it('takes an age with the person it belongs to, from either side', () => {
    const figures = extractFigures([
      article('S1', ['Protests targeted Jane Aldous, the 81-year-old former leader.']),
      article('S2', ['Crowds chanted against 81-year-old former leader Jane Aldous.']),
    ]);
    const [age] = figures.filter((f) => f.label.startsWith('age of'));
    expect(age.values).toHaveLength(2);
    expect(age.agreement).toBe('consistent');
  });

  it('leaves out dates, times, years, ordinals and numbers that count nothing', () => {
    const figures = extractFigures([article('S1', [
      'On January 10, 2022, at 15:34, the second round began.',
      'The two leaders met three years ago in 2019.',
      'It was one of the largest storms on record.',
    ])]);
    expect(figures).toEqual([]);
  });

  it('keeps an earlier disaster’s toll apart as background', () => {
    const figures = extractFigures([article('S1', [
      'At least 47 people have died in the floods.',
      'The 2019 floods in the same valley killed 212 people.',
    ], '2031-04-12')]);
    const killed = figures.filter((f) => f.label.startsWith('people killed'));
    expect(killed).toHaveLength(2);
    expect(killed.find((f) => f.background)!.label).toBe('people killed (2019)');
    expect(killed.find((f) => f.background)!.values[0].value).toBe(212);
    expect(killed.find((f) => !f.background)!.values[0].value).toBe(47);
  });

  it('separates background tolls of different years, and the main quake from its aftershock', () => {
    const figures = extractFigures([article('S1', [
      'A magnitude 7.8 earthquake struck before dawn, followed by a 7.5-magnitude aftershock.',
      'It was the strongest quake since 1939, when nearly 33,000 people died.',
      'In 2020, a quake in the west killed 117 people.',
      'Turnout was 87 percent, up from 84 percent in 2018.',
    ], '2023-02-07')]);
    expect(figures.find((f) => f.label === 'magnitude of the earthquake')!.values[0].value).toBe(7.8);
    expect(figures.find((f) => f.label === 'magnitude of an aftershock')!.values[0].value).toBe(7.5);
    expect(figures.filter((f) => f.background).map((f) => f.label).sort()).toEqual(['people killed (1939)', 'people killed (2020)', 'turnout (%) (2018)']);
    expect(figures.find((f) => f.label === 'turnout (%)' && !f.background)!.values[0].value).toBe(87);
  });

  it('tells apart two shares in one sentence, but keeps a rival estimate of one count together', () => {
    const shares = extractFigures([article('S1', ['The opposition won 42.3% of the vote, while the ruling party took 38 percent.'])]);
    expect(shares.filter((f) => f.label === 'vote (%)').map((f) => f.agreement)).toEqual(['single-source', 'single-source']);
    const crowd = extractFigures([article('S1', ['Some 2,000 workers marched through the capital, organisers said; police put the number at 1,200.'])]);
    expect(crowd).toHaveLength(1);
    expect(crowd[0].values.map((v) => v.value)).toEqual([2000, 1200]);
    expect(crowd[0].agreement).toBe('conflicting');
    expect(crowd[0].values.map((v) => v.attribution)).toEqual(['organisers', 'police']);
  });

  it('quotes every value verbatim from its paragraph', () => {
    const articles = eventFixtures();
    for (const f of extractFigures(articles)) {
      for (const v of f.values) {
        const p = articles.find((a) => a.id === v.source)!.paragraphs.find((x) => x.n === v.paragraph)!;
        expect(p.text).toContain(v.quote);
      }
    }
  });

  it('finds the invented flood’s figures and how the sources relate', () => {
    const figures = extractFigures(eventFixtures());
    const byLabel = (l: string) => figures.find((f) => f.label === l && !f.background)!;
    expect(byLabel('people killed').values.map((v) => [v.source, v.value])).toEqual([['S1', 47], ['S2', 52], ['S3', 50]]);
    expect(byLabel('people killed').agreement).toBe('conflicting'); // 52 against "nearly 50"
    expect(byLabel('people displaced or evacuated').values.map((v) => v.value)).toEqual([12000, 12500, 8000]);
    expect(byLabel('buildings damaged or destroyed').agreement).toBe('consistent');
    expect(byLabel('people missing').values.map((v) => v.value)).toEqual([15, 15]);
    expect(byLabel('children killed').agreement).toBe('single-source');
    expect(figures.find((f) => f.background)?.values[0].value).toBe(212);
    expect(figures.some((f) => f.values.some((v) => v.value === 18))).toBe(false); // "at 18:00"
  });
  it('names an amount by the verb that reports it, and groups the outlets\' wordings of one daily loss', () => {
    const figures = extractFigures([
      article('S1', ['The economy loses up to €236m a day, officials said.']),
      article('S2', ['The strike is costing the economy some €240 million a day, and the economy lost €236m on Monday alone.']),
      article('S3', ['Fines of $2m were imposed on the unions.']),
    ]);
    expect(find(figures, 'amount')).toEqual([]);
    expect(find(figures, 'los')).toEqual([]);
    const loss = figures.filter((f) => f.label.startsWith('loss'));
    expect(loss).toHaveLength(1);
    expect([...new Set(loss[0].values.map((v) => v.source))].sort()).toEqual(['S1', 'S2']);
    expect(figures.some((f) => f.label.startsWith('fine'))).toBe(true);
  });
  it('does not take a four-digit count for the year of an earlier event', () => {
    const figures = extractFigures([
      article('S1', ['According to the agency, at least 1856 people were killed.']),
      article('S2', ['The earthquake killed 1,900 people, officials said.']),
    ]);
    const killed = figures.filter((f) => f.label.startsWith('people killed'));
    expect(killed).toHaveLength(1);
    expect(killed[0].background).toBeFalsy();
    expect(killed[0].values.map((v) => v.value)).toEqual([1856, 1900]);
  });
  it('does not count the people in an organisation\'s name', () => {
    const figures = extractFigures([
      article('S1', ['Some 2,300 public sector jobs will go.', 'According to the Federation of Public Workers, 5.0 billion will go to defence.']),
    ]);
    expect(figures.filter((f) => f.label.startsWith('workers'))).toEqual([]);
    expect(figures.some((f) => f.values.some((v) => v.value === 5e9))).toBe(false);
  });
});
