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

/** Lists source ids the way a note reads them, in source order: "S1", "S1 and S3", "S1, S2 and S4". */
export function listSources(ids: string[]): string {
  const u = [...new Set(ids)].sort(bySourceOrder);
  // A note is reprinted on every page that cites it: with hundreds of sources, name the first few.
  if (u.length > LISTED_SOURCES) return `${u.slice(0, LISTED_SOURCES).join(', ')} and ${u.length - LISTED_SOURCES} other sources`;
  return u.length <= 1 ? (u[0] ?? '') : `${u.slice(0, -1).join(', ')} and ${u[u.length - 1]}`;
}

const LISTED_SOURCES = 6;

/** "S2" before "S10": source ids compare by their number. */
export function bySourceOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
