// Figures, rows a reader would laugh at (an audit of real dossiers): who gave a figure is never a
// passive's subject; a share of nothing is no row; a number counts its own noun; one record told two
// ways is one figure; a count nothing happened to is no key figure; a kind of people's toll is the
// people's toll. Invented reports only.
import { describe, expect, it } from 'vitest';
import { extractFigures, readFigures } from '../../src/analysis/figures/index.js';
import { findQuantities } from '../../src/analysis/figures/quantities.js';
import { statedDay } from '../../src/analysis/figures/reportDates.js';
import { parseArticle } from '../../src/content/article.js';
import { article } from './figuresHelpers.js';

const read = (...texts: string[]) => extractFigures(texts.map((t, i) => article(`S${i + 1}`, [t])));
const rows = (figures: ReturnType<typeof read>) => figures.map((f) => [f.label, f.agreement, f.values.map((v) => v.wording ?? v.value)]);

describe('who gave a figure', () => {
  it('is no passive subject and no clause about something else', () => {
    const [a] = read('Three people were detained overnight, and no damage was reported.');
    expect(a.values[0].attribution).toBeNull();
    const [b] = read('Four men were detained, though no charges have been reported.');
    expect(b.values[0].attribution).toBeNull();
    const [c] = read('Five officers were hurt in the clashes, and police said the square was cleared.');
    expect(c.values[0].attribution).toBe('police');
  });

  it('is no one who "added" an amount (a verb of saying used as one of doing)', () => {
    const [a] = read('Jon Roe added 88 yards for the Hawks (3-12), who lost again.');
    expect(a.values[0].attribution).toBeNull();
    const [b] = read('Three people were hurt, Jon Roe added.');
    expect(b.values[0].attribution).toBe('Jon Roe');
  });
});

describe('a share of nothing named', () => {
  it('makes no row, however many sources repeat it', () => {
    const quote = 'Two men were arrested after the game. "The blame is 100 percent on me," the coach said.';
    expect(rows(read(quote, quote, quote))).toEqual([['people arrested', 'consistent', [2, 2, 2]]]);
  });

  it('is a measure when the words before name it', () => {
    expect(rows(read('The driver had a blood alcohol level of 0.19 percent.', 'Tests showed a blood alcohol level of 0.19%.')))
      .toEqual([['blood alcohol level (%)', 'consistent', [0.19, 0.19]]]);
  });
});

describe('a count of times', () => {
  it('is no deed when the verb only refers back', () => {
    expect(rows(read('Jon Roe did that twice in the first half.'))).toEqual([]);
    expect(rows(read('Roe rebuffed him three times.')).map((r) => r[0])).toEqual(['times rebuffed him']);
  });
});

describe('one owner\'s record', () => {
  it('told two ways by different reports is one figure they disagree on', () => {
    expect(rows(read(
      'The Hawks improved to 11-4 with the win over Rivertown.',
      'With the victory the Hawks improved to 11-4.',
      'By beating Rivertown, the Hawks record rose to 10-4.',
    ))).toEqual([
      ['wins (record of Hawks)', 'conflicting', [11, 11, 10]],
      ['defeats (record of Hawks)', 'consistent', [4, 4, 4]],
    ]);
  });

  it('is joined beside another record of the owner that stays its own', () => {
    expect(rows(read(
      'The Hawks improved to 11-4 with the win over Rivertown.',
      'With the victory the Hawks improved to 11-4.',
      'The Hawks record rose to 10-4, a year after a 3-13 record in the league.',
    )).map((r) => [r[0], r[2]])).toEqual([
      ['wins (record of Hawks)', [11, 11, 10]],
      ['defeats (record of Hawks)', [4, 4, 4]],
      ['wins (record of Hawks, 3-13)', [3]],
      ['defeats (record of Hawks, 3-13)', [13]],
    ]);
  });

  it('keeps a part read alone that joined it', () => {
    expect(rows(read(
      'The Hawks improved to 11-4 with the win over Rivertown.',
      'It was the 11th win for the Hawks, who improved to 11-4.',
      'By beating Rivertown, the Hawks record rose to 10-4.',
    ))).toEqual([
      ['wins (record of Hawks)', 'conflicting', [11, 11, 11, 10]],
      ['defeats (record of Hawks)', 'consistent', [4, 4, 4]],
    ]);
  });

  it('is not a disagreement between a preview\'s record and the recap\'s', () => {
    const r = rows(read('The Hawks (10-4) meet Rivertown on Saturday night.', 'The Hawks improved to 11-4 with a win over Rivertown.'));
    expect(r.some((x) => x[1] === 'conflicting')).toBe(false);
  });

  it('stays two rows when a report gives both (before and after the game)', () => {
    expect(rows(read('The Hawks improved to 11-4 with the win.', 'Hawks (10-4) improved to 11-4 on Sunday.'))).toEqual([
      ['wins (record of Hawks, 11-4)', 'consistent', [11, 11]],
      ['defeats (record of Hawks, 11-4)', 'consistent', [4, 4]],
      ['wins (record of Hawks, 10-4)', 'single-source', [10]],
      ['defeats (record of Hawks, 10-4)', 'single-source', [4]],
    ]);
  });
});

describe('one owner\'s records', () => {
  it('far apart are two records, each label saying which', () => {
    expect(rows(read('Coach Roe led the Hawks to a 44-38 record.', 'Roe has a career record of 171-149.')).map((r) => r[0])).toEqual([
      'wins (record of Roe, 44-38)', 'defeats (record of Roe, 44-38)', 'wins (record of Roe, 171-149)', 'defeats (record of Roe, 171-149)',
    ]);
  });
});

