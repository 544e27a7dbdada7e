// Unit tests: the precision side of the figures scorer and the dev-gold reading — invented articles and
// labels, so each count can be checked by hand.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreActors } from '../../eval/actors.js';
import { scoreFigures } from '../../eval/figures.js';
import { goldSourceMap, type GoldFile, loadGold } from '../../eval/gold.js';
import type { Analysis, Figure, FigureValue } from '../../src/analysis/types.js';
import { makeArticles } from '../analysis/articleFixture.js';

const articles = makeArticles(
  ['Floods killed 12 people in the valley on Monday.', 'In 1998 a flood killed 40 people.', 'Several bridges were swept away.'],
  ['The floods killed 12 people, officials said.'],
);
const gold: GoldFile = {
  figures: [
    { id: 'F01', quantity: 'people killed', statements: [{ source: '01', value: 12, phrase: 'killed 12 people' }, { source: '02', value: 12, phrase: 'killed 12 people' }] },
    { id: 'F02', quantity: 'bridges swept away', statements: [{ source: '01', value: 'several', qualifier: 'vague', phrase: 'Several bridges' }] },
    { id: 'B01', quantity: 'people killed in the 1998 flood', statements: [{ source: '01', value: 40, phrase: 'killed 40 people' }] },
  ],
  discrepancies: [], actors: [], consistent: [{ see: 'F01' }],
};
const value = (source: string, paragraph: number, value: number | null, quote: string, qualifier: string | null = null): FigureValue =>
  ({ source, paragraph, value: value as number, quote, qualifier });
const row = (id: string, agreement: Figure['agreement'], values: FigureValue[]): Figure => ({ id, label: 'x', agreement, values });
const analysisOf = (figures: Figure[]): Analysis => ({ sources: [], summary: [], figures, actors: [], discrepancies: [] });
const sourceMap = goldSourceMap(articles);

describe('figures scorer, precision', () => {
  it('maps two-digit file prefixes when no original file is named', () => {
    expect(sourceMap).toEqual({ '01': 'S1', '02': 'S2' });
  });

  it('counts a row mixing this event with a background figure, and the false alarm it raises', () => {
    const mixed = analysisOf([row('F1', 'conflicting', [value('S1', 1, 12, 'killed 12 people'), value('S1', 2, 40, 'killed 40 people'), value('S2', 1, 12, 'killed 12 people')])]);
    const m = scoreFigures(mixed, gold, sourceMap, articles).metrics;
    expect(m.eventBackgroundRows).toBe(1);
    expect(m.mixedRows).toBe(1);
    expect(m.consistentFalseAlarms).toBe(1);
    expect(m.valuesMatching).toBe(3);
  });

  it('keeps rows apart cleanly: no mixing, no false alarm, the background not asked for recall', () => {
    const clean = analysisOf([
      row('F1', 'consistent', [value('S1', 1, 12, 'killed 12 people'), value('S2', 1, 12, 'killed 12 people')]),
      row('F2', 'single-source', [value('S1', 2, 40, 'killed 40 people')]),
    ]);
    const m = scoreFigures(clean, gold, sourceMap, articles).metrics;
    expect([m.eventBackgroundRows, m.mixedRows, m.consistentFalseAlarms]).toEqual([0, 0, 0]);
    expect([m.figuresFound, m.figuresTotal, m.statementsTotal, m.together, m.backgroundFound]).toEqual([1, 1, 2, 1, 1]);
  });

  it('counts a vague amount given a number as a value outside the labels, and its word as matching', () => {
    const invented = scoreFigures(analysisOf([row('F1', 'single-source', [value('S1', 3, 3, 'Several bridges', 'several')])]), gold, sourceMap, articles).metrics;
    expect(invented.valuesMatching).toBe(0);
    const kept = scoreFigures(analysisOf([row('F1', 'single-source', [value('S1', 3, null, 'Several bridges', 'vague')])]), gold, sourceMap, articles).metrics;
    expect(kept.valuesMatching).toBe(1);
  });

  it('counts a wrong number in the right quote against precision', () => {
    const m = scoreFigures(analysisOf([row('F1', 'single-source', [value('S1', 1, 21, 'killed 12 people')])]), gold, sourceMap, articles).metrics;
    expect([m.valuesMatching, m.valuesTotal, m.statementsFound]).toEqual([0, 1, 0]);
  });
});

describe('dev gold reading', () => {
  it('reads variant source lists and counts places by exact name only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gold-'));
    writeFileSync(join(dir, 'gold.yml'), [
      'figures: []', 'discrepancies: []',
      'actors:', '  - {name: "Valley Water Board", kind: organisation, sources: ["01"], variants: [{text: "Valley Water Board", sources: ["01", "02"]}]}',
      'not_actors:', '  - {text: "Valley", why: place, sources: ["01"]}',
    ].join('\n'));
    const g = loadGold(join(dir, 'gold.yml'));
    expect(g.actors[0].variants[0].sources).toEqual(['01', '02']);
    const actor = (name: string) => ({ id: 'A1', name, kind: 'organisation' as const, role: null, aliases: [], sources: ['S1'], mentions: 1 });
    const one = scoreActors({ ...analysisOf([]), actors: [actor('Valley Water Board')] }, g, sourceMap, articles).metrics;
    expect(one.placesListed).toEqual([]);
    expect(one.found).toBe(1);
    const place = scoreActors({ ...analysisOf([]), actors: [{ ...actor('Valley'), kind: 'person' as const }] }, g, sourceMap, articles).metrics;
    expect(place.placesListed).toEqual(['Valley']);
  });
});

describe('discrepancies scorer', () => {
  it('answers the most gold discrepancies, each with its own output discrepancy', async () => {
    const { scoreDiscrepancies } = await import('../../eval/discrepancies.js');
    const arts = makeArticles(['Alpha one. Alpha two. Beta one. Beta two.'], ['Alpha three.']);
    const g: GoldFile = {
      figures: [], actors: [],
      discrepancies: [
        { id: 'D01', about: 'a', kind: 'claim', statements: [{ source: '01', phrase: 'Alpha one' }, { source: '01', phrase: 'Alpha two' }, { source: '02', phrase: 'Alpha three' }] },
        { id: 'D02', about: 'b', kind: 'claim', statements: [{ source: '01', phrase: 'Beta one' }, { source: '01', phrase: 'Beta two' }] },
      ],
    };
    const st = (source: string, quote: string) => ({ source, quote, paragraph: 1 });
    // X quotes all of D01 and both of D02; Y only two of D01. Greedy would give X to D01 and leave D02 out.
    const out: Analysis = { ...analysisOf([]), discrepancies: [
      { id: 'X', kind: 'claim', finding: { rule: 'curated' }, about: 'x', note: '', statements: [st('S1', 'Alpha one'), st('S1', 'Alpha two'), st('S2', 'Alpha three'), st('S1', 'Beta one'), st('S1', 'Beta two')] },
      { id: 'Y', kind: 'claim', finding: { rule: 'curated' }, about: 'y', note: '', statements: [st('S1', 'Alpha one'), st('S2', 'Alpha three')] },
    ] };
    expect(scoreDiscrepancies(out, g, goldSourceMap(arts), arts).metrics.found).toBe(2);
  });
});
