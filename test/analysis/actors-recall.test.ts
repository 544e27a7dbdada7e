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

describe('a surname the tagger guesses is a place by its ending', () => {
  it('lists "Tyler Ashbrough" and his lone surname as one person, not a town', () => {
    const { actors } = extractActors(makeArticles(
      ['Tyler Ashbrough scored 20 points. Ashbrough passed the old record in the first half.'],
      ['Ashbrough finished with nine rebounds.'],
    ));
    const a = find(actors, 'Tyler Ashbrough');
    expect(a?.kind).toBe('person');
    expect(a?.aliases).toContain('Ashbrough');
  });

  it('leaves a town with a town ending alone a place', () => {
    const { actors } = extractActors(makeArticles(['Residents of Marlowville said the shaking woke them.']));
    expect(names(actors)).not.toContain('Marlowville');
  });
});

describe('a body that awards titles, named by an acronym', () => {
  it('lists "his ZBA and ZBO heavyweight titles" as two organisations', () => {
    const { actors } = extractActors(makeArticles(['Tom Varga kept his ZBA and ZBO heavyweight titles on Saturday.']));
    expect(find(actors, 'ZBA')?.kind).toBe('organisation');
    expect(find(actors, 'ZBO')?.kind).toBe('organisation');
  });

  it('does not list an acronym named once without such a title', () => {
    const { actors } = extractActors(makeArticles(['The ZBA broadcast of the fight drew a record audience.']));
    expect(names(actors)).not.toContain('ZBA');
  });
});

describe('a person named once with a role', () => {
  it('splits an accolade from the name: "former All-Star Dwayne Koszarek"', () => {
    const { actors } = extractActors(makeArticles(['The coach was not popular with his players, most notably former All-Star Dwayne Koszarek.']));
    expect(names(actors)).toContain('Dwayne Koszarek');
    expect(names(actors)).not.toContain('All-Star Dwayne Koszarek');
  });

  it('lists a surname that questions or testifies', () => {
    const { actors } = extractActors(makeArticles(['Hollinger questioned why the prisons stopped searching visitors.']));
    expect(find(actors, 'Hollinger')?.kind).toBe('person');
  });
});

describe('a first name alone that several people share', () => {
  it('goes to the person last named in full before it in that source', () => {
    const { actors } = extractActors(makeArticles(
      ['Most notably Chris Banner complained about his role. Dale Perry was fired and replaced by Chris Ottley.',
        'I think it was hard for him to let Chris go.'],
      ['Chris Banner signed with another club.'],
    ));
    expect(find(actors, 'Chris Ottley')?.aliases).toContain('Chris');
    expect(find(actors, 'Chris Banner')?.aliases ?? []).not.toContain('Chris');
  });
});

describe('initials inside a name', () => {
  it('keeps a middle initial inside the name: "Nolan Q. Tarrant", never "Nolan Q"', () => {
    const { actors } = extractActors(makeArticles(['Nolan Q. Tarrant said the rule would be withdrawn.'], ['Tarrant said nothing more.']));
    expect(names(actors)).toContain('Nolan Q. Tarrant');
    expect(names(actors)).not.toContain('Nolan Q');
  });

  it('lists a name that opens with an initial and joins it to the name without it', () => {
    const { actors } = extractActors(makeArticles(
      ['Former salesman W. Marcus Fellowes left the firm in 1962.'],
      ['Marcus Fellowes founded the company and sold it in 1984.'],
    ));
    const a = find(actors, 'Marcus Fellowes');
    expect(a?.kind).toBe('person');
    expect([a?.name, ...(a?.aliases ?? [])]).toContain('W. Marcus Fellowes');
  });
});

describe('people named once with a role, and media that report', () => {
  it('lists a person set off by commas who speaks: "Another provincial official, Ghazan Korami, said"', () => {
    const { actors } = extractActors(makeArticles(['Another provincial official, Ghazan Korami, said 20 villages were damaged.']));
    expect(find(actors, 'Ghazan Korami')?.kind).toBe('person');
  });

  it('lists a news agency that reports in the story: "the Isna news agency reported"', () => {
    const { actors } = extractActors(makeArticles(['The Isna news agency reported that 40 people were injured.']));
    expect(find(actors, 'Isna')?.kind).toBe('organisation');
  });

  it('keeps a news agency named only as a credit out', () => {
    const { actors } = extractActors(makeArticles(['Forty people were injured, according to the Isna news agency.']));
    expect(names(actors)).not.toContain('Isna');
  });

  it('lists state television when it reports', () => {
    const { actors } = extractActors(makeArticles(['State television said rescue teams had reached the area.'], ['Rescue teams arrived, state television reported.']));
    const tv = actors.find((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase() === 'state television'));
    expect(tv?.kind).toBe('organisation');
    expect(tv?.sources).toEqual(['S1', 'S2']);
  });
});

describe('bodies named by a plural head', () => {
  it('lists "Velmora Networks", "the National Institutes of Marine Science" and "Kestrel Associates" as organisations', () => {
    const { actors } = extractActors(makeArticles(
      ['Traffic slowed, according to Dara Quell, chief security officer with Velmora Networks.'],
      ['Her profile on the National Institutes of Marine Science web site lists two awards.'],
      ['The sale gives an exit to Kestrel Associates, the firm\'s backer.'],
    ));
    for (const body of ['Velmora Networks', 'National Institutes of Marine Science', 'Kestrel Associates']) expect(find(actors, body)?.kind).toBe('organisation');
  });

  it('lists a court named "X Magistrates" that the accused will appear before', () => {
    const { actors } = extractActors(makeArticles(['Police charged him and he will appear before Quenby District Magistrates on Monday.']));
    expect(find(actors, 'Quenby District Magistrates')?.kind).toBe('organisation');
  });
});

describe('a body "on" a portfolio of two things', () => {
  it('keeps "Council on Harbour and Coastal Affairs" one name', () => {
    const { actors } = extractActors(makeArticles(
      ['She chaired the Eastmoor Council on Harbour and Coastal Affairs until June.'],
      ['The Eastmoor Council on Harbour and Coastal Affairs issued its report on Monday.'],
    ));
    expect(names(actors)).toContain('Eastmoor Council on Harbour and Coastal Affairs');
    expect(names(actors)).not.toContain('Eastmoor Council on Harbour');
  });
});

describe('a team named by an adjective and a plural, never acting', () => {
  it('lists "the Purple Foxes" that three sources name, but not a two-word title the sources do not treat as a body', () => {
    const { actors } = extractActors(makeArticles(
      ['Dale Ostrow scored 23 points for the Purple Foxes.'],
      ['Ostrow hopes to lead the Purple Foxes to the top of the conference.'],
      ['A crowd of 4,000 cheered the Purple Foxes on Saturday.'],
      ['She starred in Silent Mornings before the trial.'],
    ));
    expect(find(actors, 'Purple Foxes')?.kind).toBe('organisation');
    expect(names(actors)).not.toContain('Silent Mornings');
  });
});