describe('a report\'s date from its text', () => {
  it('is not a two-digit year of long ago beside a dateline', () => {
    const a = parseArticle('S1', 'articles/S1.md', '---\ntitle: S1\n---\n\nMarch 3, 2031\n\nThe 1958 side ran for 301 yards against Elmwood (10/4/58).\n');
    expect(statedDay(a)).toEqual({ year: 2031, month: 3, day: 3 });
  });
});

describe('a count nothing happened to', () => {
  it('is no key figure, however many sources give it', () => {
    expect(rows(read(
      'Four other workers were hiding in a storeroom. The gunman killed two people.',
      'Four other workers were hiding in a storeroom, and two people were killed.',
    ))).toEqual([['people killed', 'consistent', [2, 2]]]);
  });

  it('has the verb of the object it is joined to by "and"', () => {
    expect(rows(read(
      'He then stole a 16-gauge shotgun and three rifles before fleeing on foot.',
      'The fugitive got away with a shotgun and 3 rifles.',
      'Witnesses said he then shot the four victims.',
    ))).toEqual([
      ['rifles taken', 'consistent', [3, 3]],
      ['gauge of the shotgun', 'single-source', [16]],
      ['people shot', 'single-source', [4]],
    ]);
  });

  it('is not given a verb across "and" when it opens a clause of its own', () => {
    expect(rows(read('Police arrested the driver and two passengers were later questioned.')).map((r) => r[0])).toEqual(['visitors questioned']);
  });
});

describe('a kind of people\'s toll', () => {
  it('is the people\'s toll when the numbers are the same', () => {
    expect(rows(read(
      'The gunman killed two co-workers at the depot.',
      'Two people were killed at the depot.',
      'The shooting left two employees dead, police said.',
      'He is accused of killing two women at the depot.',
    ))).toEqual([['people killed', 'consistent', [2, 2, 2, 2]]]);
  });

  it('is no "different things counted" discrepancy once joined', () => {
    const figures = read('The gunman killed two co-workers at the depot.', 'Two people were killed at the depot.', 'He is accused of killing two women at the depot.');
    expect(figures[0].values.map((v) => v.counted)).toEqual([['people'], ['people'], ['people']]);
  });

  it('stays apart when a report gives the kinds as parts', () => {
    expect(rows(read(
      'Three soldiers and two civilians were killed in the shelling.',
      'Two civilians were killed, officials said.',
      'Two people were killed in the shelling.',
    )).map((r) => r[0])).toEqual(['civilians killed', 'troops killed', 'people killed']);
  });

  it('stays apart when the same report gives another people\'s number', () => {
    expect(rows(read('Five people were killed, among them two workers.', 'Two workers were killed.')).map((r) => [r[0], r[2]]))
      .toEqual([['workers killed', [2, 2]], ['people killed', [5]]]);
  });
});

describe('an event the sentence does not tell', () => {
  it('is not invented for troops nothing happened to', () => {
    expect(rows(read('Each of the clan\'s 300 sworn soldiers owed him a share.', 'Each of the clan\'s 300 sworn soldiers owed him a share.'))).toEqual([]);
    expect(rows(read('About 3,000 soldiers were sent to the border.')).map((r) => r[0])).toEqual(['troops deployed']);
  });

  it('is not read from a roster\'s name', () => {
    expect(rows(read('The moves brought to 14 the number of Hawks players on injured reserve.'))).toEqual([]);
  });
});

describe('what lasted "for" a time', () => {
  it('is named before it in its own clause, not after it nor across "who"', () => {
    expect(rows(read(
      'The curfew will last for three days, officials said.',
      'Legal battles ensued for seven years over his fitness to stand trial.',
      'Jon Roe, an emergency doctor who has known her for more than 12 years, praised the choice.',
    )).map((r) => r[0])).toEqual(['length of the curfew (days)']);
  });
});

describe('a pair of numbers after a name', () => {
  it('is a height and weight, not a record, when pounds follow', () => {
    expect(rows(read('The Hawks signed rookie back Jon Roe (6-2,215), who comes from the practice squad.'))).toEqual([]);
    expect(rows(read('Roe (58-3, 51 KOs) won again.')).map((r) => r[0])).toEqual(['wins (record of Roe)', 'defeats (record of Roe)', 'knockout wins (record of Roe)']);
  });
});

describe('digits after a name', () => {
  it('are part of the name, not a count, unless a counted noun or a headline verb goes with them', () => {
    expect(rows(read('The only thing the Comet 9100 is missing is a faster chip.'))).toEqual([]);
    expect(rows(read('Quake Kills 12 In Rivertown', 'In Rivertown 12 people were killed.')).map((r) => [r[0], r[2]])).toEqual([['people killed', [12, 12]]]);
  });
});

describe('counts joined by "and"', () => {
  it('share the verb after the last only when the first opens the clause', () => {
    expect(read('The plane carried 150 passengers, and 12 were killed.', 'The ferry had 40 crew and two were injured.').map((f) => f.label))
      .not.toContain('visitors killed');
    expect(findQuantities(article('S1', ['The plane carried 150 passengers, and 12 were killed.'])).map((q) => [q.value, q.event]))
      .toEqual([[150, null], [12, 'death']]);
    expect(findQuantities(article('S1', ['The school has 500 students and 12 were hurt.'])).map((q) => [q.value, q.event]))
      .toEqual([[500, null], [12, 'injury']]);
    expect(findQuantities(article('S1', ['In the shelling, three soldiers and two civilians were killed.'])).map((q) => [q.value, q.event]))
      .toEqual([[3, 'death'], [2, 'death']]);
  });
});
