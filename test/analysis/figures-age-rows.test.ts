// Figures, ages: one person's ages are one row, named as the actors stage names them; and ages from
// reports written at different times are no conflict (the arrest report's "31" and the trial report's
// "33" two years later). Invented reports and actors only.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';
import { parseArticle } from '../../src/content/article.js';
import type { Actor } from '../../src/analysis/types.js';
import { article } from './figuresHelpers.js';

const person = (id: string, name: string, aliases: string[]): Actor => ({ id, name, kind: 'person', role: null, aliases, sources: [], mentions: 1 });
const rows = (figures: ReturnType<typeof extractFigures>) => figures.filter((f) => f.label.startsWith('age')).map((f) => [f.label, f.agreement, f.values.map((v) => `${v.source} ${v.value}`)]);
/** An article with no date of its own, only its address. */
const atUrl = (id: string, url: string, text: string) => parseArticle(id, `articles/${id}.md`, `---\ntitle: ${id}\nurl: "${url}"\n---\n\n${text}\n`);

describe('a person\'s age is one row under the actor\'s name', () => {
  it('joins the surname, the full name and the first name the actor goes by', () => {
    const actors = [person('A1', 'Jon Roe', ['Roe', 'Jon']), person('A2', 'Amy Roe', ['Amy'])];
    const figures = extractFigures([
      article('S1', ['Officer Jon Roe, 35, was shot on Friday.']),
      article('S2', ['Roe, 35, had served ten years on the force.']),
      article('S3', ['"Jon was 35 years old and loved the job," his brother said. His daughter Amy Roe, 12, was at school.']),
    ], actors);
    expect(rows(figures)).toEqual([
      ['age of Jon Roe', 'consistent', ['S1 35', 'S2 35', 'S3 35']],
      ['age of Amy Roe', 'single-source', ['S3 12']],
    ]);
  });
});

describe('ages from reports of different times', () => {
  it('are rows of their own, each labelled with its time, not a conflict', () => {
    const figures = extractFigures([
      article('S1', ['Dale Poe, 31, was arrested on Friday.'], '2031-06-25'),
      article('S2', ['Poe, 31, is held without bail.'], '2031-06-26'),
      atUrl('S3', 'https://news.example/2033/apr/03/poe-guilty', 'A jury found Dale Poe, 33, guilty of murder.'),
      atUrl('S4', 'https://paper.example/local/poe-profile', 'Poe, 31, grew up on the east side.'),
    ], [person('A1', 'Dale Poe', ['Poe'])]);
    expect(rows(figures)).toEqual([
      ['age of Dale Poe (as reported in June 2031)', 'consistent', ['S1 31', 'S2 31', 'S4 31']],
      ['age of Dale Poe (as reported in April 2033)', 'single-source', ['S3 33']],
    ]);
  });

  it('still conflict when the reports are of one time', () => {
    const figures = extractFigures([
      article('S1', ['Dale Poe, 31, was arrested on Friday.'], '2031-06-25'),
      article('S2', ['Poe, 32, is held without bail.'], '2031-06-26'),
      atUrl('S3', 'https://news.example/20330403/poe-guilty', 'A jury found Dale Poe, 33, guilty of murder.'),
    ]);
    expect(rows(figures)).toEqual([
      ['age of Poe (as reported in June 2031)', 'conflicting', ['S1 31', 'S2 32']],
      ['age of Poe (as reported in April 2033)', 'single-source', ['S3 33']],
    ]);
  });
});

describe('a report\'s own date', () => {
  it('is read at its top, not from a date further down', () => {
    const undated = (id: string, paragraphs: string[]) => parseArticle(id, `articles/${id}.md`, `---\ntitle: ${id}\n---\n\n${paragraphs.join('\n\n')}\n`);
    const figures = extractFigures([
      undated('S1', ['June 25, 2031', 'Dale Poe, 31, was arrested on Friday.', 'He was held overnight.', 'Neighbours were shocked.', 'A trial is set for April 3, 2033.']),
      article('S2', ['Poe, 32, is held without bail.'], '2031-06-26'),
      article('S3', ['A jury found Dale Poe, 33, guilty of murder.'], '2033-04-03'),
    ]);
    expect(rows(figures)).toEqual([
      ['age of Poe (as reported in June 2031)', 'conflicting', ['S1 31', 'S2 32']],
      ['age of Poe (as reported in April 2033)', 'single-source', ['S3 33']],
    ]);
  });
});

describe('ages at another time, and longer names', () => {
  it('reads "the then 15-year-old" as no age of the person now', () => {
    const figures = extractFigures([article('S1', ['At the trial of 17-year-old Lee Moss, a witness said the then 15-year-old Moss fired first.'])]);
    expect(rows(figures)).toEqual([['age of Moss', 'single-source', ['S1 17']]]);
  });

  it('joins a first name and surname that end one of the actor\'s longer names', () => {
    const actors = [person('A1', 'Ned Vale', ['Vale', 'Edward Lowell Vale'])];
    const figures = extractFigures([
      article('S1', ['Ned Vale, 81, died on Sunday.']),
      article('S2', ['Edward Lowell Vale, 81, was a banker.']),
    ], actors);
    expect(rows(figures)).toEqual([['age of Ned Vale', 'consistent', ['S1 81', 'S2 81']]]);
  });
});

describe('the rows of one age at several times', () => {
  it('stand side by side in the table', () => {
    const figures = extractFigures([
      article('S1', ['Dale Poe, 31, was arrested on Friday.', 'Police recovered 12 rifles.'], '2031-06-25'),
      article('S2', ['Poe, 31, is held without bail.', 'Police recovered 12 rifles.'], '2031-06-26'),
      article('S3', ['A jury found Dale Poe, 33, guilty of murder.'], '2033-04-03'),
      article('S4', ['Poe, 31, grew up on the east side.', 'Police recovered 12 rifles.'], '2031-06-27'),
    ]);
    expect(figures.map((f) => f.label)).toEqual(['age of Poe (as reported in June 2031)', 'age of Poe (as reported in April 2033)', 'rifles recovered']);
  });
});
