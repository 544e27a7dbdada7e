// Language packs: the analysis reads a corpus by the pack of its articles' language — checked with a
// stub language whose reporting verbs are the English ones spelt backwards ("dias"), registered as
// `xx`: the same sentences give a statement in one language and none in the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../src/analysis/index.js';
import { corpusLanguage, lang, type LanguagePack, packFor, PACKS } from '../../src/analysis/lang/index.js';
import type { Article } from '../../src/content/types.js';
import { makeArticles } from './articleFixture.js';

const backwards = (w: string) => [...w].reverse().join('');
const en = packFor('en');
const stub: LanguagePack = {
  ...en,
  code: 'xx',
  SPEECH_VERBS: new Set([...en.SPEECH_VERBS].map(backwards)),
  SAYING_VERBS: new Set([...en.SAYING_VERBS].map(backwards)),
  ACTION_VERBS: new Set([...en.ACTION_VERBS].map(backwards)),
};

/** Two sources; each sentence has its speaker as subject, the verb English or backwards. */
function corpus(language: string | undefined, verb: string): Article[] {
  const articles = makeArticles(
    [`Ruritanian minister Anton Velko ${verb} the border talks had failed after two days.`, 'The border stayed closed on Monday.'],
    [`Anton Velko ${verb} the border talks had failed after two days.`, 'Trucks waited at the crossing.'],
  );
  for (const a of articles) a.meta.language = language;
  return articles;
}

const statementsOf = (articles: Article[], dossierLanguage?: string) =>
  analyzeArticles(articles, [], undefined, dossierLanguage).actors.find((a) => a.name.includes('Velko'))?.statements ?? [];

describe('language packs', () => {
  beforeAll(() => { PACKS.set('xx', stub); });
  afterAll(() => { PACKS.delete('xx'); });

  it('reads a corpus by the pack of its articles’ language', () => {
    expect(statementsOf(corpus('en', 'said')).length).toBeGreaterThan(0);
    expect(statementsOf(corpus('xx', 'dias')).length).toBeGreaterThan(0);
    // The other language's verbs are no verbs of speech.
    expect(statementsOf(corpus('xx', 'said'))).toEqual([]);
    expect(statementsOf(corpus('en', 'dias'))).toEqual([]);
  });

  it('takes the dossier’s language for articles that name none', () => {
    expect(statementsOf(corpus(undefined, 'dias'), 'xx').length).toBeGreaterThan(0);
    expect(statementsOf(corpus(undefined, 'dias'), 'en')).toEqual([]);
  });

  it('leaves English as the pack once an analysis is over', () => {
    statementsOf(corpus('xx', 'dias'));
    expect(lang()).toBe(en);
  });

  it('chooses by the primary subtag, the language most articles are in, English when there is no pack', () => {
    expect(packFor('xx-YY')).toBe(stub);
    expect(packFor('EN-gb')).toBe(en);
    expect(packFor('qq')).toBe(en);
    const three = corpus('en', 'said').concat(corpus('xx', 'dias').slice(0, 1));
    expect(corpusLanguage(three)).toBe('en');
    expect(corpusLanguage(corpus(undefined, 'said'), 'xx-YY')).toBe('xx');
  });
});
