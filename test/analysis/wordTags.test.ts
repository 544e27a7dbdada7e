// Actors: the word questions answered through compromise/two's prebuilt build in a worker thread (a plain
// number answered without it) give the same answers as compromise's full ESM entry with .json() — for
// every word and capitalised run of the seeds and generated corpora, a sample of compromise's own
// lexicon, suffix cases, and numbers; and the worker tags exactly as the same-thread fallback does.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/article.js';
import { tagAhead, tagged, tagHere } from '../../src/analysis/actors/tagger.js';
import * as wordTags from '../../src/analysis/actors/wordTags.js';
import { generateArticles } from '../fixtures/generate/corpus.mjs';
import { seedArticles } from './seedArticles.js';

/** The questions as first written: compromise's ESM entry, tags read from .json(). */
const reference = (() => {
  const memo = new Map<string, { tags: string[] }[]>();
  const terms = (text: string) => {
    let t = memo.get(text);
    if (!t) { t = (nlp(text).json() as { terms: { tags: string[] }[] }[])[0]?.terms ?? []; memo.set(text, t); }
    return t;
  };
  const tags = (w: string) => { const t = terms(w); return new Set(t.length === 1 ? t[0].tags : []); };
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  const inLexicon = (word: string) => { const w = word.toLowerCase(); return w in lexicon || (w.endsWith('s') && w.slice(0, -1) in lexicon); };
  return {
    isPlaceWord: (w: string) => ['Place', 'Country', 'City', 'Region'].some((x) => tags(w).has(x)),
    isDemonym: (w: string) => tags(w).has('Demonym'),
    isDateWord: (w: string) => ['Date', 'WeekDay', 'Month', 'Holiday'].some((x) => tags(w).has(x)),
    isFirstName: (w: string) => tags(w).has('FirstName'),
    isCommonWord: (w: string) => inLexicon(w) && !['ProperNoun', 'Person', 'Place', 'Organization'].some((x) => tags(w.toLowerCase()).has(x)),
    isAdjective: (w: string) => inLexicon(w) && tags(w).has('Adjective') && !tags(w).has('ProperNoun') && !tags(w).has('Noun'),
    isNounOnly: (w: string) => tags(w).has('Noun') && !tags(w).has('Verb'),
    isPluralNoun: (w: string) => inLexicon(w) && tags(w).has('Plural') && !tags(w).has('ProperNoun'),
    readsAsAdjective: (w: string) => tags(w).has('Adjective') && !tags(w).has('FirstName'),
    isPlacePhrase: (p: string) => { const t = terms(p); return t.length > 0 && t.every((x) => x.tags.includes('Place')); },
  };
})();

const WORD_QUESTIONS = ['isPlaceWord', 'isDemonym', 'isDateWord', 'isFirstName', 'isCommonWord', 'isAdjective', 'isNounOnly', 'isPluralNoun', 'readsAsAdjective'] as const;

/** Every question whose answer differs from the reference, as "question(word)". */
function differences(words: Iterable<string>, phrases: Iterable<string> = []): string[] {
  const out: string[] = [];
  for (const w of words) for (const q of WORD_QUESTIONS) if (wordTags[q](w) !== reference[q](w)) out.push(`${q}(${w})`);
  for (const p of phrases) if (wordTags.isPlacePhrase(p) !== reference.isPlacePhrase(p)) out.push(`isPlacePhrase(${p})`);
  return out;
}

/** Distinct words and capitalised runs ("Central Asian", "Ministry of Health") of some texts. */
function wordsAndRuns(texts: string[]): { words: Set<string>; runs: Set<string> } {
  const words = new Set<string>();
  const runs = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(/[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*/gu)) words.add(m[0]);
    for (const m of t.matchAll(/\p{Lu}[\p{L}-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*)+/gu)) runs.add(m[0]);
  }
  return { words, runs };
}

const paragraphs = (articles: { paragraphs: { text: string }[] }[]) => articles.flatMap((a) => a.paragraphs.map((p) => p.text));

describe('word tags', () => {
  it('answers as compromise does for every word and capitalised run of the seeds', () => {
    const { words, runs } = wordsAndRuns(paragraphs(seedArticles().articles));
    expect(words.size).toBeGreaterThan(500);
    expect(differences(words, runs)).toEqual([]);
  }, 60_000);

  it('answers as compromise does on generated corpora of two kinds of event', () => {
    const articles = [...generateArticles(20, 3).articles, ...generateArticles(20, 9, 'strike').articles]
      .map((a, i) => parseArticle(`S${i + 1}`, `articles/${a.fileName}`, a.text));
    const { words, runs } = wordsAndRuns(paragraphs(articles));
    expect(differences(words, runs)).toEqual([]);
  }, 60_000);

  it('answers as compromise does on a sample of its lexicon and on suffix guesses', () => {
    const lexicon = Object.keys((nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon).filter((_, i) => i % 12 === 0);
    const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
    const suffixes = ['Regional', 'Red', 'Soviet', 'Kowalsky', 'Zelensky', 'Protests', 'Researcher', 'Doctors', 'Troops', 'Technology',
      'Monday', 'January', 'Christmas', 'Norwegian', 'Uzbek', 'Geneva', 'Europe', 'Kyrgyzstan', 'Smithson', 'Organization', 'Unrest'];
    expect(differences([...lexicon, ...lexicon.map(title), ...lexicon.map((w) => `${title(w)}s`), ...suffixes])).toEqual([]);
  }, 120_000);

  it('answers plain numbers without compromise exactly as compromise does', () => {
    const numbers = Array.from({ length: 10_000 }, (_, i) => String(i));
    let seed = 1;
    const digits = (n: number) => Array.from({ length: n }, () => (seed = (seed * 16807) % 2147483647) % 10).join('');
    for (let k = 0; k < 500; k++) numbers.push(`${digits(1 + (k % 4))}.${digits(1 + (k % 3))}`, digits(5 + (k % 9)), `0${digits(3)}`);
    expect(differences(numbers)).toEqual([]);
  }, 120_000);
});

describe('tagger', () => {
  it('tags in the worker, asked or ahead, exactly as on this thread', () => {
    const { words, runs } = wordsAndRuns(paragraphs(seedArticles().articles));
    const all = [...words, ...runs];
    tagAhead(all.slice(0, 200));
    const differ = all.filter((w) => JSON.stringify(tagged(w)) !== JSON.stringify(tagHere(w)));
    expect(differ).toEqual([]);
    expect(tagged('Regional').tags).toEqual([['Adjective']]);
  }, 60_000);
});
