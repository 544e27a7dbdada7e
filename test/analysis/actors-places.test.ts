// Actors: places are never people or organisations (gazetteer, geographic head words, context), bodies
// named after a place are organisations, names do not run into a place with "of", a name given in
// full is an actor, and companies are told from people — on invented sentences.
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/analysis/actors/index.js';
import { isCountryName, isRegionName, placePopulation, placePopulationLoose } from '../../src/analysis/actors/gazetteer.js';
import { isPlaceName, namedAfterPlace } from '../../src/analysis/actors/places.js';
import type { Actor } from '../../src/analysis/types.js';
import { makeArticles } from './articleFixture.js';

const names = (actors: Actor[]) => actors.flatMap((a) => [a.name, ...a.aliases]);
const find = (actors: Actor[], spelling: string) => actors.find((a) => [a.name, ...a.aliases].includes(spelling));

describe('gazetteer', () => {
  it('knows cities with their population and countries by their short forms', () => {
    expect(placePopulation('Marseille')).toBeGreaterThan(500000);
    expect(placePopulation('Santa Fe')).toBeGreaterThan(50000);
    expect(placePopulation('Zzyzxville')).toBeNull();
    expect(isCountryName('United States')).toBe(true);
    expect(isCountryName('US')).toBe(true);
    expect(isCountryName('Marseille')).toBe(false);
  });
  it('knows first-level regions, and a place whose accents the text dropped only when asked loosely', () => {
    expect(isRegionName('Niedersachsen')).toBe(true);
    expect(isRegionName('North Dakota')).toBe(true);
    expect(isRegionName('Marseille')).toBe(false);
    expect(placePopulation('Niedersachsen')).toBeNull(); // a region has no population to pass a threshold
    expect(placePopulation('Šabac')).toBeGreaterThan(5000);
    expect(placePopulation('Sabac')).toBeNull();
    expect(placePopulationLoose('Sabac')).toBe(placePopulation('Šabac'));
  });
  it('reads place names, but not a surname that is also a town, nor a body named after a place', () => {
    expect(isPlaceName(['Santa', 'Fe'])).toBe(true);
    expect(isPlaceName(['Caspian', 'Sea'])).toBe(true);
    expect(isPlaceName(['Mount', 'Elgon'])).toBe(true);
    expect(isPlaceName(['Elm', 'Avenue'])).toBe(true);
    expect(isPlaceName(['Jackson'])).toBe(false);
    expect(isPlaceName(['Seattle', 'Police'])).toBe(false);
    expect(namedAfterPlace(['Seattle', 'Mariners'])).toBe(true);
    expect(namedAfterPlace(['Denver', 'Broncos'])).toBe(true);
    expect(namedAfterPlace(['Maria', 'Lopez'])).toBe(false);
  });
});

describe('places are not actors', () => {
  it('drops a city, a sea and a street even when they seem to act', () => {
    const { actors } = extractActors(makeArticles(
      ['Rancho Cordova said goodbye to its mayor on Monday. The Salton Sea was described as shrinking.'],
      ['Sunnyvale mourned as Maria Lopez, a city councillor, said the Oak Street memorial would stay. Modesto announced a vigil.'],
    ));
    for (const place of ['Rancho Cordova', 'Salton Sea', 'Sunnyvale', 'Oak Street', 'Modesto']) expect(names(actors)).not.toContain(place);
    expect(find(actors, 'Maria Lopez')?.kind).toBe('person');
  });

  it('splits a person from the place after "of", and a title\'s place from the name after it', () => {
    const { actors } = extractActors(makeArticles(
      ['Daniel Okafor of Sacramento said he heard two shots.'],
      ['Mayor of Eastbrook Helen Varga said the road would reopen.'],
    ));
    expect(find(actors, 'Daniel Okafor')?.kind).toBe('person');
    expect(names(actors).some((n) => /Sacramento/.test(n))).toBe(false);
    expect(find(actors, 'Helen Varga')?.kind).toBe('person');
    expect(names(actors).some((n) => /^of |Eastbrook/.test(n))).toBe(false);
  });

  it('types a team and a police force named after their city as organisations', () => {
    const { actors } = extractActors(makeArticles(
      ['The Seattle Mariners said they had offered the pitcher a contract. Denver Police said no one was hurt.'],
    ));
    expect(find(actors, 'Seattle Mariners')?.kind).toBe('organisation');
    expect(find(actors, 'Denver Police')?.kind).toBe('organisation');
  });
});

describe('who is an actor, and of which kind', () => {
  it('lists a person named in full even when the sentence gives no verb or role', () => {
    const { actors } = extractActors(makeArticles(['The club traded for Derek Holloway in the off-season.']));
    expect(find(actors, 'Derek Holloway')?.kind).toBe('person');
  });

  it('takes a one-word company for an organisation by what only companies have', () => {
    const { actors } = extractActors(makeArticles(
      ["Quorvex said sales rose. Quorvex's CEO told investors the plant would stay open."],
      ['The networking company Lintaro said its cable was cut.'],
    ));
    expect(find(actors, 'Quorvex')?.kind).toBe('organisation');
    expect(find(actors, 'Lintaro')?.kind).toBe('organisation');
  });

  it('keeps Mc- and La- surnames people, and "Miss" a title', () => {
    const { actors } = extractActors(makeArticles(
      ['Kevin McAllister said he was innocent. McAllister told the jury he had been at home.'],
      ['Miss Joanna Petrie said she saw the car.'],
    ));
    expect(find(actors, 'McAllister')?.kind).toBe('person');
    expect(find(actors, 'Joanna Petrie')?.kind).toBe('person');
    expect(names(actors)).not.toContain('Miss Joanna Petrie');
  });
});

