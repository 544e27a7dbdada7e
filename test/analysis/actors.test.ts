// Actors: alias merging across transliterations, acronyms, titles, credits and places — on invented
// articles whose names are not the seeds'.
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/analysis/actors/index.js';
import { isAcronymOf } from '../../src/analysis/actors/acronyms.js';
import { sameFullName } from '../../src/analysis/actors/cluster.js';
import { sameNameWord } from '../../src/analysis/actors/nameKeys.js';
import type { Actor } from '../../src/analysis/types.js';
import { makeArticles } from './articleFixture.js';

const byName = (actors: Actor[], spelling: string) => actors.filter((a) => [a.name, ...a.aliases].includes(spelling));

describe('name words under transliteration', () => {
  it.each([
    ['Zelensky', 'Selenskyj'], ['Zelensky', 'Zelenskiy'], ['Volodymyr', 'Wolodymyr'], ['Volodymyr', 'Vladimir'],
    ['Mikhail', 'Michail'], ['Gorbachev', 'Gorbatschow'], ['Muammar', 'Moammar'], ['Gaddafi', 'Qadhafi'],
  ])('%s = %s', (a, b) => expect(sameNameWord(a, b)).toBe(true));
  it.each([['Putin', 'Biden'], ['Lavrov', 'Lukashenko'], ['Merkel', 'Macron'], ['Erdogan', 'Orban']])('%s ≠ %s', (a, b) => expect(sameNameWord(a, b)).toBe(false));
  it('full names need the given names to agree too', () => {
    expect(sameFullName(['Mikhail', 'Gorbachev'], ['Michail', 'Gorbatschow'])).toBe(true);
    expect(sameFullName(['M.', 'Gorbachev'], ['Mikhail', 'Gorbachev'])).toBe(true);
    expect(sameFullName(['Raisa', 'Gorbachev'], ['Mikhail', 'Gorbachev'])).toBe(false);
  });
});

describe('acronyms', () => {
  it('matches initials of the content words', () => {
    expect(isAcronymOf('WHO', ['World', 'Health', 'Organization'])).toBe(true);
    expect(isAcronymOf('ICRC', ['International', 'Committee', 'of', 'the', 'Red', 'Cross'])).toBe(true);
    expect(isAcronymOf('OTAN', ['North', 'Atlantic', 'Treaty', 'Organization'])).toBe(false);
  });
});

