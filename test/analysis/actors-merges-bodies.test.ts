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

describe("a company's branch named by its country or region", () => {
  it('reads "Vel-Tone USA" as the company, joins it to "Vel-Tone" and heads the profile with the bare name', () => {
    const { actors } = extractActors(makeArticles(
      ['Vel-Tone USA will launch the new phone in February.', 'Vel-Tone said the phone would cost $99.'],
      ['The series is made by NBC Ontario, and NBC said it would return.'],
      ['Vel-Tone has not revealed a price. Sales in the US rose.'],
      ['NBC confirmed the date.'],
    ));
    const company = holding(actors, 'Vel-Tone USA');
    expect(company).toHaveLength(1);
    expect(company[0].name).toBe('Vel-Tone');
    expect(company[0].kind).toBe('organisation');
    expect(holding(actors, 'NBC Ontario')).toEqual(holding(actors, 'NBC'));
    expect(holding(actors, 'NBC')).toHaveLength(1);
    // the place alone is never the company
    expect(company[0].aliases).not.toContain('US');
  });
});

describe('a team by the last word of its name', () => {
  it('joins the full name though a headline writes the word after an adjective ("Injured Hawks")', () => {
    const { actors } = extractActors(makeArticles(
      ['Injured Hawks RB Jon Pellworth to miss last 2 games', 'The Boston Hawks placed Pellworth on Injured Reserve on Monday.', 'The Hawks said he would miss the season.'],
      ['The Hawks signed a replacement. The Boston Hawks play on Sunday.'],
    ));
    const team = holding(actors, 'Boston Hawks');
    expect(team).toHaveLength(1);
    expect(holding(actors, 'Hawks')).toEqual(team);
  });
});

describe('a company named by its opening word and an acronym of the rest', () => {
  it('keeps an inner head word ("Mission") inside the name the acronym spells and joins "ZTX MCS" to it', () => {
    const { actors } = extractActors(makeArticles(
      ['Halvern Corp. agreed to acquire ZTX Mission Control Systems Inc. (ZTX MCS), a data centre designer.', 'ZTX MCS employs 300 engineers in four cities.'],
      ['Acquiring ZTX Mission Control Systems gives Halvern a consulting arm, the company said.', 'ZTX MCS will keep its name.'],
    ));
    const ztx = holding(actors, 'ZTX Mission Control Systems Inc.');
    expect(ztx).toHaveLength(1);
    expect([ztx[0].name, ...ztx[0].aliases]).toEqual(expect.arrayContaining(['ZTX MCS', 'ZTX Mission Control Systems']));
    expect(actors.flatMap((a) => [a.name, ...a.aliases]).filter((n) => /^(?:Mission )?Critical Systems/.test(n))).toEqual([]);
  });
});

describe("an office named after its holder (\"Sheriff's Office\")", () => {
  it('lists the office by its full name, and keeps two states\' offices apart though a bare one is like both (real places: the gazetteer must know them)', () => {
    const { actors } = extractActors(makeArticles(
      ["Deputies from the Rivertown County Sheriff's Department searched the woods, said Jon Marek, spokesman for the Vermont Attorney General's Office."],
      ["An officer from the Attorney General's Office went to the ranch.", "The Vermont Attorney General's Office filed the charges on Monday."],
      ["Records are under review by the Oregon Attorney General's Office, which declined to comment."],
    ));
    const all = actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(all).toContain("Rivertown County Sheriff's Department");
    expect(all).not.toContain('Department');
    const riv = holding(actors, "Vermont Attorney General's Office");
    expect(riv).toHaveLength(1);
    expect([riv[0].name, ...riv[0].aliases]).not.toContain("Oregon Attorney General's Office");
    expect(holding(actors, "Oregon Attorney General's Office")).toHaveLength(1);
  });
});

describe("a team's name in the singular", () => {
  it('joins the team ("a Toledo Comet stampede") instead of making a person of it (a real city: the team is named after it)', () => {
    const { actors } = extractActors(makeArticles(
      ['The Toledo Comets beat the visitors 3-1 on Sunday.', 'The Toledo Comets have won four straight.'],
      ['Visitors lose 20-13 to a late Toledo Comet stampede.', 'Dale Ostrow scored twice.'],
      ['The Toledo Comets thanked their fans after a Toledo Comet stampede in the fourth quarter.'],
    ));
    const team = holding(actors, 'Toledo Comets');
    expect(team).toHaveLength(1);
    expect(team[0].kind).toBe('organisation');
    expect(team[0].aliases).toContain('Toledo Comet');
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).not.toContain('Toledo Comet');
  });
});

describe('two bodies named in sources that never name both', () => {
  it('keeps apart two names with words of their own each when neither is the story\'s body, and joins a shorter form', () => {
    const { actors } = extractActors(makeArticles(
      ['The House Harbour Committee voted to restore the fishing rule on Monday.'],
      ['The House Harbour Committee backed the fishing rule after a long debate.'],
      ['The Harbour Defense Council praised the fishing rule on Monday.'],
      ['Boats stayed in port as the storm passed.', 'The Senate Fisheries Committee will meet on Friday.'],
      ['Crews repaired the pier.', 'The Fisheries Committee will meet again on Friday.'],
      ['Prices of cod rose at the market.'],
    ));
    const house = holding(actors, 'House Harbour Committee');
    expect(house).toHaveLength(1);
    expect([house[0].name, ...house[0].aliases]).not.toContain('Harbour Defense Council');
    const senate = holding(actors, 'Senate Fisheries Committee');
    expect(senate).toHaveLength(1);
    expect([senate[0].name, ...senate[0].aliases]).toContain('Fisheries Committee');
  });
});

describe('an acronym that spells a name and a closing "Department"', () => {
  it('joins "RPD" to "the Rivertown Police" but not to a newspaper, "the Rivertown Post"', () => {
    const police = extractActors(makeArticles(
      ['The Rivertown Police said two officers were hurt.', 'RPD spokesman Jon Marek said the march was peaceful.'],
      ['RPD officers made 12 arrests, the Rivertown Police said.'],
    )).actors;
    expect(holding(police, 'Rivertown Police')[0]?.aliases).toContain('RPD');
    const paper = extractActors(makeArticles(
      ['The Rivertown Post reported that two officers were hurt.', 'RPD spokesman Jon Marek said the march was peaceful.'],
      ['RPD officers made 12 arrests, the Rivertown Post reported.'],
    )).actors;
    expect(holding(paper, 'Rivertown Post')[0]?.aliases ?? []).not.toContain('RPD');
  });
});
