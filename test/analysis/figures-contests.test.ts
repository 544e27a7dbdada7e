// Unit tests, on invented sentences: win–loss records, rounds, ages in apposition, ordinals that count
// and streaks are figures; a bare pair in a list, a score, a round that only says when, "the first" are not;
// an undated report is dated by its stamp, so another year's round is background.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';
import type { Figure } from '../../src/analysis/types.js';
import { parseArticle } from '../../src/content/article.js';
import { article } from './figuresHelpers.js';

const read = (...texts: string[]) => extractFigures(texts.map((t, i) => article(`S${i + 1}`, [t])));
const byLabel = (figures: Figure[], label: string) => figures.find((f) => f.label === label);
const values = (f: Figure | undefined) => f?.values.map((v) => v.value);

describe('win–loss records', () => {
  it('reads wins, defeats and knockout wins, whoever writes them how', () => {
    const figures = read(
      'The 31-year-old challenger Marta Reyes improved to 27-2 (19 KO) with the win.',
      'Reyes, 27-2 with 19 knockouts, dominated from the opening bell.',
      'Reyes now has a professional record of 27 wins and two defeats.',
    );
    expect(values(byLabel(figures, 'wins (record of Reyes)'))).toEqual([27, 27, 27]);
    expect(values(byLabel(figures, 'defeats (record of Reyes)'))).toEqual([2, 2, 2]);
    expect(values(byLabel(figures, 'knockout wins (record of Reyes)'))).toEqual([19, 19]);
    expect(figures.every((f) => f.agreement !== 'conflicting')).toBe(true);
  });

  it('keeps two fighters\' records apart and reads the loser\'s from "fell to"', () => {
    const figures = read('Reyes improved to 27-2 (19 KO), while Ilse Brandt, the former champion from Kiel, fell to 30-4 (12 KO).');
    expect(figures.filter((f) => f.label.startsWith('wins')).map((f) => values(f))).toEqual([[27], [30]]);
  });

  it('does not read a score, a season or a pair in a list as a record', () => {
    expect(read('The home side won 3-1 in the 2010-11 season.', 'Ana Bell 26-1', 'Tom Park 22-3').filter((f) => f.label.includes('record'))).toEqual([]);
  });
});

describe('rounds', () => {
  it('reads the round of the stoppage in every form, and a knockdown round apart from it', () => {
    const figures = read(
      'Reyes stopped Brandt in the ninth round on Saturday.',
      'Reyes beats Brandt in nine rounds',
      'Reyes stops Brandt in 9 with a body shot',
      'Reyes floored Brandt with a left hook near the end of the seventh round.',
    );
    expect(values(byLabel(figures, 'round in which the contest was stopped'))).toEqual([9, 9, 9]);
    expect(byLabel(figures, 'round in which the contest was stopped')?.agreement).toBe('consistent');
    expect(values(byLabel(figures, 'round of a knockdown'))).toEqual([7]);
  });

  it('does not count a round that only says when something happened', () => {
    expect(read('Brandt landed a hard jab in the third round and smiled.')).toEqual([]);
  });
});

describe('ages in apposition', () => {
  it('reads "Name, 52," as an age and groups it with "the 52-year-old Name"', () => {
    const [f] = read('Tomas Wiley, 52, was arrested at a motel.', 'Police said the 52-year-old Wiley had no weapon.');
    expect(f.label).toBe('age of Wiley');
    expect(values(f)).toEqual([52, 52]);
  });

  it('keeps two people of one surname apart, and a bare surname joins the one whose age it gives', () => {
    const figures = read('Paul Wiley, 35, was charged; his mother Rosa Wiley, 61, was found dead.', 'The 61-year-old Rosa Wiley lived alone. Deputy Wiley, 35, was off duty.');
    expect(figures.map((f) => [f.label, f.agreement, values(f)])).toEqual([
      ['age of Paul Wiley', 'consistent', [35, 35]],
      ['age of Rosa Wiley', 'consistent', [61, 61]],
    ]);
  });

  it('does not read a date or a list number as an age', () => {
    expect(read('On March 3, 2031, the road reopened.', 'Lots 4, 12, and 19 were sold.')).toEqual([]);
  });
});

