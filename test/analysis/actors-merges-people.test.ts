// Actors: merges between spellings of one person, and none between two people — a relative who shares
// the surname stays apart, a pet name or a middle name the person goes by joins. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/analysis/actors/index.js';
import type { Actor } from '../../src/analysis/types.js';
import { makeArticles } from './articleFixture.js';

const holding = (actors: Actor[], spelling: string) => actors.filter((a) => [a.name, ...a.aliases].includes(spelling));

describe('two people who share a surname', () => {
  it('never puts a relative typed as a body under the person the lone surname names', () => {
    const { actors } = extractActors(makeArticles(
      ['Tyler Ashbrough scored 30 points on Saturday. Ashbrough said the record meant a lot.'],
      ['"He never gives up," said Gene Ashbrough, who surprised his son by attending the game.', 'Ashbrough said he was proud.'],
      ['Tyler Ashbrough broke the record. "It was special," Ashbrough said.'],
    ));
    const tyler = holding(actors, 'Tyler Ashbrough');
    expect(tyler).toHaveLength(1);
    expect([tyler[0].name, ...tyler[0].aliases]).not.toContain('Gene Ashbrough');
  });
});

describe('one person under two forms of the name', () => {
  it('joins the Greek pet form of a given name with the full one ("Alexis" / "Alexandros")', () => {
    const { actors } = extractActors(makeArticles(
      ['Alexandros Pavlidakis, 15, was shot dead by a police officer on Saturday.'],
      ['The death of Alexis Pavlidakis set off riots in the capital.'],
    ));
    const boy = holding(actors, 'Alexandros Pavlidakis');
    expect(boy).toHaveLength(1);
    expect(holding(actors, 'Alexis Pavlidakis')).toEqual(boy);
  });

  it('joins a full name with the middle name and surname the person goes by', () => {
    const { actors } = extractActors(makeArticles(
      ['Police charged Marla Joyce Bellweather Tunney with the killing of her husband.'],
      ['Joyce Bellweather Tunney, 60, was arrested at her home.'],
    ));
    const woman = holding(actors, 'Marla Joyce Bellweather Tunney');
    expect(woman).toHaveLength(1);
    expect(holding(actors, 'Joyce Bellweather Tunney')).toEqual(woman);
  });
});

describe('a surname with and without an honorific', () => {
  it('is one person when nobody bears the surname in full, and stays apart from a "Mr" of the same name', () => {
    const alone = extractActors(makeArticles(
      ['Mrs Armwell said she heard a shot before she was hit.'],
      ['Armwell told jurors she ran into a store. Armwell said she was scared.'],
    )).actors;
    expect(alone.filter((a) => a.name === 'Armwell')).toHaveLength(1);
    const couple = extractActors(makeArticles(
      ['Mr Armwell was shot in the arm. Mrs Armwell said she heard a shot.'],
      ['Armwell told jurors she ran into a store. Armwell said she was scared.'],
    )).actors;
    expect(couple.filter((a) => a.name === 'Armwell').length).toBeGreaterThan(1);
  });
});

describe("a team's member word before a full name", () => {
  it('joins "Hawk Jon Roe" and "Hawks Jon Roe" to the player, not to the team', () => {
    const { actors } = extractActors(makeArticles(
      ['Rivertown Hawks defensive tackle Jon Pellworth was arrested on Sunday. Pellworth was released.'],
      ['Hawk Jon Pellworth arrested on suspicion of drunk driving', 'The Hawks said they were aware.'],
      ['Hawks Jon Pellworth, 30, was stopped at 2 a.m., the Hawks said.'],
    ));
    const player = holding(actors, 'Jon Pellworth');
    expect(player).toHaveLength(1);
    expect(holding(actors, 'Hawk Jon Pellworth')).toEqual(player);
    expect(holding(actors, 'Hawks Jon Pellworth')).toEqual(player);
    expect(player[0].kind).toBe('person');
  });
});

describe('a given name that is also a city', () => {
  it('joins the person the source names in full, and a headline title after the name is cut off', () => {
    const { actors } = extractActors(makeArticles(
      ['Florence Abernathy U.S. Surgeon General nominee', "Florence Abernathy was named on Monday. Nothing is closer to Florence's heart than the clinic she founded."],
      ['The president chose Dr. Florence Abernathy. Abernathy, 52, runs a clinic.'],
    ));
    const doctor = holding(actors, 'Florence Abernathy');
    expect(doctor).toHaveLength(1);
    expect(holding(actors, 'Florence')).toEqual(doctor);
    expect(actors.flatMap((a) => [a.name, ...a.aliases]).filter((n) => /Surgeon|U\.S/.test(n))).toEqual([]);
  });
});

