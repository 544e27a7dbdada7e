// Actors: roles as a profile shows them (no article, no age, epithet after the plain role) and the
// country of a body named only with a possessive place — on invented articles.
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/analysis/actors/index.js';
import { cleanRole } from '../../src/analysis/actors/roles.js';
import { makeArticles } from './articleFixture.js';

describe('cleanRole', () => {
  it.each([
    ['a Paris-based aid agency', 'Paris-based aid agency'],
    ['the 74-year-old former mayor', 'former mayor'],
    ['the 74-year-old “iron chancellor” and former mayor', 'former mayor (“iron chancellor”)'],
    ['an independent monitoring group', 'independent monitoring group'],
    ['German Chancellor', 'German Chancellor'],
  ])('%s → %s', (raw, clean) => {
    expect(cleanRole(raw)).toBe(clean);
  });
});

describe('roles and names in profiles', () => {
  const articles = makeArticles(
    ['Nordfisk, a Bergen-based fishing trade group, said catches had fallen by half.', 'Norway\'s Fisheries Directorate said the quotas would be reviewed.'],
    ['Nordfisk said catches had fallen sharply this season.', 'Nordfisk warned that boats would stay in port.'],
  );
  const { actors } = extractActors(articles);

  it('shows an apposition role without its article', () => {
    expect(actors.find((a) => a.name === 'Nordfisk')?.role).toBe('Bergen-based fishing trade group');
  });

  it('keeps the possessive place of a body in its name', () => {
    const body = actors.find((a) => a.aliases.includes('Fisheries Directorate') || a.name.includes('Fisheries Directorate'));
    expect(body?.name).toBe('Fisheries Directorate (Norway)');
  });
});

describe('a sentence opening with a role noun', () => {
  it('gives the descriptor as a role, never a clause with a verb in it', () => {
    const { actors } = extractActors(makeArticles(
      ['Judge Tomas Wendel recessed the court and directed that Warren Jeffo be removed. Warren Jeffo said nothing.'],
    ));
    const jeffo = actors.find((a) => a.name === 'Warren Jeffo');
    expect(jeffo?.role ?? '').not.toMatch(/recessed|directed/);
    expect(jeffo).toBeDefined();
  });
});

describe('an apposition with an abbreviation', () => {
  it('does not end the role at the full stop of "U.S."', () => {
    const { actors } = extractActors(makeArticles(
      ['He was caught 25 miles away, said Alfredo Quenard, a spokesman for the U.S. Marshals Service. Quenard said no one was hurt.'],
    ));
    expect(actors.find((a) => a.name === 'Alfredo Quenard')?.role).toBe('spokesman for the U.S. Marshals Service');
  });
});

describe('titles split from the name (invented sentences)', () => {
  const split = (sentence: string, name: string) => {
    const { actors } = extractActors(makeArticles([sentence]));
    const a = actors.find((x) => [x.name, ...x.aliases].includes(name));
    return { a, all: actors.flatMap((x) => [x.name, ...x.aliases]) };
  };

  it('"Deputy District Attorney Marla Quist": both titles are the role', () => {
    const { a, all } = split('"It was a hard day for anybody," said Deputy District Attorney Marla Quist.', 'Marla Quist');
    expect(a?.kind).toBe('person');
    expect(all.some((n) => /Attorney Marla/.test(n))).toBe(false);
  });

  it('"Wexford City Clerk Janine Corso": a town clerk\'s title is the role', () => {
    const { a, all } = split('Wexford City Clerk Janine Corso said the building had been empty for years.', 'Janine Corso');
    expect(a?.role).toContain('Clerk');
    expect(all).not.toContain('Wexford City Clerk Janine Corso');
  });

  it('"Secretary of the Treasury Hal Brandt": the portfolio after "of the" is the role', () => {
    const { a, all } = split('Secretary of the Treasury Hal Brandt said the rule would stand.', 'Hal Brandt');
    expect(a?.kind).toBe('person');
    expect(all).not.toContain('Treasury Hal Brandt');
  });

  it('"Public Advocate Bill Ostrowski" is a person, not a body', () => {
    const { a } = split('Public Advocate Bill Ostrowski said the police had questions to answer.', 'Bill Ostrowski');
    expect(a?.kind).toBe('person');
  });
});

describe('a title closing a name with no person after it', () => {
  it('is the unnamed person\'s role: the team or force before it is the actor, merged with its other spellings', () => {
    const { actors } = extractActors(makeArticles(
      ['The Rivertown Sea Hawks fired coach Jon Roe on Monday, the team said.', 'The Rivertown Sea Hawks said a new coach would be named next week.'],
      ['Taking over will be former Rivertown Seahawks Coach...', 'The Eastmoor Police Chief said the stadium would stay closed on Sunday.'],
    ));
    const team = actors.filter((a) => [a.name, ...a.aliases].some((n) => /^Rivertown Sea ?[Hh]awks/.test(n)));
    expect(team).toHaveLength(1);
    expect([team[0].name, ...team[0].aliases].sort()).toEqual(['Rivertown Sea Hawks', 'Rivertown Seahawks']);
    const names = actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(names.some((n) => /Coach|Chief$/.test(n))).toBe(false);
  });
});

