// PDF writer, where a run of text without spaces may break: Chinese, Japanese and Korean between
// characters by Unicode line breaking (UAX #14, from `linebreak` — the package pdfkit itself uses —
// so '。' never starts a line), and Thai, Lao, Khmer and Myanmar between words, which need a
// dictionary: ICU's, through Intl.Segmenter. Latin words keep their own rules (hyphens, dashes).
import LineBreaker from 'linebreak';
import { segmentsOf } from '../../core/segments.js';

/** Scripts written without spaces between words (and their punctuation). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3000-\u303f\uff00-\uffef]/u;
/** UAX #14 class SA (complex context): breaks come from a dictionary, not from the character classes. */
const COMPLEX = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const COMPLEX_RUN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;

/** Chinese, Japanese and Korean (and their full-width punctuation): set on a grid of equal cells, so a
 * justified line is filled by spacing its characters evenly. Not Thai and its kin: spacing between
 * their words would read (and extract) as word spaces. */
const GRID = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const GRID_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]$/u;

let words: Intl.Segmenter | undefined;

/** Whether the break between `before` and `after` lies between two characters of CJK text. */
export function betweenGridCharacters(before: string, after: string): boolean {
  return GRID_END.test(before) && GRID.test(after);
}

/** Whether `word` (no white space) holds text that breaks between characters or dictionary words. */
export function isUnspaced(word: string): boolean {
  return UNSPACED.test(word);
}

/** Splits a word without white space at every point a line may break there (no hyphen is added). */
export function unspacedPieces(word: string): string[] {
  const cuts = new Set<number>();
  const breaker = new LineBreaker(word);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) cuts.add(bk.position);
  if (COMPLEX.test(word)) {
    words ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    for (const run of word.matchAll(COMPLEX_RUN)) {
      for (const seg of segmentsOf(words, run[0])) if (seg.index > 0) cuts.add(run.index + seg.index);
    }
  }
  const pieces: string[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= from || cut >= word.length) continue;
    pieces.push(word.slice(from, cut));
    from = cut;
  }
  pieces.push(word.slice(from));
  return pieces;
}