describe('a given name written with an apostrophe', () => {
  it('is a name two sources give in full, like any other', () => {
    const { actors } = extractActors(makeArticles(
      ['The jury convicted Dale Simms in the death of 20-year-old Ma\'kela Trent of Fort Smith.'],
      ["Prosecutors showed a photo of Ma'kela Trent's car."],
    ));
    expect(holding(actors, "Ma'kela Trent")).toHaveLength(1);
    expect(holding(actors, "Ma'kela Trent")[0].kind).toBe('person');
  });
});

describe('a source written in capitals', () => {
  it('reads the surname after a given name, and the surname alone, though the source misspells it', () => {
    const { actors } = extractActors(makeArticles(
      ['Attorney General Jon Oppalka said two men were arrested.', 'Oppalka said the review took seven months.'],
      ['RIVERTOWN ATTORNEY GENERAL JON OPALKA ISSUED A STATEMENT TODAY SAYING THAT TWO MEN HAD BEEN ARRESTED.', 'OPALKA SAYS THE ARRESTS ARE THE PRODUCT OF A LONG REVIEW.'],
    ));
    const official = holding(actors, 'Jon Oppalka');
    expect(official).toHaveLength(1);
    expect(holding(actors, 'JON OPALKA')).toEqual(official);
    expect(holding(actors, 'OPALKA')).toEqual(official);
    expect(actors.flatMap((a) => [a.name, ...a.aliases])).not.toContain('JON');
  });
});

describe('a pet name the text ties to one person', () => {
  it('stays that person\'s: a relative whose given name it could also shorten is someone else', () => {
    const { actors } = extractActors(makeArticles(
      ['Deputy Luis Jose "Jerry" Marlowe was shot and killed on Sunday.', 'Deputy Jerry Marlowe, 35, had served for ten years.'],
      ['"I\'m relieved it is over," said 17-year-old Jeremy Marlowe, one of the deputy\'s sons.', 'Deputy Jerry Marlowe was buried on Friday.'],
    ));
    const deputy = holding(actors, 'Jerry Marlowe');
    expect(deputy).toHaveLength(1);
    expect(holding(actors, 'Luis Jose "Jerry" Marlowe')).toEqual(deputy);
    const son = holding(actors, 'Jeremy Marlowe');
    expect(son).toHaveLength(1);
    expect(son[0]).not.toBe(deputy[0]);
  });
});

describe('a weekday before a surname', () => {
  it('is the date, not part of the name: "On Monday Roe ended …" gives no "Monday Roe"', () => {
    const { actors } = extractActors(makeArticles(
      ['Jon Pellworth founded the company in 1976.', 'On Monday Pellworth ended weeks of speculation with an open letter.'],
      ['Pellworth said he would stay on as chief executive.'],
    ));
    expect(actors.flatMap((a) => [a.name, ...a.aliases])).not.toContain('Monday Pellworth');
    expect(holding(actors, 'Pellworth')).toEqual(holding(actors, 'Jon Pellworth'));
  });
});

describe('a surname a man and a woman share', () => {
  it('goes to the one the pronouns after it name, and to neither without them', () => {
    const text = (cue1: string, cue2: string) => makeArticles(
      ['John Marwick, 49, is accused of killing his daughter Katie Marwick.', `Marwick, who is unemployed, spent much of ${cue1} time online.`],
      ['Katie Marwick, 20, was a student. John Marwick was arrested at the pier.', `Marwick did not appear in court as ${cue2} was considered a risk.`],
    );
    const cued = extractActors(text('his', 'he')).actors;
    expect(holding(cued, 'Marwick')).toEqual(holding(cued, 'John Marwick'));
    expect(holding(cued, 'John Marwick')).toHaveLength(1);
    const mixed = extractActors(text('his', 'she')).actors;
    expect(holding(mixed, 'Marwick')).toEqual([]);
  });
});

describe('surnames that only sound alike', () => {
  it('keeps "Aleksander Walsh" and "Alexander Welch" apart: a short surname close in sound but not in letters is another', () => {
    const { actors } = extractActors(makeArticles(
      ['Aleksander Walsh added 15 points with six assists for the visitors.'],
      ['Alexander Welch had 11 points and five rebounds in the loss.'],
    ));
    const walsh = actors.filter((a) => [a.name, ...a.aliases].includes('Aleksander Walsh'));
    expect(walsh).toHaveLength(1);
    expect(walsh[0].aliases).not.toContain('Alexander Welch');
  });
});
