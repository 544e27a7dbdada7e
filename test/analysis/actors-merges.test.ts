// Actors: roles split from names, and the merges of spellings of one actor — a first name alone, a
// short given name, a company with and without its legal form, a hyphenated name's acronym, a team by
// its last word — without giving a shared surname to the wrong namesake. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/analysis/actors/index.js';
import type { Actor } from '../../src/analysis/types.js';
import { makeArticles } from './articleFixture.js';

const names = (actors: Actor[]) => actors.flatMap((a) => [a.name, ...a.aliases]);
const find = (actors: Actor[], spelling: string) => actors.filter((a) => [a.name, ...a.aliases].includes(spelling));
const one = (actors: Actor[], spelling: string) => {
  const hits = find(actors, spelling);
  expect(hits, spelling).toHaveLength(1);
  return hits[0];
};

describe('roles before a name', () => {
  it('splits a company title and a rank from the person and keeps them as the role', () => {
    const { actors } = extractActors(makeArticles(
      ['Zentrix CEO Laura Finch said the plant would close.', 'Laura Finch added that no jobs would go.'],
      ['Undersheriff Mark Delaney said the suspect was armed.'],
      ['Coach Dana Whitfield said the team would recover.'],
    ));
    const finch = one(actors, 'Laura Finch');
    expect(finch.kind).toBe('person');
    expect(finch.role).toContain('Zentrix CEO');
    expect(actors.flatMap((a) => [a.name, ...a.aliases])).not.toContain('Zentrix CEO Laura Finch');
    expect(one(actors, 'Mark Delaney').kind).toBe('person');
    expect(one(actors, 'Dana Whitfield').kind).toBe('person');
  });
});

