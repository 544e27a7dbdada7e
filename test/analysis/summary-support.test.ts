// Summary: a citation backs its sentence (same figures, shared key words), sentences are chosen for how
// well they read alone, one point is given once in its cleanest wording, and what happened comes first —
// on invented articles.
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/analysis/summary/index.js';
import { readability } from '../../src/analysis/summary/quality.js';
import { keyContent, keyWeights, supportStrength } from '../../src/analysis/summary/support.js';
import { makeArticles } from './articleFixture.js';

describe('supportStrength', () => {
  const sentences = [
    'The Northern Pact, a regional defence alliance, sent 900 soldiers to Valmora at the request of its prime minister.',
    'Prime Minister Ilse Norberg said the alliance would not allow any foreign interference in the region.',
    'Norberg warned that no foreign interference in the region would be tolerated by the alliance.',
    'The alliance force includes 900 soldiers and 40 armoured vehicles, Norberg said.',
    'The Northern Pact mission includes 1,200 soldiers and 40 armoured vehicles, officials said.',
    'Norberg met Pact leaders in Valmora on Monday.',
    'Peacekeepers of the Northern Pact arrived in Valmora last week to help the prime minister restore order.',
  ];
  const keys = sentences.map(keyContent);
  const w = keyWeights(keys);
  const strength = (i: number, j: number) => supportStrength(keys[i], keys[j], w);

  it('accepts a paraphrase of the same statement', () => {
    expect(strength(1, 2)).toBeGreaterThan(0);
    expect(strength(2, 1)).toBeGreaterThan(0);
  });

  it('rejects a sentence that lacks a figure the sentence states', () => {
    expect(strength(3, 4)).toBe(0);
    expect(strength(3, 6)).toBe(0);
  });

  it('rejects sentences that share only names or a descriptive phrase', () => {
    expect(strength(1, 5)).toBe(0);
    expect(strength(1, 0)).toBe(0);
  });
});

describe('readability', () => {
  const plain = 'The council approved the new budget after a long debate on Tuesday.';
  it('scores a plain, short sentence fully', () => {
    expect(readability(plain)).toBe(1);
  });
  it('penalises what leans on context: an opening pronoun, a pronoun speaker, "also", relative time', () => {
    for (const s of [
      'He approved the new budget after a long debate on Tuesday.',
      'The council approved the new budget after a long debate, he said.',
      'The council also approved the new budget after a long debate on Tuesday.',
      'The council approved the new budget after a long debate today.',
    ]) expect(readability(s)).toBeLessThan(readability(plain));
  });
  it('penalises clutter and rough translation', () => {
    expect(readability('The council (i.e. the so-called “city board”) approved the new budget on Tuesday.')).toBeLessThan(readability(plain));
    expect(readability('The council approved the the new budget after a long debate .')).toBeLessThan(readability(plain));
  });
  it('does not take an apostrophe for a quotation mark', () => {
    expect(readability('The council’s members approved the new budget after a long debate on Tuesday.')).toBe(1);
  });
});

describe('summarize: wording, repeats and order', () => {
  const articles = makeArticles(
    [
      'Prime Minister Ilse Norberg said today (Monday) that the alliance will not allow “foreign interference” in the region.',
      'Clashes between protesters and police in the capital Valmora left at least 31 people dead and 400 injured.',
      'He said the alliance force, which includes 900 soldiers and 40 armoured vehicles, will soon leave.',
      'Protests over rising bread prices spread from the port city of Kessen to the capital Valmora within days.',
    ],
    [
      'Norberg said the alliance would not allow foreign interference in the region.',
      'At least 31 people died and 400 were injured in clashes with police in Valmora, the health ministry said.',
      'The alliance force includes 900 soldiers and 40 armoured vehicles, Norberg said.',
      'Protests against rising bread prices began in Kessen and spread to the capital Valmora.',
    ],
    [
      'The alliance will not allow any interference from abroad in the region, Norberg warned.',
      'A museum in Valmora postponed the opening of an exhibition of regional pottery.',
      'Officials said 31 people had died and 400 had been injured in the clashes in Valmora.',
      'Norberg said the alliance force of 900 soldiers would leave once order was restored.',
    ],
  );
  const summary = summarize(articles, []);

  it('gives one point once, in its cleanest wording', () => {
    const interference = summary.filter((s) => /interference/.test(s.text));
    expect(interference).toHaveLength(1);
    expect(interference[0].text).not.toMatch(/today|“/);
    const force = summary.filter((s) => /900 soldiers/.test(s.text));
    expect(force).toHaveLength(1);
    expect(force[0].text).not.toMatch(/^He\b/);
  });

  it('cites for the force sentence only sources giving its figures', () => {
    const force = summary.find((s) => /900 soldiers and 40/.test(s.text))!;
    expect(force.sources).not.toContain('S3');
  });

  it('leads with what happened, then the statements', () => {
    const first = summary.findIndex((s) => /said|warned/.test(s.text) && !/died|dead/.test(s.text));
    const events = summary.map((s, i) => ({ s, i })).filter(({ s }) => /Protests|dead|died/.test(s.text));
    expect(events.length).toBeGreaterThan(0);
    for (const { i } of events) expect(i).toBeLessThan(first);
  });
});