describe('places named by several words, by their context', () => {
  it('reads a place from "the village of X", "X, <state>", "the X area", a route between places, and a street-like head after a first name', () => {
    const { actors } = extractActors(makeArticles(
      ['She founded a clinic in the fishing village of Bayou Marreau, Alabama, in 1990. Bayou Marreau has 2,500 people, the mayor said.'],
      ['Tomas Reiner led the clans of the Porta Vecchia area of Palermo, police said. Reiner was found dead.'],
      ['The outage was caused by a cut on a cable between Abu Sarrat (Egypt) and Marseille, Telecom Italia said. The cable between Abu Sarrat and Marseille was repaired.'],
      ['He was moved from the Arlen Unit in Huntsville to the Dorsey Unit in Beaumont, officials said.'],
      ['The gunman was from the Howard Projects, Detective Jane Moss said.'],
    ));
    const names = actors.flatMap((a) => [a.name, ...a.aliases]);
    for (const place of ['Bayou Marreau', 'Porta Vecchia', 'Abu Sarrat', 'Dorsey Unit', 'Arlen Unit', 'Howard Projects']) expect(names).not.toContain(place);
    expect(names).toContain('Tomas Reiner');
    expect(names).toContain('Jane Moss');
  });

  it('keeps a person reporting from a city a person', () => {
    const { actors } = extractActors(makeArticles(
      ["The BBC's Frances Harlow in Tehran said the quake was felt widely.", 'Frances Harlow said rescue teams had arrived.'],
    ));
    const harlow = actors.find((a) => a.name === 'Frances Harlow');
    expect(harlow?.kind).toBe('person');
  });
});

describe('places in invented reports of other kinds of events', () => {
  const people = (actors: Actor[]) => actors.map((a) => a.name);

  it('an earthquake: villages, towns, provinces, features and distances are no actors', () => {
    const { actors } = extractActors(makeArticles(
      ['A magnitude 6.1 earthquake struck Vrancea on Tuesday, killing 40 people in Tarvo, a fishing village on the coast. Tarvo residents said the sea drew back.',
        'The quake struck 40 km southwest of Melkit, which sits on the Orlan River. The Orlan Delta flooded. The Sunda Trench runs along the coast.',
        'The Ring of Fire, which circles the Pacific, produces most of the world\'s quakes. Kessa district said it needed tents.'],
      ['Rescuers reached Nudri, the worst-hit town, on Tuesday. Nudri said 20 people died. Lampung and Niedersachsen sent aid. North Dakota sent a team.',
        'Anselm Kuro, a farmer in Nudri, said the ground split open. Florence Adeyemi, a nurse in the district of Velmar, said the clinic was full.',
        'The governor said the villages of Hojak and Sirvan were flattened. Sirvan said it had no water.'],
    ));
    for (const place of ['Vrancea', 'Tarvo', 'Melkit', 'Orlan River', 'Orlan Delta', 'Sunda Trench', 'Ring of Fire', 'Fire', 'Kessa', 'Nudri',
      'Lampung', 'Niedersachsen', 'Dakota', 'North Dakota', 'Velmar', 'Sirvan']) expect(names(actors)).not.toContain(place);
    expect(find(actors, 'Anselm Kuro')?.kind).toBe('person');
    expect(find(actors, 'Florence Adeyemi')?.kind).toBe('person');
  });

  it('a flood: a town written without its accents is still the town when the text places it', () => {
    const { actors } = extractActors(makeArticles(
      ['Floodwaters swept through Sabac on Sunday. In Sabac, 300 homes were flooded.'],
      ['Sabac said it needed sandbags, the Interior Ministry said. Austin Rendic, a volunteer from Sabac, said boats were rowing down the main street.'],
    ));
    expect(names(actors)).not.toContain('Sabac');
    expect(find(actors, 'Austin Rendic')?.kind).toBe('person');
  });

  it('an election and a strike: counties, provinces and a town named in an apposition are no actors, people named like places are people', () => {
    const { actors } = extractActors(makeArticles(
      ['Voters in Ombeko County queued from dawn. Ombeko County reported a turnout of 70 percent. Kirundi, a market town near the border, voted for the opposition.',
        'Victoria Wanjala, a tallying clerk in Kirundi, said the count was slow.'],
      ['Dockworkers walked out in the port of Velsand. Velsand said trains were not running. Halden province said talks would resume.',
        '"We will not back down," said Marc Peeters, a union leader. Georgia Mertens, a nurse, said hospitals were on emergency service.'],
    ));
    for (const place of ['Ombeko County', 'Kirundi', 'Velsand', 'Halden']) expect(names(actors)).not.toContain(place);
    expect(find(actors, 'Victoria Wanjala')?.kind).toBe('person');
    expect(find(actors, 'Georgia Mertens')?.kind).toBe('person');
    expect(find(actors, 'Marc Peeters')?.kind).toBe('person');
    expect(people(actors).length).toBeGreaterThanOrEqual(3);
  });
});
