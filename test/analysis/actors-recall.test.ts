// Actors, recall with precision: a name several sources give in full is an actor though the tagger
// does not know its first name, a team named after its city is listed, and names stop before a
// cut-off legal form or an ordinary phrase — invented sentences.
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/analysis/actors/index.js';
import type { Actor } from '../../src/analysis/types.js';
import { makeArticles } from './articleFixture.js';

const names = (actors: Actor[]) => actors.flatMap((a) => [a.name, ...a.aliases]);
const find = (actors: Actor[], spelling: string) => actors.find((a) => [a.name, ...a.aliases].includes(spelling));

describe('names given in full', () => {
  it('lists a person two sources name in full, with a first name the tagger does not know', () => {
    const { actors } = extractActors(makeArticles(
      ['The vigil for Tavaris Okoye drew hundreds of people.'],
      ['Friends of Tavaris Okoye gathered at the school.'],
    ));
    expect(find(actors, 'Tavaris Okoye')?.kind).toBe('person');
  });

  it('does not make a person of an ordinary phrase two sources capitalise', () => {
    const { actors } = extractActors(makeArticles(
      ['Fans watched the Grand Series on television.'],
      ['The Grand Series was postponed again.'],
    ));
    expect(names(actors)).not.toContain('Grand Series');
  });

  it('lists a team named after its city though it does not act in the sentence', () => {
    const { actors } = extractActors(makeArticles(['The pitcher spent four seasons with the Seattle Mariners.']));
    expect(find(actors, 'Seattle Mariners')?.kind).toBe('organisation');
  });
});

describe('where a name ends', () => {
  it('takes a legal form cut from its name for no actor', () => {
    const { actors } = extractActors(makeArticles(['Inc said nothing more.', 'Analysts said Inc had not replied.']));
    expect(names(actors)).not.toContain('Inc');
  });
});

describe('an acronym as the agent of a passive', () => {
  it('lists "nominated by the IBX" as an actor, not "backed by the West"', () => {
    const { actors } = extractActors(makeArticles(
      ['Tom Varga, the challenger nominated by the IBX, lost in the sixth round. The regime was backed by the West.'],
      ['Varga, who was nominated by the IBX, fell to 36-3.'],
    ));
    const names = actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(names).toContain('IBX');
    expect(names).not.toContain('West');
  });
});
