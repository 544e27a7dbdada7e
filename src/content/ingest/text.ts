// Ingest stage: small facts about a line of scraped text (words, end punctuation) that every rule uses.
import { segmentsOf } from '../../core/segments.js';

/** Words of a line: runs of letters/digits, so punctuation and symbols are not counted. */
export function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu) ?? [];
}

const CLOSERS = /[\s"'”’»)\]*」』）】]+$/u;

/** Ends like a sentence (., !, ?, …, or a colon introducing what follows; their CJK full-width and Arabic forms too), ignoring closing quotes. */
export function endsSentence(s: string): boolean {
  return /[.!?…:;。！？：；؟।]$/u.test(s.replace(CLOSERS, ''));
}

/** Ends with ., ! or ? (or …, 。, ！, ？, ؟): a finished sentence, unlike a label ending in a colon. */
export function endsFinished(s: string): boolean {
  return /[.!?…。！？؟।]$/u.test(s.replace(CLOSERS, ''));
}

/** Ends with an ellipsis: a teaser or a truncated title, not a finished sentence. */
export function endsWithEllipsis(s: string): boolean {
  return /(\.\.\.|…)$/.test(s.replace(CLOSERS, ''));
}

/** Normalised form for comparing lines (case, quotes, punctuation and spacing ignored). */
export function normalise(s: string): string {
  return words(s.toLowerCase()).join(' ');
}

/** Scripts written without spaces between words: each character counts as a word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

/** Words of a line, counting each Chinese, Japanese or Thai character as one. */
export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  return words(text.replace(UNSPACED, ' ')).length + unspaced;
}

/** ICU's dictionary word breaker (built into Node's Intl): Chinese, Japanese and Thai lines have no spaces to split at. */
const SEGMENTER = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Words of a line, the words of Chinese, Japanese or Thai found by `Intl.Segmenter`, so lengths mean the same in every script. */
export function wordsOf(text: string): string[] {
  UNSPACED.lastIndex = 0;
  if (!UNSPACED.test(text)) return words(text);
  UNSPACED.lastIndex = 0;
  return [...segmentsOf(SEGMENTER, text)].filter((s) => s.isWordLike).map((s) => s.segment);
}
