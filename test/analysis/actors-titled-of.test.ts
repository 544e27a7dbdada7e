// Actors: "Title Abbrev. Given Surname of the X Section" is a person and a body, not one body whose
// spellings carry the person's name; an award's name ("Medal of Valor") and a building's ("… Courthouse")
// name no actor. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/analysis/actors/index.js';
import type { Actor } from '../../src/analysis/types.js';
import { makeArticles } from './articleFixture.js';

const names = (actors: Actor[]) => actors.flatMap((a) => [a.name, ...a.aliases]);

describe('a titled person "of" a body', () => {
  it('splits "Deputy D.A. Given Surname of the Harbor Frauds Section (HFS)" into the prosecutor and the section', () => {
    const { actors } = extractActors(makeArticles(
      ['Prosecutors in the Harbor Frauds Section (HFS) filed the charges on Monday, District Attorney Mara Quell said.',
        'Next week Deputy D.A. Tobin Kessler of the Harbor Frauds Section (HFS) will ask for the maximum term. Kessler said the case was strong.'],
      ['The Harbor Frauds Section said the charges were filed on Monday.'],
    ));
    const all = names(actors);
    expect(all.some((n) => /Kessler.*Section|Tobin.*Frauds/.test(n))).toBe(false);
    const prosecutor = actors.find((a) => [a.name, ...a.aliases].includes('Tobin Kessler'));
    expect(prosecutor?.kind).toBe('person');
    expect(prosecutor?.role).toBe('Deputy D.A.');
    const section = actors.find((a) => [a.name, ...a.aliases].includes('Harbor Frauds Section'));
    expect(section?.kind).toBe('organisation');
    expect(section?.role ?? '').not.toMatch(/Deputy/);
  });
});

describe('a body\'s portfolio of two things', () => {
  it('keeps "Office of Planning and Budget" whole, but not a body and a second body or a person after "and"', () => {
    const { actors } = extractActors(makeArticles(
      ['The Office of Planning and Budget said the cost would rise. The Commission for Harbours and Canals said turnout was high.',
        'The Ministry of Fisheries and Police did not confirm the figure. The Agency for Harbors and Mara Quell signed the deal.'],
      ['The Office of Planning and Budget said on Monday that the cost would rise, and Mara Quell agreed.'],
    ));
    const all = names(actors);
    expect(all).toContain('Office of Planning and Budget');
    expect(all).toContain('Commission for Harbours and Canals');
    expect(all).not.toContain('Office of Planning');
    expect(all.some((n) => /Fisheries and Police|Harbors and Mara/.test(n))).toBe(false);
    expect(all).toContain('Mara Quell');
  });
});

describe('a role before a name', () => {
  it('starts after the last preposition in the words before the name ("loyal to former president X")', () => {
    const { actors } = extractActors(makeArticles(
      ['Laws were passed by a council which was loyal to former president Dorran Vesk, the state paper said.'],
      ['Dorran Vesk ruled for twenty years.'],
    ));
    expect(actors.find((a) => a.name === 'Dorran Vesk')?.role).toBe('former president');
  });
});

describe('names of no actor', () => {
  it('an award named "X of Y" and a courthouse are not listed', () => {
    const { actors } = extractActors(makeArticles(
      ['Last year, the officer won the department\'s Medal of Valor after a rescue, Chief Anna Brill said. The hearing was held at the Millbrook Courthouse on Monday.'],
      ['Chief Anna Brill said the officer had won the Medal of Valor. Reporters waited outside the Millbrook Courthouse.'],
    ));
    const all = names(actors);
    expect(all).toContain('Anna Brill');
    expect(all.some((n) => /Medal|Courthouse/.test(n))).toBe(false);
  });
});
