// Analysis stage (summary): the sentences a summary may quote — whole, declarative, long enough to say
// something, not a question, not a bare quotation — each with how well it reads alone.
import type { Article } from '../../content/types.js';
import { splitSentences } from '../text/sentences.js';
import { readability } from './quality.js';
import { cannotStandAlone, inSpeech } from './standalone.js';

export interface Candidate {
  source: string;
  paragraph: number;
  text: string;
  /** Offset in the paragraph text. */
  start: number;
  /** Position in its source, 0 (lead) … 1 (end). */
  position: number;
  /** How well it reads alone, in (0, 1] (see quality.ts). */
  quality: number;
  /** Its place among its article's candidates, 0 for the first: a lead sentence tells what happened. */
  rank: number;
}

const MIN_WORDS = 8;
const MAX_WORDS = 50;

/**
 * Sentences compared at most, over the whole corpus: the similarity graph grows with its square. With
 * many articles each contributes its lead sentences (news puts the main points first).
 */
const MAX_CANDIDATES = 1500;
const MIN_PER_ARTICLE = 3;

export function candidateSentences(articles: Article[]): Candidate[] {
  const perArticle = Math.max(MIN_PER_ARTICLE, Math.floor(MAX_CANDIDATES / Math.max(1, articles.length)));
  const shared = sharedYear(articles);
  return articles.flatMap((a) => articleCandidates(a, perArticle, a.meta.date ? Number(a.meta.date.slice(0, 4)) : shared));
}

/** A year as a report writes it (not part of an amount, a count or a phone number). */
const YEAR = /(?<![\d,.$€£-])(1[89]\d\d|20\d\d)(?![\d,%])/g;
const yearsIn = (text: string): number[] => [...text.matchAll(YEAR)].map((m) => Number(m[1]));

/** Undated reports: the latest year two of them name is the event's (reports name their own year, and earlier ones for background). */
function sharedYear(articles: Article[]): number | undefined {
  const count = new Map<number, number>();
  for (const a of articles) for (const y of new Set(a.paragraphs.flatMap((p) => yearsIn(p.text)))) count.set(y, (count.get(y) ?? 0) + 1);
  const years = [...count].filter(([, n]) => n >= 2).map(([y]) => y);
  return years.length ? Math.max(...years) : undefined;
}

function articleCandidates(a: Article, limit: number, year: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  const total = Math.max(1, a.paragraphs.length - 1);
  a.paragraphs.forEach((p, i) => {
    if (out.length >= limit) return;
    if (inSpeech(a.paragraphs.map((q) => q.text), i)) return;
    for (const s of splitSentences(p.text)) {
      if (out.length >= limit) break;
      const words = s.text.split(/\s+/).length;
      if (words < MIN_WORDS || words > MAX_WORDS) continue;
      // a full stop ends it, inside or outside a closing quotation mark: a headline has none ("Firm buys rival for $3M “to grow”")
      if (!/(?:[.!]["”’')]*|["”’')][.!])$/.test(s.text)) continue;
      if (/^(?:[“"‘]|``)/.test(s.text) || !/^[\p{Lu}\d“"]/u.test(s.text)) continue;
      if (unbalancedQuotes(s.text) || cannotStandAlone(p.text, s.text, s.start)) continue;
      const quality = readability(s.text) * (pastYearsOnly(s.text, year) ? PAST_YEARS : 1);
      out.push({ source: a.id, paragraph: p.n, text: s.text, start: s.start, position: i / total, quality, rank: out.length });
    }
  });
  return out;
}

/** Quality multiplier of a line about earlier years only: background (a career, a previous case), not the news. */
const PAST_YEARS = 0.5;

/**
 * The sentence names years, and every one is before its report's year (its date's, else the one the
 * reports share): "won the prize in 1991, and was appointed … in 1988" in a report of 2012 tells what
 * came before the event.
 */
function pastYearsOnly(text: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  const years = yearsIn(text);
  return years.length > 0 && years.every((y) => y < year);
}

/** A sentence cut inside a quotation cannot stand alone. */
function unbalancedQuotes(t: string): boolean {
  const open = (t.match(/“/g) ?? []).length;
  const close = (t.match(/”/g) ?? []).length;
  const straight = (t.match(/"/g) ?? []).length;
  return open !== close || straight % 2 === 1 || (t.match(/``/g) ?? []).length !== (t.match(/''/g) ?? []).length;
}