describe('ordinals that count, and streaks', () => {
  it('reads a post held in turn, with a count over a period apart from the all-time one', () => {
    const figures = read(
      'Ruiz was named the club\'s 14th manager on Friday.',
      'Ruiz is the third manager since the owners took over.',
      'Ruiz will be the fourth manager in five years under the new owners.',
    );
    expect(values(byLabel(figures, 'manager number (Ruiz)'))).toEqual([14]);
    const period = byLabel(figures, 'manager number (Ruiz), counted over a period');
    expect(values(period)).toEqual([3, 4]);
    expect(period?.agreement).toBe('conflicting');
  });

  it('keeps the places of two holders of a post apart', () => {
    const figures = read('Lena Ortiz was named the 20th manager on Monday.', 'Ruiz was hired as the club\'s 21st manager.');
    expect(figures.map((f) => [f.label, f.agreement])).toEqual([['manager number (Ortiz)', 'single-source'], ['manager number (Ruiz)', 'single-source']]);
  });

  it('does not count a game by an ordinal outside a streak', () => {
    expect(read('It was his second 300-yard game of the season.', 'His third career 300-yard game set a record.')).toEqual([]);
  });

  it('reads a streak however it is written, and not "the first" or a day', () => {
    const figures = read('Reyes won her 12th straight fight.', 'Reyes has won 12 fights in a row.', 'It was her first title fight, on the second day.');
    expect(values(byLabel(figures, 'fights in a row (Reyes)'))).toEqual([12, 12]);
    expect(figures).toHaveLength(1);
  });
});

describe('background scope in undated reports', () => {
  const undated = (body: string[]) => parseArticle('S1', 'articles/01-x.md', `---\ntitle: x\n---\n\n${body.join('\n\n')}\n`);

  it('dates a report by its stamp, so an earlier year\'s round is background', () => {
    const figures = extractFigures([undated(['Posted: March 3, 2031', 'Reyes stopped Brandt in the ninth round.', 'In 2027, Reyes stopped Brandt in the 11th round.'])]);
    expect(figures.map((f) => [f.values[0].value, Boolean(f.background)])).toEqual([[9, false], [11, true]]);
  });

  it('does not take a streak "since" an earlier year for an earlier event', () => {
    const figures = extractFigures([undated(['Posted: March 3, 2031', 'Reyes has won 12 fights in a row since losing to Ilse Brandt in May 2027.'])]);
    expect(figures[0].background).toBeUndefined();
  });

  it('counts no title in "the 11th of their first title fight"', () => {
    const figures = extractFigures([undated(['Posted: March 3, 2031', 'She won in the 11th of their first title fight.'])]);
    expect(figures.filter((f) => f.label.startsWith('title'))).toEqual([]);
  });
});

describe('a comparison\'s base is not background', () => {
  it('keeps a record this season beside "an improvement over the previous season" as this event', () => {
    const figures = read('Reyes led the club to a 43-39 record - a 10-win improvement over the previous season.', 'Reyes had a 43-39 record in her first season.');
    const wins = byLabel(figures, 'wins (record of Reyes)');
    expect(values(wins)).toEqual([43, 43]);
    expect(wins?.background).toBeFalsy();
  });

  it('still keeps "the previous season" itself apart', () => {
    const figures = read('In the previous season the club went 33-49 under Reyes.');
    expect(figures.every((f) => f.background)).toBe(true);
  });
});

describe('an age given by nationality', () => {
  it('joins "the 40-year-old American" to the 40-year-old its report names, not to someone else', () => {
    const figures = read(
      'Reyes stopped the 40-year-old Brandt in Oslo.',
      'Reyes beat Brandt, stopping the 40-year-old American in the sixth round.',
      'A 40-year-old American in the crowd fainted.',
    );
    const ages = figures.filter((f) => f.label.startsWith('age'));
    expect(ages.map((f) => [f.label, f.values.map((v) => v.source)])).toEqual([['age of Brandt', ['S1', 'S2']], ['age of American', ['S3']]]);
  });
});