describe('a predicate is no role (invented sentences)', () => {
  const { actors } = extractActors(makeArticles(
    ['High winds spread the fire through the Norvale Market, which was almost totally destroyed. Norvale Market said it would rebuild.',
      'The vessel was seized off Tarvik Point. Osgar Renn, the crew surrendered quietly, was held. Osgar Renn said nothing.',
      'Dorran Ames, an assistant state attorney general said Tuesday, would appeal. Dorran Ames declined to comment.'],
    ['"We are sad," said sheriff\'s spokesman Luis Ortan. Jon Vell, who had 13 points, said the team played well.',
      'Tessa Moor, who runs a local youth ministry, said the street was quiet. Aldo Fenn, a retired teacher, said he saw the car.'],
  ));
  const role = (name: string) => actors.find((a) => a.name === name)?.role ?? null;

  it('drops a relative clause that tells what happened ("which was almost totally destroyed", "who had 13 points")', () => {
    expect(role('Norvale Market')).toBeNull();
    expect(role('Jon Vell')).toBeNull();
  });
  it('keeps one that says what the actor does ("who runs a local youth ministry")', () => {
    expect(role('Tessa Moor')).toBe('runs a local youth ministry');
  });
  it('drops an apposition that is a clause, and ends a role at the verb after it', () => {
    expect(role('Osgar Renn')).toBeNull();
    expect(role('Dorran Ames')).toBe('assistant state attorney general');
    expect(role('Aldo Fenn')).toBe('retired teacher');
  });
  it('does not take the verb before a descriptor into the role ("said sheriff\'s spokesman X")', () => {
    expect(role('Luis Ortan')).toBe('sheriff\'s spokesman');
  });
});

describe('where a body is, is no role', () => {
  it('drops "which lies on the border of …" as a role', () => {
    const { actors } = extractActors(makeArticles(
      ['Students occupied the Eastmoor Polytechnic Institute, which lies on the border of the old quarter. Eastmoor Polytechnic Institute said classes would resume.'],
    ));
    expect(actors.find((a) => a.name === 'Eastmoor Polytechnic Institute')?.role ?? null).toBeNull();
  });
});

describe('titles with no name in them (invented sentences)', () => {
  const { actors } = extractActors(makeArticles(
    ['"The boats turned back," Captain Ravi Menon, Chief Public Relations Officer, said. Dale Pettit, Assistant Chief Fire Officer at Eastmoor Fire and Rescue Service, says the building is a total loss.'],
    ['The first kill, as Navy Chief Admiral Suresh Varma described it, was a trawler. Rep. Nick Dorsey said the rules would stand.',
      'City Council Member Jumaane Ortiz said the street was calm. Insp Gaskell said the climbers were found.'],
  ));
  const all = actors.flatMap((a) => [a.name, ...a.aliases]);

  it('lists no title as a person ("Public Relations Officer", "Fire Officer") and no title\'s abbreviation ("Rep", "Insp")', () => {
    for (const n of ['Public Relations Officer', 'Fire Officer', 'Rep', 'Insp Gaskell']) expect(all).not.toContain(n);
  });
  it('takes a body\'s head word and a title before a name as the role ("Navy Chief Admiral", "Member")', () => {
    expect(actors.find((a) => a.name === 'Suresh Varma')?.role).toBe('Navy Chief Admiral');
    expect(actors.find((a) => a.name === 'Suresh Varma')?.kind).toBe('person');
    expect(all).not.toContain('Member Jumaane Ortiz');
    expect(actors.find((a) => a.name === 'Jumaane Ortiz')?.kind).toBe('person');
  });
});

describe('a company, a title, then a name the lists do not know', () => {
  it('splits "Zentrix CEO Orlek Damsby" into the person and the role', () => {
    const { actors } = extractActors(makeArticles(['Zentrix CEO Orlek Damsby said the network was back to normal.']));
    const a = actors.find((x) => x.name === 'Orlek Damsby');
    expect(a?.kind).toBe('person');
    expect(a?.role).toBe('Zentrix CEO');
    expect(actors.map((x) => x.name)).not.toContain('Zentrix CEO Orlek Damsby');
  });
});

describe('a role noun the lexicon lacks, before a name', () => {
  it('reads "Harbourmaster Jon Roe" as a role and a person when the corpus writes the word in lower case too', () => {
    const { actors } = extractActors(makeArticles(
      ['The pier was closed by a crew from Eastmoor, Harbourmaster Elias Brandt said.'],
      ['The harbourmaster, Elias Brandt, closed the pier on Monday.'],
    ));
    const a = actors.filter((x) => [x.name, ...x.aliases].includes('Elias Brandt'));
    expect(a).toHaveLength(1);
    expect(actors.flatMap((x) => [x.name, ...x.aliases])).not.toContain('Harbourmaster Elias Brandt');
  });
});
