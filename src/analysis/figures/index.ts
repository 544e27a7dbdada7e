// Analysis stage: quantities → figures grouped across sources (placeholder until the figures work lands).
import type { Article } from '../../content/types.js';
import type { Figure } from '../types.js';

export function extractFigures(_articles: Article[]): Figure[] {
  return [];
}
