// Actors: a person's given name written as a pet name or diminutive ("Mo" / "Maurice", "Jimmy" /
// "Jim", "Katie" / "Kathryn") is the same person; names of different genders never are; a surname
// two relatives bear is shown with its honorific. Invented names and sentences.
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/analysis/actors/index.js';
import { sameGivenName } from '../../src/analysis/actors/hypocoristics.js';
import type { Actor } from '../../src/analysis/types.js';
import { makeArticles } from './articleFixture.js';

const holding = (actors: Actor[], spelling: string) => actors.filter((a) => [a.name, ...a.aliases].includes(spelling));

describe('sameGivenName', () => {
  it('knows short forms, misspellings of long names, doubled-consonant diminutives and the common irregular pet names', () => {
    for (const [a, b] of [['Chris', 'Christopher'], ['Danny', 'Daniel'], ['Jim', 'Jimmy'], ['Bill', 'William'], ['Mo', 'Maurice'], ['Katie', 'Kathryn'], ['Jimmy', 'James'], ['Malcom', 'Malcolm'], ['Brian', 'Bryan']]) {
      expect(sameGivenName(a, b), `${a} / ${b}`).toBe(true);
    }
  });

  it('keeps apart names of different genders and look-alikes that are names of their own', () => {
    for (const [a, b] of [['Mary', 'Mark'], ['Chris', 'Christine'], ['Marie', 'Martha'], ['Bill', 'Robert'], ['Al', 'Alan'], ['Daniel', 'Danielle'], ['Carol', 'Carl']]) {
      expect(sameGivenName(a, b), `${a} / ${b}`).toBe(false);
    }
  });
});

describe('pet names in the sources', () => {
  it('joins a full name written with a pet name, and a pet name used alone', () => {
    const { actors } = extractActors(makeArticles(
      ['Maurice Pellham was named head coach on Monday.', 'Jim Varga, the general manager, said the search was over.'],
      ['Mo Pellham said he was thrilled.', 'Jimmy said the team would improve.'],
    ));
    expect(holding(actors, 'Mo Pellham')).toEqual(holding(actors, 'Maurice Pellham'));
    expect(holding(actors, 'Maurice Pellham')).toHaveLength(1);
    expect(holding(actors, 'Jimmy')).toEqual(holding(actors, 'Jim Varga'));
    expect(holding(actors, 'Jim Varga')).toHaveLength(1);
  });

  it('joins a sister named by two forms of her name, keeps her brother apart, and shows "Miss" with the shared surname', () => {
    const { actors } = extractActors(makeArticles(
      ['Katie Marlow and her brother Tom Marlow were at the hearing. Miss Marlow said little.'],
      ['Kathryn Marlow, 24, gave evidence on Tuesday.'],
    ));
    const katie = holding(actors, 'Katie Marlow');
    expect(katie).toHaveLength(1);
    expect(katie[0].aliases).toEqual(expect.arrayContaining(['Kathryn Marlow', 'Miss Marlow']));
    expect(katie[0].aliases).not.toContain('Marlow');
    const tom = holding(actors, 'Tom Marlow');
    expect(tom).toHaveLength(1);
    expect(tom[0]).not.toBe(katie[0]);
  });
});

describe('name discrepancies', () => {
  it('are not raised by a pet name or a nickname written inside the name, but still by a misspelling', () => {
    const { nameDiscrepancies } = extractActors(makeArticles(
      ['Katie Marlow, 20, was named as the victim. Jo "The Hammer" Roe said nothing. Malcolm Vane said the police had acted.'],
      ["Kathryn Marlow was a student. Jo 'Hammer' Roe was remanded. Malcom Vane said the family was grieving."],
    ));
    const named = nameDiscrepancies.map((d) => d.statements.map((s) => s.quote).join(' / '));
    expect(named).toEqual(['Malcolm Vane / Malcom Vane']);
  });
});