describe('extractActors', () => {
  it('merges three transliterations of a president and reports the spellings as a name discrepancy', () => {
    const { actors, nameDiscrepancies } = extractActors(makeArticles(
      ['Ukrainian President Volodymyr Zelensky said on Tuesday that talks would resume. Zelensky added that the grain corridor stays open.'],
      ['Wolodymyr Selenskyj, the president of Ukraine, told reporters the offensive had stalled.'],
      ['President Vladimir Zelenskiy warned that winter would be hard.'],
    ));
    const z = byName(actors, 'Volodymyr Zelensky');
    expect(z).toHaveLength(1);
    expect([z[0].name, ...z[0].aliases]).toEqual(expect.arrayContaining(['Volodymyr Zelensky', 'Wolodymyr Selenskyj', 'Vladimir Zelenskiy', 'Zelensky']));
    expect(z[0].kind).toBe('person');
    expect(z[0].sources).toEqual(['S1', 'S2', 'S3']);
    const d = nameDiscrepancies.find((x) => x.id === z[0].discrepancy)!;
    expect(d.kind).toBe('name');
    expect(d.statements.map((s) => s.quote)).toEqual(['Volodymyr Zelensky', 'Wolodymyr Selenskyj', 'Vladimir Zelenskiy']);
    expect(d.statements.map((s) => s.source)).toEqual(['S1', 'S2', 'S3']);
  });

  it('merges German and Arabic-scheme spellings, keeps different people apart', () => {
    const { actors } = extractActors(makeArticles(
      ['Former Soviet leader Mikhail Gorbachev said the treaty was a mistake. Libyan leader Muammar Gaddafi vowed to fight on.'],
      ['Michail Gorbatschow told the newspaper he regretted nothing. Colonel Moammar Qadhafi said his forces would win.'],
      ['Raisa Gorbachev, a sociologist, said she had opposed the trip.'],
    ));
    expect(byName(actors, 'Mikhail Gorbachev')[0].aliases).toContain('Michail Gorbatschow');
    expect(byName(actors, 'Moammar Qadhafi')).toHaveLength(1);
    expect(byName(actors, 'Moammar Qadhafi')[0]).toBe(byName(actors, 'Muammar Gaddafi')[0]);
    expect(byName(actors, 'Raisa Gorbachev')[0]).not.toBe(byName(actors, 'Mikhail Gorbachev')[0]);
  });

  it('joins an acronym to its expansion, and a translated acronym given in parentheses', () => {
    const { actors } = extractActors(makeArticles(
      ['The World Health Organization said the outbreak was contained. WHO warned that vaccines were short.'],
      ['The North Atlantic Treaty Organization said it would send ships. OTAN (NATO) announced new exercises on Friday.'],
      ['NATO said its ministers would meet again.'],
    ));
    const who = byName(actors, 'World Health Organization');
    expect(who).toHaveLength(1);
    expect(who[0].aliases).toContain('WHO');
    expect(who[0].kind).toBe('organisation');
    const nato = byName(actors, 'North Atlantic Treaty Organization')[0];
    expect(nato.aliases).toEqual(expect.arrayContaining(['NATO', 'OTAN']));
    expect(nato.sources).toEqual(['S2', 'S3']);
  });

  it('keeps organisations with and without acronyms apart from each other', () => {
    const { actors } = extractActors(makeArticles(
      ['The International Committee of the Red Cross (ICRC) said aid convoys were blocked. Doctors Without Borders said its clinic was shelled.'],
      ['The ICRC said it had lost contact with its staff.'],
    ));
    const icrc = byName(actors, 'ICRC');
    expect(icrc).toHaveLength(1);
    expect(icrc[0].sources).toEqual(['S1', 'S2']);
    expect(byName(actors, 'Doctors Without Borders')[0]).not.toBe(icrc[0]);
  });

  it('merges organisation names that reorder the same words', () => {
    const { actors } = extractActors(makeArticles(
      ['The Convention on Regional Fisheries said quotas would fall.'],
      ['The Regional Fisheries Convention warned of a collapse in stocks.'],
    ));
    expect(byName(actors, 'Regional Fisheries Convention')[0]).toBe(byName(actors, 'Convention on Regional Fisheries')[0]);
  });

  it('takes the role from titles and appositions, and strips the title from the name', () => {
    const { actors } = extractActors(makeArticles(
      ['German Chancellor Angela Merkel said the deal was fair. Merkel added that talks would go on.'],
      ['Maria Lopez, a doctor at a health clinic, said patients were arriving every hour.'],
    ));
    const merkel = byName(actors, 'Angela Merkel')[0];
    expect(merkel.role).toBe('German Chancellor');
    expect(merkel.aliases).toEqual(['Merkel']);
    expect(merkel.mentions).toBe(2);
    expect(merkel.discrepancy).toBeUndefined();
    expect(merkel.statements?.map((s) => s.quote)).toEqual(['German Chancellor Angela Merkel said the deal was fair.', 'Merkel added that talks would go on.']);
    expect(byName(actors, 'Maria Lopez')[0].role).toBe('doctor at a health clinic');
  });

  it('leaves out news agencies credited for the story, photo credits, and places', () => {
    const { actors } = extractActors(makeArticles(
      ['Chilean President Gabriel Boric said the fires were under control, according to the Reuters news agency.', '(Photo: AP) Firefighters work near Valparaiso.'],
      ['Officials in Santiago and Germany said help was on the way, the news agency AFP reported.'],
    ));
    const names = actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(names).toContain('Gabriel Boric');
    for (const n of ['Reuters', 'AP', 'AFP', 'Santiago', 'Germany', 'Valparaiso', 'Chilean']) expect(names).not.toContain(n);
  });

  it('does not make an actor of a name that neither acts nor has a role', () => {
    const { actors } = extractActors(makeArticles(['Recipe of the week: Jamie Oliver’s lemon tart.', 'The minister Tomas Novak resigned on Monday.']));
    const names = actors.map((a) => a.name);
    expect(names).not.toContain('Jamie Oliver');
    expect(names).toContain('Tomas Novak');
  });

  it('keeps a particle inside a surname and does not take a form of address for a role', () => {
    const { actors } = extractActors(makeArticles(
      ['President Bashar al-Assad said the army would retake the city. Mr Jonathan Powell, a former adviser, said talks were possible.'],
      ['Al-Assad told state television that the offensive was over. Mr Powell said he had met both sides.'],
    ));
    const assad = byName(actors, 'Bashar al-Assad');
    expect(assad).toHaveLength(1);
    expect(assad[0].role).toBe('President');
    const powell = byName(actors, 'Jonathan Powell')[0];
    expect(powell.aliases).toEqual(['Powell']);
    expect(powell.role).toBe('former adviser');
  });

  it('copes with a paragraph that ends inside an apposition or relative clause', () => {
    const { actors } = extractActors(makeArticles(['Anna Smith, a nurse,', 'The Harbour Trust, which', 'Bo Lindqvist, who']));
    expect(actors.map((a) => a.name)).toContain('Anna Smith');
  });

  it('takes an organisation’s role from the kind of body named before it', () => {
    const { actors } = extractActors(makeArticles(['The Geneva-based aid agency MedAid said its clinics were full.']));
    expect(byName(actors, 'MedAid')[0].role).toBe('Geneva-based aid agency');
  });
});