describe('merging the spellings of one actor', () => {
  it('joins a first name used alone and a short given name to the one person they fit', () => {
    const { actors } = extractActors(makeArticles(
      ['Frederick Ames Horvath said he had resigned. Katie Brennan, his assistant, confirmed it.'],
      ['Fred Horvath told reporters he was tired. Katie said she would stay on.'],
    ));
    const fred = one(actors, 'Fred Horvath');
    expect(fred).toBe(one(actors, 'Frederick Ames Horvath'));
    expect(one(actors, 'Katie')).toBe(one(actors, 'Katie Brennan'));
  });

  it('joins a company with and without its legal form, and a hyphenated name with its acronym', () => {
    const { actors } = extractActors(makeArticles(
      ['Vantor Corp said profits rose. Baxter-Rowe announced a merger.'],
      ['Vantor said the deal was closed. BR said it would cut costs, and BR confirmed the date.'],
    ));
    expect(one(actors, 'Vantor')).toBe(one(actors, 'Vantor Corp'));
    expect(one(actors, 'BR')).toBe(one(actors, 'Baxter-Rowe'));
  });

  it('joins a public body with and without the "Department" or "Service" closing its name', () => {
    const { actors } = extractActors(makeArticles(
      ['The Lakeview Police Department said two men were held overnight.'],
      ['The Lakeview Police said the men were released on Friday.'],
      ['Deputies of the Northfield Marshals Service arrested him. The Northfield Marshals said he was armed.'],
    ));
    expect(one(actors, 'Lakeview Police')).toBe(one(actors, 'Lakeview Police Department'));
    expect(one(actors, 'Northfield Marshals')).toBe(one(actors, 'Northfield Marshals Service'));
  });

  it('keeps an adjective opening a sentence in a name its acronym spells out', () => {
    const { actors } = extractActors(makeArticles(
      ['Advanced Widget Systems said it would buy the start-up. The deal makes AWS a rival of larger firms.'],
      ['AWS said the deal would close in May.'],
    ));
    expect(one(actors, 'AWS')).toBe(one(actors, 'Advanced Widget Systems'));
    expect(names(actors)).not.toContain('Widget Systems');
  });

  it('joins a company to the acronym that opens its name, though a town is spelled so', () => {
    const { actors } = extractActors(makeArticles(
      ['EDE Technologies Inc. agreed to be bought for $5 billion. EDE makes graphics chips.'],
      ['EDE said the deal would close in May. EDE shares rose.'],
    ));
    const ede = one(actors, 'EDE');
    expect(ede).toBe(one(actors, 'EDE Technologies Inc.'));
    expect(ede.mentions).toBe(4);
  });

  it('joins a name to the same name with a legal form, though it alone reads like a person', () => {
    const { actors } = extractActors(makeArticles(
      ['Orvane Globalnet Ltd. said its cable was cut. Orvane Globalnet said repairs would take a week.'],
      ['Orvane Globalnet expects traffic to be restored by Friday.'],
    ));
    const company = one(actors, 'Orvane Globalnet');
    expect(company).toBe(one(actors, 'Orvane Globalnet Ltd.'));
    expect(company.kind).toBe('organisation');
  });

  it('joins an acronym to the short form of the name that leaves out its Department', () => {
    const { actors } = extractActors(makeArticles(
      ['The Rivertown Police said two men were held.'],
      ['An RPD spokesman said the men were released. RPD officers searched the house.'],
    ));
    expect(one(actors, 'RPD')).toBe(one(actors, 'Rivertown Police'));
  });

  it('joins "the Navy" to the one navy the source names in full, though "navy" is also a common noun', () => {
    const { actors } = extractActors(makeArticles(
      ['The Ruritanian Navy said its warship had sunk a pirate vessel.', 'A spokesman for the Navy said no sailors were hurt.'],
      ['The navy said the pirates had fired first.'],
    ));
    const navy = one(actors, 'Ruritanian Navy');
    expect(navy.aliases).toContain('Navy');
    expect(navy.mentions).toBe(2);
  });

  it('joins a team to its name without the city', () => {
    const { actors } = extractActors(makeArticles(
      ['The Portland Otters said they had signed the pitcher.'],
      ['The Otters announced the signing on Monday.'],
    ));
    const team = one(actors, 'Portland Otters');
    expect(team.kind).toBe('organisation');
    expect(team.aliases).toContain('Otters');
  });

  it('leaves a surname two people share equally to neither of them', () => {
    const { actors } = extractActors(makeArticles(
      ['John Merrow said he was innocent. Anna Merrow said she believed him. Merrow said the case was closed.'],
    ));
    expect(one(actors, 'John Merrow').aliases).not.toContain('Merrow');
    expect(one(actors, 'Anna Merrow').aliases).not.toContain('Merrow');
  });

  it('keeps a person a person when a first name joins a spelling that reads like a body', () => {
    const { actors } = extractActors(makeArticles(
      ['Doug Brannigan said he felt fine. Brannigan scored 30 points.', 'Doug told reporters the team was ready.'],
      ['Dependable Doug scored again, and Brannigan said the season was long.'],
    ));
    expect(one(actors, 'Doug Brannigan').kind).toBe('person');
  });
});

describe('organisations kept apart', () => {
  it('does not join bodies that share a place name but not their head word', () => {
    const { actors } = extractActors(makeArticles(
      ['The Portland Gulls made an offer, the Portland Times reported. The Gulls declined to comment.'],
      ['The Portland Times said the Portland Gulls would wait.'],
    ));
    expect(one(actors, 'Portland Gulls')).not.toBe(one(actors, 'Portland Times'));
  });

  it('splits two bodies joined by "and", and keeps a list of rivals apart', () => {
    const { actors } = extractActors(makeArticles(
      ['The Coastal Survey Service and the Marine Fisheries Service said the rule was legal. The Marine Fisheries Service said it would comply.'],
      ['Vantor can sell to the likes of HP, Dell, or IBM. HP said it was interested. Dell said nothing, and IBM declined to comment.'],
    ));
    const fisheries = one(actors, 'Marine Fisheries Service');
    expect([fisheries.name, ...fisheries.aliases].some((n) => /Coastal/.test(n))).toBe(false);
    expect(one(actors, 'Dell')).not.toBe(one(actors, 'HP'));
    expect(one(actors, 'IBM')).not.toBe(one(actors, 'HP'));
  });

  it('gives an acronym to the name with its exact initials, not to one that leaves a qualifier out', () => {
    const { actors } = extractActors(makeArticles(
      ['The American Dental Association said the nominee was qualified. The ADA said so again on Monday.'],
      ['She was president of the State of Alabama Dental Association in 2002, the ADA said.'],
      ['The U.S. Coastal Survey said the quake was shallow. The USCS said it would revise the figure.'],
    ));
    expect(one(actors, 'ADA')).toBe(one(actors, 'American Dental Association'));
    expect(one(actors, 'ADA')).not.toBe(one(actors, 'State of Alabama Dental Association'));
    expect(one(actors, 'USCS')).toBe(one(actors, 'U.S. Coastal Survey'));
  });
});

