// Analysis stage (actors): word tokens of a sentence with their offsets and the gaps between them, and
// the corpus-wide casing evidence that tells names ("Police" as a word never written lower-case) from words.
import type { Article } from '../../content/types.js';
import { splitSentences } from '../text/sentences.js';

export interface Token {
  /** Text as written (possessive kept). */
  raw: string;
  /** Offset in the paragraph. */
  start: number;
  end: number;
  /** Name form: possessive "’s" removed. */
  word: string;
  possessive: boolean;
  /** Starts with a capital and every hyphen part does too ("Jean-Claude", not "Russian-led"). */
  cap: boolean;
  /** All capitals, 2–6 letters: an acronym ("NATO"). */
  acronym: boolean;
  hashtag: boolean;
  /** Text between the previous token and this one. */
  gapBefore: string;
}

export interface SentenceTokens {
  source: string;
  paragraph: number;
  text: string;
  /** Offset of the sentence in the paragraph. */
  start: number;
  paragraphText: string;
  tokens: Token[];
}

/** Lower-case particles that begin a hyphenated surname ("al-Assad", "ben-Gurion", "el-Sisi"). */
const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'ben', 'bin', 'ibn', 'abu', 'bou', 'ould', 'de', 'di', 'da', 'del', 'van', 'von']);

const WORD = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/;

export function tokenize(text: string, offset: number, paragraphText: string): Token[] {
  const out: Token[] = [];
  let prevEnd = offset;
  for (const m of text.matchAll(WORD)) {
    const start = offset + m.index!;
    const raw = m[0];
    const possessive = POSSESSIVE.test(raw);
    const word = possessive ? raw.slice(0, -2) : raw;
    const parts = word.split('-');
    // every hyphen part capitalised ("Jean-Claude"), or a name particle before one ("al-Assad")
    const cap = parts.every((p, k) => /^\p{Lu}/u.test(p) || (k < parts.length - 1 && NAME_PARTICLES.has(p)))
      && /^\p{Lu}/u.test(parts[parts.length - 1]);
    const acronym = /^\p{Lu}{2,6}$/u.test(word);
    const hashtag = paragraphText[start - 1] === '#';
    out.push({ raw, start, end: start + raw.length, word, possessive, cap: cap && !hashtag, acronym, hashtag, gapBefore: paragraphText.slice(prevEnd, start) });
    prevEnd = start + raw.length;
  }
  return out;
}

export function tokenizeArticles(articles: Article[]): SentenceTokens[] {
  const out: SentenceTokens[] = [];
  for (const a of articles) {
    for (const p of a.paragraphs) {
      for (const s of splitSentences(p.text)) {
        out.push({ source: a.id, paragraph: p.n, text: s.text, start: s.start, paragraphText: p.text, tokens: tokenize(s.text, s.start, p.text) });
      }
    }
  }
  return out;
}

/** Casing evidence over the whole corpus: words seen lower-case, and words seen capitalised mid-sentence. */
export interface Casing {
  lower: Set<string>;
  capMid: Set<string>;
}

export function corpusCasing(sentences: SentenceTokens[]): Casing {
  const lower = new Set<string>();
  const capMid = new Set<string>();
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      const w = t.word.toLowerCase();
      if (!/^\p{Lu}/u.test(t.word)) lower.add(w);
      else if (i > 0 && !/[.!?:"“”]\s*$/.test(t.gapBefore)) capMid.add(w);
    });
  }
  return { lower, capMid };
}
