// Analysis stage (actors): word tokens of a sentence with their offsets and the gaps between them, and
// the corpus-wide casing evidence that tells names ("Police" as a word never written lower-case) from words.
import type { Article } from '../../content/types.js';
import { lang } from '../lang/index.js';
import { splitSentences } from '../text/sentences.js';
import { isCommonWord, isFirstName } from './wordTags.js';

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

const WORD = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/;

export function tokenize(text: string, offset: number, paragraphText: string): Token[] {
  const { NAME_PARTICLES, ABBREVIATION } = lang().actors;
  const out: Token[] = [];
  let prevEnd = offset;
  for (const m of text.matchAll(WORD)) {
    const start = offset + m.index!;
    // an abbreviation's full stop is part of it: "Apple Inc. said", "John Smith Jr.", "the U.S. Army" —
    // unless it also ends the sentence ("bought by Apple Inc."), where it is the sentence's
    const after = m.index! + m[0].length;
    const dotted = text[after] === '.' && text.slice(after + 1).trim() !== '' && ABBREVIATION.test(m[0]);
    const raw = dotted ? `${m[0]}.` : m[0];
    const possessive = POSSESSIVE.test(raw);
    const word = possessive ? raw.slice(0, -2) : m[0];
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

/** Casing evidence over the whole corpus (headlines left out): words seen lower-case, capitalised mid-sentence, in capitals. */
export interface Casing {
  lower: Set<string>;
  capMid: Set<string>;
  /** Words written in capitals in running text ("NBA"): in a capitals headline, only these are acronyms. */
  acronyms: Set<string>;
  /** Words capitalised anywhere in running text, sentence starts included. */
  capAny: Set<string>;
}

export function corpusCasing(sentences: SentenceTokens[]): Casing {
  const lower = new Set<string>();
  const capMid = new Set<string>();
  const acronyms = new Set<string>();
  const capAny = new Set<string>();
  for (const s of sentences) {
    if (headlineCase(s.tokens, s.text)) continue;
    s.tokens.forEach((t, i) => {
      const w = t.word.toLowerCase();
      if (t.acronym) acronyms.add(t.word);
      if (!/^\p{Lu}/u.test(t.word)) lower.add(w);
      else {
        capAny.add(w);
        if (i > 0 && !/[.!?:"“”]\s*$/.test(t.gapBefore)) capMid.add(w);
      }
    });
  }
  return { lower, capMid, acronyms, capAny };
}

const lettered = (tokens: Token[]) => tokens.filter((t) => /\p{L}/u.test(t.word));

/**
 * A line set in capitals ("HAWKS MAKE OFFER") or in title case ("Police Arrest Drunk Driver"): at
 * least three words of four letters or more, every one capitalised — or three in four when the line
 * ends without a full stop, as headlines do ("X Checks into Y, Hires New Lawyer"). Its capitals are
 * no evidence of a name.
 */
export function headlineCase(tokens: Token[], text: string): 'capitals' | 'title' | null {
  const words = lettered(tokens).filter((t) => t.word.length >= 2);
  if (words.length >= 3 && words.filter((t) => t.word === t.word.toUpperCase()).length >= 0.8 * words.length) return 'capitals';
  const long = words.filter((t) => t.word.length >= 4 && !/\d/.test(t.word));
  const capitalised = long.filter((t) => /^\p{Lu}/u.test(t.word)).length;
  if (long.length < 3) return null;
  return capitalised === long.length || (capitalised >= 0.75 * long.length && !/[.!?]["”’']*\s*$/.test(text)) ? 'title' : null;
}

/**
 * Re-cases headline words from the running text: a word the articles write capitalised mid-sentence
 * (or in capitals, for an acronym), or only ever capitalised and no ordinary English word, stays a
 * name; any other is a word ("Rivertown Hawks Will Nab Marlow" → names "Rivertown Hawks", "Marlow"). A word the
 * running text never uses is no name either: a headline alone is too little evidence.
 */
export function truecaseHeadlines(sentences: SentenceTokens[], casing: Casing): void {
  const lines = sentences.map((s) => [s, headlineCase(s.tokens, s.text)] as const).filter(([, kind]) => kind);
  // a word right after a given name, never written in lower case elsewhere, is a surname — there and
  // wherever else the source's headline-case lines write it: "JON HALVERD SAID …", "HALVERD SAYS …"
  // where the other sources spell him "Jon Halverd"
  const surnames = new Map<string, Set<string>>();
  for (const [s] of lines) {
    s.tokens.forEach((t, i) => {
      const prev = s.tokens[i - 1];
      const w = t.word.toLowerCase();
      if (t.cap && prev?.cap && /^\s+$/.test(t.gapBefore) && isFirstName(prev.word[0] + prev.word.slice(1).toLowerCase()) && !casing.lower.has(w)
        && !lang().actors.FUNCTION_WORD.test(w)) surnames.set(s.source, (surnames.get(s.source) ?? new Set<string>()).add(w));
    });
  }
  for (const [s, kind] of lines) {
    for (const t of s.tokens) {
      if (!t.cap && !t.acronym) continue;
      const w = t.word.toLowerCase();
      const proper = casing.capMid.has(w) || casing.acronyms.has(t.word);
      const onlyCapitalised = casing.capAny.has(w) && !casing.lower.has(w) && !isCommonWord(t.word[0] + t.word.slice(1).toLowerCase());
      const surname = surnames.get(s.source)?.has(w) ?? false;
      if (kind === 'capitals') t.acronym = casing.acronyms.has(t.word);
      if (!proper && !onlyCapitalised && !surname) t.cap = false;
    }
  }
}
