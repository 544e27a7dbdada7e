// Analysis stage (shared text utility): every sentence of every article with its source and ¶, the unit
// that claim-level rules compare across sources.
import type { Article } from '../../content/types.js';
import { splitSentences, type Span } from './sentences.js';

export interface SentenceRef {
  source: string;
  paragraph: number;
  /** Full text of the paragraph (quotes are substrings of it). */
  paragraphText: string;
  sentence: Span;
}

export function allSentences(articles: Article[]): SentenceRef[] {
  return articles.flatMap((a) => a.paragraphs.flatMap((p) => splitSentences(p.text).map((sentence) => ({
    source: a.id, paragraph: p.n, paragraphText: p.text, sentence,
  }))));
}

/** "S2" before "S10": source ids compare by their number. */
export function bySourceOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
