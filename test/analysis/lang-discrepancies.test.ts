// Language packs, discrepancies: the claim rules read their words from the pack of the corpus's
// language (lang().discrepancies) — checked with a stub language whose words for a force and for
// "and" are the English ones spelt backwards, registered as `xx`: the same reports give a claim in one
// language and none in the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../src/analysis/index.js';
import { type LanguagePack, packFor, PACKS } from '../../src/analysis/lang/index.js';
import { makeArticles } from './articleFixture.js';

const backwards = (w: string) => [...w].reverse().join('');
const en = packFor('en');
const stub: LanguagePack = {
  ...en,
  code: 'xx',
  discrepancies: { ...en.discrepancies, AND: en.discrepancies.AND.map(backwards), FORCE_NOUNS: ['spoort'] },
};

/** One source lists three nations' troops, another names one; in `language`, with its words for "troops" and "and". */
function forces(language: string, troops: string, and: string) {
  const articles = makeArticles(
    [`A force of 900 Ruritanian, Borduvian ${and} Zemlan ${troops} reached the capital on Monday.`],
    [`Ruritanian ${troops} reached the capital on Monday, the ministry said.`],
  );
  for (const a of articles) a.meta.language = language;
  return analyzeArticles(articles).discrepancies.filter((d) => d.finding.rule === 'nationality');
}

describe('the claim rules read the words of the corpus’s language', () => {
  beforeAll(() => { PACKS.set('xx', stub); });
  afterAll(() => { PACKS.delete('xx'); });

  it('finds who a force was by the pack’s nouns and conjunction, and only by them', () => {
    expect(forces('en', 'troops', 'and')).toHaveLength(1);
    expect(forces('xx', 'spoort', 'dna')).toHaveLength(1);
    expect(forces('xx', 'troops', 'and')).toEqual([]);
    expect(forces('en', 'spoort', 'dna')).toEqual([]);
  });
});
