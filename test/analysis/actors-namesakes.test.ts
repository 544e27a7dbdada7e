// Actors: a person named in full and then by surname alone (or, mid-sentence, by given name) — the lone
// word is theirs even when it is also an adjective, a town or a near-spelling of another surname; a
// word before a noun or after "in" stays no name. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/analysis/actors/index.js';
import type { Actor } from '../../src/analysis/types.js';
import { makeArticles } from './articleFixture.js';

const holding = (actors: Actor[], spelling: string) => actors.filter((a) => [a.name, ...a.aliases].includes(spelling));

describe('a surname used alone', () => {
  it('joins the person when the surname is also an adjective, in the naming source and, acting, in another', () => {
    const { actors } = extractActors(makeArticles(
      ['Owen Green, the city prosecutor, said the deal was off.', 'Green said he had been blindsided by the move.'],
      ['Green told reporters the hearing would go ahead.'],
    ));
    const green = holding(actors, 'Owen Green');
    expect(green).toHaveLength(1);
    expect(green[0].aliases).toContain('Green');
    expect(green[0].mentions).toBe(3);
  });

  it('joins the person when the surname is also a town', () => {
    const { actors } = extractActors(makeArticles(
      ['Nora Ashford, a guide, said the route was closed. Ashford said two climbers had turned back.'],
    ));
    expect(holding(actors, 'Nora Ashford')[0]?.aliases).toContain('Ashford');
  });

  it('gives a surname to its exact bearer before a near-spelling of another surname', () => {
    const { actors } = extractActors(makeArticles(
      ['Paul Lind, the club owner, met Greta Lynd, a reporter. Lynd said the offer was rejected.'],
      ['Paul Lind declined to comment. Greta Lynd said talks would resume.'],
    ));
    const lynd = holding(actors, 'Greta Lynd');
    expect(lynd).toHaveLength(1);
    expect(lynd[0].aliases).toContain('Lynd');
    expect(holding(actors, 'Paul Lind')[0].aliases).not.toContain('Lynd');
  });

  it('leaves the word alone before a noun', () => {
    const { actors } = extractActors(makeArticles(
      ['Owen Green said the deal was off.', 'Green energy groups welcomed the news.'],
    ));
    expect(holding(actors, 'Owen Green')[0].mentions).toBe(1);
  });
});

describe('a surname with its particle used alone', () => {
  it('joins the one person bearing it, keeps the full name as the name, and leaves a namesake without the particle apart', () => {
    const { actors } = extractActors(makeArticles(
      ['Marco Lo Bianco, a prison guard, was questioned. Lo Bianco said he had seen nothing.', 'Anna Bianco, a nurse, treated the inmate.'],
      ['Lo Bianco was suspended on Monday.'],
    ));
    const guard = holding(actors, 'Lo Bianco');
    expect(guard).toHaveLength(1);
    expect(guard[0].name).toBe('Marco Lo Bianco');
    expect(holding(actors, 'Anna Bianco')[0]).not.toBe(guard[0]);
  });
});

describe('a nickname written inside a name', () => {
  it('keeps the person one name, heads the profile with the plain name and joins the nickname used alone', () => {
    const { actors } = extractActors(makeArticles(
      ['Jo "The Hammer" Roe, the reputed boss, said nothing in court. Roe was 77.', 'The Hammer was feared for decades, prosecutors said.'],
      ["Jo 'Hammer' Roe ran the family, prosecutors said. Jo Roe denied it."],
    ));
    const roe = holding(actors, 'Jo Roe');
    expect(roe).toHaveLength(1);
    expect(roe[0].name).toBe('Jo Roe');
    expect(roe[0].kind).toBe('person');
    expect(roe[0].aliases).toEqual(expect.arrayContaining(['Jo "The Hammer" Roe', "Jo 'Hammer' Roe", 'Roe', 'Hammer']));
  });

  it('takes a given name in brackets as the name the person goes by', () => {
    const { actors } = extractActors(makeArticles(
      ['Luis Kip (Jerry) Vale, 16, was shot by police.'],
      ['Jerry Vale said he was unarmed.'],
    ));
    expect(holding(actors, 'Jerry Vale')).toEqual(holding(actors, 'Luis Kip (Jerry) Vale'));
    expect(holding(actors, 'Jerry Vale')).toHaveLength(1);
  });
});

describe('what a lone surname is not', () => {
  it('is no ordinary word spelled like it, and the body "of" the person does not take it', () => {
    const { actors } = extractActors(makeArticles(
      ['Peter Gotto, the reputed boss, told the judge: "God bless you." The Bank of Gotto froze his accounts.'],
      ['"God bless you," Gotto said as he left the court. Gotto was 77.'],
    ));
    const gotto = holding(actors, 'Peter Gotto');
    expect(gotto).toHaveLength(1);
    expect(gotto[0].aliases).toEqual(['Gotto']);
  });
});

describe('a surname a man and a woman share', () => {
  it('goes to the man when the pronouns after it are his — not counting those after another name or a quotation — and hers follow the woman\'s full name', () => {
    const { actors } = extractActors(makeArticles(
      ['Zenya Vask vanished from her home in March.', 'A jury found Dorian Vask guilty on Friday.', 'Vask, 41, was convicted of killing his wife, Zenya, and her unborn child.'],
      ['Zenya Vask\'s family said her loss could never be repaired.', 'Vask was found guilty of murdering his wife.'],
      ['Zenya Vask\'s relatives have "a hole in their hearts," a prosecutor told jurors as he asked for a life term.', 'Dorian Vask showed no emotion.'],
    ));
    const man = holding(actors, 'Dorian Vask');
    expect(man).toHaveLength(1);
    expect(man[0].aliases).toContain('Vask');
    expect(holding(actors, 'Zenya Vask')[0].aliases).not.toContain('Vask');
  });
});