describe('victories over one opponent', () => {
  it('reads "a second professional victory over Ilse Brandt" and "her second victory over Brandt" as one figure', () => {
    const figures = read('Reyes retained her title with a second professional victory over Ilse Brandt.', 'This was Reyes\'s second victory over Brandt.', 'It was her first win over a champion.');
    expect(figures.map((f) => [f.label, values(f), f.agreement])).toEqual([['victories over Brandt', [2, 2], 'consistent']]);
  });
});

describe('a knockdown told after its round', () => {
  it('reads "in the fifth round, putting her down" as the round of a knockdown, not "sending the crowd wild"', () => {
    const figures = read('Reyes bombed Brandt with a right hand in the fifth round, putting her down late in the frame.', 'Reyes floored Brandt near the end of the fifth round.', 'Reyes hit Brandt in the fifth round, sending the crowd wild.');
    expect(figures.map((f) => [f.label, values(f)])).toEqual([['round of a knockdown', [5, 5]]]);
  });
});

describe('how long someone held a post they left', () => {
  it('reads "fired after just one season" per person, so two coaches\' tenures never conflict', () => {
    const figures = read(
      'Jim Dale was shown the door after a single tumultuous season.',
      'The club fired Jim Dale on Monday after one season as coach and hired Ann Roe, who was fired in March after nearly four seasons.',
      'He scored after one minute and stayed after two years.',
    );
    expect(figures.map((f) => [f.label, values(f), f.agreement])).toEqual([
      ['length of the tenure of Dale (seasons)', [1, 1], 'consistent'],
      ['length of the tenure of Roe (seasons)', [4], 'single-source'],
    ]);
  });
});

describe('time left on the clock', () => {
  it('reads "with two seconds remaining of the sixth round" by its period, and a bare one only with its own number', () => {
    const figures = read('Reyes stopped Brandt with two seconds remaining of the sixth round.', 'Play resumed with about 20 seconds left.', 'Play resumed with 30 seconds left.');
    const rows = figures.filter((f) => f.label.startsWith('time left')).map((f) => [f.label, values(f), f.agreement]);
    expect(rows).toEqual([
      ['time left in the sixth round (seconds)', [2], 'single-source'],
      ['time left (seconds)', [20], 'single-source'],
      ['time left (seconds)', [30], 'single-source'],
    ]);
  });
});

describe('changes and margins in a hyphenated unit', () => {
  it('groups "a 10-win improvement" across sources, keeps leads apart by number, and reads no streak as a margin', () => {
    const figures = read(
      'Reyes led the club to a 10-win improvement over the previous season.',
      'She led the club to a 10-win improvement from a year ago, after a 12-point lead at halftime and a 17-point lead later.',
      'They have lost two straight after a 10-game win streak.',
    );
    expect(figures.map((f) => [f.label, values(f), f.agreement, Boolean(f.background)])).toEqual([
      ['improvement (wins)', [10, 10], 'consistent', false],
      ['lead (points)', [12], 'single-source', false],
      ['lead (points)', [17], 'single-source', false],
    ]);
  });
});

describe('differences stated as comparatives', () => {
  it('reads "five rounds sooner" and "four years older" by whose they are, and not "three days later" or a ratio', () => {
    const figures = read('Reyes finished the fight five rounds sooner than in 2027.', 'Reyes met Brandt again, with Brandt four years older.', 'Three days later he died; the trip lasted three times longer.');
    expect(figures.map((f) => [f.label, values(f), Boolean(f.background)])).toEqual([['rounds sooner (Reyes)', [5], false], ['years older (Brandt)', [4], false]]);
  });

  it('keeps a count inside the comparison\'s base with its earlier year', () => {
    const figures = read('Reyes finished the fight five rounds sooner than when knocking out Brandt in the 11th round in 2027.');
    expect(figures.map((f) => [f.label, values(f), Boolean(f.background)])).toEqual([['rounds sooner (Reyes)', [5], false], ['round in which the contest was stopped (2027)', [11], true]]);
  });
});

