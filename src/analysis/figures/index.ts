// Analysis stage: quantities in every article → figures grouped across sources, with agreement.
import type { Article } from '../../content/types.js';
import type { Figure } from '../types.js';
import { groupQuantities } from './grouping.js';
import { findQuantities } from './quantities.js';

export function extractFigures(articles: Article[]): Figure[] {
  return groupQuantities(articles.flatMap(findQuantities), articles.map((a) => a.id));
}
