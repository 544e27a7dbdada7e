// Actors: headlines set in title case or capitals, abbreviations' full stops and generational suffixes.
// A headline's capitals are no evidence of a name; "Jr." is the same person, unless the sources also
// name another generation. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/analysis/actors/index.js';
import type { Actor } from '../../src/analysis/types.js';
import { makeArticles } from './articleFixture.js';

const names = (actors: Actor[]) => actors.flatMap((a) => [a.name, ...a.aliases]);
const holding = (actors: Actor[], spelling: string) => actors.filter((a) => [a.name, ...a.aliases].includes(spelling));

describe('headlines', () => {
  it('reads a title-case or capitals headline by how the running text writes each word', () => {
    const { actors } = extractActors(makeArticles(
      ['Harbor Gulls Will Nab Okonkwo: Report', 'The Harbor Gulls made an offer to the pitcher Dario Okonkwo on Monday, and the offer will stand.'],
      ['HARBOR GULLS MAKE HUGE OFFER TO OKONKWO: REPORT', 'Okonkwo said he would think about the offer the Harbor Gulls made, a huge one.'],
    ));
    const all = names(actors);
    expect(all.some((n) => /MAKE|OFFER|Nab/.test(n))).toBe(false);
    expect(holding(actors, 'HARBOR GULLS')).toEqual(holding(actors, 'Harbor Gulls'));
    const dario = holding(actors, 'Dario Okonkwo');
    expect(dario).toHaveLength(1);
    expect(dario[0].aliases).toContain('Okonkwo');
  });

  it('reads a headline without a full stop as one even with a lower-case word in it', () => {
    const { actors } = extractActors(makeArticles(
      ['Marisol Quintrell Checks into Rehab, Rehires Attorney', 'Marisol Quintrell checks into rehab on Monday, her lawyer said.'],
      ['Marisol Quintrell Checks Into Rehab', 'Marisol Quintrell was ordered to rehab. Marisol said she was fine.'],
    ));
    expect(names(actors).some((n) => /Checks/.test(n))).toBe(false);
    expect(holding(actors, 'Marisol')).toEqual(holding(actors, 'Marisol Quintrell'));
  });

  it('keeps "for" inside a body\'s name only after its head word', () => {
    const { actors } = extractActors(makeArticles(
      ['The Center for Coastal Studies said the count was low. Only the Harbor Gulls could outbid the Red Herons for Okonkwo\'s services, said Dario Okonkwo. The Red Herons said they would wait.'],
    ));
    const all = names(actors);
    expect(all).toContain('Center for Coastal Studies');
    expect(all).not.toContain('Red Herons for Okonkwo');
    expect(all).toContain('Red Herons');
  });
});

describe('abbreviations and generational suffixes', () => {
  it('keeps a legal form\'s full stop mid-sentence and joins a name with and without "Jr."', () => {
    const { actors } = extractActors(makeArticles(
      ['Vantor Corp. said profits rose. Arlo Benedict Kestrel Jr. escaped on Sunday.'],
      ['Arlo Benedict Kestrel was caught on Monday, police said.'],
    ));
    expect(names(actors)).toContain('Vantor Corp.');
    const arlo = holding(actors, 'Arlo Benedict Kestrel Jr.');
    expect(arlo).toHaveLength(1);
    expect(arlo[0].aliases.concat(arlo[0].name)).toContain('Arlo Benedict Kestrel');
    expect(names(actors)).not.toContain('Jr');
  });

  it('sees no spelling discrepancy in a full stop or in capitals', () => {
    const { nameDiscrepancies } = extractActors(makeArticles(
      ['Arlo Benedict Kestrel Jr. escaped on Sunday, police said.'],
      ['Arlo Benedict Kestrel Jr was caught on Monday, police said.'],
      ['ARLO BENEDICT KESTREL JR CAUGHT', 'Arlo Benedict Kestrel Jr. was caught, officials said.'],
    ));
    expect(nameDiscrepancies).toEqual([]);
  });

  it('keeps father and son apart when the sources name two generations', () => {
    const { actors } = extractActors(makeArticles(
      ['John Marlow Quist Sr. said he was proud. His son John Quist III told reporters he would appeal.'],
      ['John Marlow Quist said the family would appeal.'],
    ));
    const son = holding(actors, 'John Quist III');
    expect(son).toHaveLength(1);
    expect([son[0].name, ...son[0].aliases]).not.toContain('John Marlow Quist');
  });

  it('joins a name introduced with "Sr." to the bare name its report writes after it, though another report names the son — not one written before it or after a kinship word', () => {
    const { actors } = extractActors(makeArticles(
      ['Harlan Voss Sr., the former harbour master, died on Sunday.', 'Harlan Voss joined the harbour board in his twenties, colleagues said.'],
      ['Harlan Voss ran the port for three decades.', 'He is survived by a daughter and by Harlan Voss Jr., a pilot.'],
    ));
    const father = holding(actors, 'Harlan Voss Sr.');
    expect(father).toHaveLength(1);
    expect([father[0].name, ...father[0].aliases]).toContain('Harlan Voss');
    const son = holding(actors, 'Harlan Voss Jr.');
    expect(son).toHaveLength(1);
    expect(son[0]).not.toBe(father[0]);
    // but not a bare name written before it (the subject, then his father) or after a kinship word
    for (const first of [
      ['Harlan Voss, 19, was charged on Sunday.', 'His father, Harlan Voss Sr., said the family would hire a lawyer.'],
      ['Harlan Voss Sr., a retired pilot, spoke to reporters.', 'He said his son Harlan Voss had been charged on Sunday.'],
    ]) {
      const apart = extractActors(makeArticles(first, ['Harlan Voss Jr. appeared in court on Monday.'])).actors;
      const sr = holding(apart, 'Harlan Voss Sr.');
      expect(sr).toHaveLength(1);
      expect([sr[0].name, ...sr[0].aliases]).not.toContain('Harlan Voss');
    }
  });
});

describe('names that qualify a body written in lower case', () => {
  it('does not profile a name used only to qualify a committee', () => {
    const { actors } = extractActors(makeArticles(
      ['Tom Brandt later testified to the Senate Harrowgate committee about the break-in at the Harrowgate complex.'],
      ['Brandt told the Senate Harrowgate investigative committee he had advised against it.'],
    ));
    expect(names(actors).filter((n) => /Harrowgate/.test(n))).toEqual([]);
  });
});