describe('a compound adjective is no holder', () => {
  it('credits "his fourth scoring title" after "an MVP-caliber season" to the player named before', () => {
    const figures = read('Under Dale, Iverson responded with an MVP-caliber season, winning his fourth scoring title.', 'Dale coached Allen Iverson to his fourth scoring title.');
    expect(figures.map((f) => [f.label, values(f)])).toEqual([['title number (Iverson)', [4, 4]]]);
  });
});

describe('time left on a contract and the length of a run, per holder', () => {
  it('reads "two years and $8 million left on the contract" and "extended her unbeaten run to eight years"', () => {
    const figures = read('The club fired Jim Dale, who still has two years and $8 million left on the contract he signed.', 'Reyes extended her unbeaten run to eight years by beating Brandt.', 'Roe has three years left on his deal.', 'The Norwegian champion extended his winning run to two years.');
    expect(figures.filter((f) => f.values[0].unit !== 'USD').map((f) => [f.label, values(f)])).toEqual([
      ['time left on the contract of Dale (years)', [2]],
      ['length of the unbeaten run of Reyes (years)', [8]],
      ['time left on the deal of Roe (years)', [3]],
      ['length of the winning run of the Norwegian (years)', [2]],
    ]);
  });
});

describe('the round of an elimination', () => {
  it('reads "eliminated in the first round of the playoffs", and an earlier year\'s apart', () => {
    const figures = read('King said after the club was eliminated in the first round of the playoffs that he would stay.', 'In 2027 they were eliminated in the second round.');
    expect(figures.map((f) => [f.label, values(f), Boolean(f.background)])).toEqual([['round of elimination', [1], false], ['round of elimination (2027)', [2], true]]);
  });
});

describe('which game of a season', () => {
  it('reads "the season\'s 19th game" and "the 19th game of the season" as one, another game apart, and "his second game" not at all', () => {
    const figures = read('He did not start Dale until the season\'s 19th game.', 'It was the 19th game of the regular season.', 'Roe was hurt in the 40th game of the season.', 'He scored in his second game for the club.', 'They lost their 13th game of the season.');
    expect(figures.map((f) => [f.label, values(f), f.agreement])).toEqual([['game number (season)', [19, 19], 'consistent'], ['game number (season)', [40], 'single-source']]);
  });
});

describe('the time between two events', () => {
  it('groups "nearly three weeks after the club ended its season" with "… following the end of its season", keeps other lengths apart, and reads no "later"', () => {
    const figures = read(
      'Nearly three weeks after the club ended its season, Dale was fired.',
      'In a surprising move nearly three weeks following the end of its season, the club fired Dale.',
      'Dale was hired two weeks after the season. Three days later he spoke, one day after Roe died.',
    );
    expect(figures.map((f) => [f.label, values(f), f.agreement])).toEqual([
      ['time after the season (weeks)', [3, 3], 'consistent'],
      ['time after the season (weeks)', [2], 'single-source'],
    ]);
  });

  it('reads "the four years that had passed since their first bout" as a time after it', () => {
    expect(read('Brandt had aged in the four years that had passed since their first bout.').map((f) => [f.label, values(f)])).toEqual([['time after the bout (years)', [4]]]);
  });
});

describe('the length of a contract held', () => {
  it('reads a contract someone signed or serves, per holder, and no offer', () => {
    const figures = read('Dale just finished the first year of a three-year deal.', 'Roe signed a four-year, $31.5-million contract.', 'The club offered Vance an eight-year contract.');
    expect(figures.filter((f) => f.values[0].unit !== 'USD').map((f) => [f.label, values(f)])).toEqual([['length of the deal of Dale (years)', [3]], ['length of the contract of Roe (years)', [4]]]);
  });
});

describe('a sentence-opening adverb is no holder', () => {
  it('credits "Overall, Dale recorded a mark of 182-158" to Dale', () => {
    expect(read('Overall, Dale recorded a mark of 182-158.').map((f) => f.label)).toEqual(['wins (record of Dale)', 'defeats (record of Dale)']);
  });
});
