// Analysis stage: quantities in every article → figures grouped across sources, with agreement.
import type { Article } from '../../content/types.js';
import type { Actor, Figure } from '../types.js';
import { groupQuantities } from './grouping.js';
import { findQuantities, type Quantity, statedYear } from './quantities.js';
import { comparableDay, eventStartMonth, reportDay } from './reportDates.js';

export function extractFigures(articles: Article[], actors?: readonly Actor[]): Figure[] {
  return readFigures(articles, actors).figures;
}

/** Every article's quantities, read before the actors are known (the costly part); `groupFigures` makes the table. */
export interface ReadQuantities {
  articles: Article[];
  quantities: Quantity[];
}

export function readQuantities(articles: Article[]): ReadQuantities {
  const year = clusterYear(articles);
  // The month the event began in, from every report's date: what an earlier month's toll is compared with.
  const eventStart = eventStartMonth(articles.map(reportDay));
  return { articles, quantities: articles.flatMap((a) => findQuantities(a, year, eventStart)) };
}

/**
 * The key figures, and apart from them the other numbers mentioned: one source's counts whose row could
 * not say what happened to what is counted, kept with their words (shares of nothing named and a
 * roundup's standings are left out altogether). At most `MAX_OTHERS`, in source order: a short list.
 * With the actors, a person's age is one row under the name the actors stage gives them.
 */
export function readFigures(articles: Article[], actors?: readonly Actor[]): { figures: Figure[]; others: Figure[] } {
  return groupFigures(readQuantities(articles), actors);
}

export function groupFigures({ articles, quantities }: ReadQuantities, actors?: readonly Actor[]): { figures: Figure[]; others: Figure[] } {
  const text = new Map(articles.map((a) => [a.id, a.paragraphs.map((p) => p.text).join('\n')]));
  const names = (source: string, name: string) => new RegExp(`(?<!\\p{L})${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text.get(source) ?? '');
  const others: Figure[] = [];
  const reportDays = new Map(articles.map((a) => [a.id, comparableDay(a)]));
  const figures = groupQuantities(quantities, articles.map((a) => a.id), names, others, { actors, reportDays });
  return { figures, others: others.slice(0, MAX_OTHERS) };
}

const MAX_OTHERS = 8;

/**
 * The year the reports are from, for an article with no date of its own: the most common year of the
 * others' dates and stamps. Without it an earlier year in the text ("In 2008, …") could not be told apart.
 */
function clusterYear(articles: Article[]): number | null {
  const counts = new Map<number, number>();
  for (const a of articles) {
    const y = a.meta.date ? Number(a.meta.date.slice(0, 4)) : statedYear(a);
    if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}
