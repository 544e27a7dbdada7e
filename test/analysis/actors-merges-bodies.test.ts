// Actors: merges between spellings of one body — an abbreviated head ("Assn.", "Dept."), a country
// after a company's name. Invented names and sentences.
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/analysis/actors/index.js';
import type { Actor } from '../../src/analysis/types.js';
import { makeArticles } from './articleFixture.js';

const holding = (actors: Actor[], spelling: string) => actors.filter((a) => [a.name, ...a.aliases].includes(spelling));

describe('a body named with an abbreviated head', () => {
  it('reads "Medical Assn. of the State of X" whole and joins it to the name written out', () => {
    const { actors } = extractActors(makeArticles(
      ['She was elected president of the Medical Association of the State of Calvania in 2002.'],
      ['She became the first woman president of the Medical Assn. of the State of Calvania in 2002.'],
    ));
    const body = holding(actors, 'Medical Association of the State of Calvania');
    expect(body).toHaveLength(1);
    expect(holding(actors, 'Medical Assn. of the State of Calvania')).toEqual(body);
    expect(body[0].kind).toBe('organisation');
  });
});