describe('a surname two people share', () => {
  it('gives "Miss X" to the woman and "Mr X" to the man', () => {
    const { actors } = extractActors(makeArticles(
      ['John Tarrow was charged with the murder of his sister Katie Tarrow. Mr Tarrow said nothing in court.'],
      ['John Tarrow appeared in court on Monday. Miss Tarrow was found dead at her home, police said.'],
      ['Mr Tarrow was remanded in custody, and John Tarrow will appear again in June.'],
    ));
    const john = one(actors, 'John Tarrow');
    // the surname both bear is shown with the honorific that tells them apart
    expect(john.aliases).toContain('Mr Tarrow');
    const katie = one(actors, 'Katie Tarrow');
    expect(katie).not.toBe(john);
    expect(katie.aliases).toContain('Miss Tarrow');
    // every "Miss Tarrow" mention counts for Katie, none for John
    expect(katie.mentions).toBeGreaterThanOrEqual(2);
  });

  it('splits a council title from the name', () => {
    const { actors } = extractActors(makeArticles(
      ['City Councilman Jumar Tello called for calm. Tello said the police had gone too far.'],
      ['Jumar Tello, a frequent critic of the police, spoke at the vigil.'],
    ));
    const tello = one(actors, 'Jumar Tello');
    expect(tello.kind).toBe('person');
    expect(actors.flatMap((a) => [a.name, ...a.aliases]).some((n) => /Councilman/.test(n))).toBe(false);
  });
});

describe('given names the tagger does not know', () => {
  it('reads "Randy X" and "Will X" as people, a colour before a team name as a team, and joins a given name used alone', () => {
    const { actors } = extractActors(makeArticles(
      ['Randy Ayerholt said he was fired 52 games later. The Red Herons said they will pay Randy Ayerholt $2 million.'],
      ['The backup center Will Artonne said he scored 14 points. Jermayne Tolliver was charged with murder, and Jermayne said nothing.'],
    ));
    expect(one(actors, 'Randy Ayerholt').kind).toBe('person');
    expect(one(actors, 'Will Artonne').kind).toBe('person');
    expect(one(actors, 'Red Herons').kind).toBe('organisation');
    expect(one(actors, 'Jermayne')).toBe(one(actors, 'Jermayne Tolliver'));
  });

  it('lists a person named once in full by a given name the lists know, not a brand or a place-named team', () => {
    const { actors } = extractActors(makeArticles(
      ['The mob boss was a protege of Meyer Lanskow. He drove a Mercedes and sold Land Rovers.'],
      ['Fans of Virginia Tech cheered.'],
    ));
    expect(one(actors, 'Meyer Lanskow').kind).toBe('person');
    expect(names(actors)).not.toContain('Virginia Tech');
  });
});

describe('spellings apart by a space, and first names no list knows', () => {
  it('joins "Del Marco" / "DelMarco" and a first name alone to the one person of it, never a team written "the X"', () => {
    const { actors } = extractActors(makeArticles(
      ['Judge Vittore Del Marco said the trial would go on. Zhaksylyk Oraztay said he was innocent.'],
      ['Judge Vittore DelMarco adjourned the hearing. Zhaksylyk said he would appeal.'],
      ['The Chargers said Chargers Jamal Worrell would play. The Chargers lost.'],
    ));
    expect(one(actors, 'Vittore DelMarco')).toBe(one(actors, 'Vittore Del Marco'));
    expect(one(actors, 'Zhaksylyk')).toBe(one(actors, 'Zhaksylyk Oraztay'));
    expect(find(actors, 'Chargers').every((a) => !a.aliases.includes('Chargers Jamal Worrell') && a.name !== 'Chargers Jamal Worrell')).toBe(true);
  });
});
