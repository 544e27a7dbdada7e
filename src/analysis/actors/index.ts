// Analysis stage: people and organisations, with merged spellings (placeholder until the actors work lands).
import type { Article } from '../../content/types.js';
import type { Actor, Discrepancy } from '../types.js';

export function extractActors(_articles: Article[]): { actors: Actor[]; nameDiscrepancies: Discrepancy[] } {
  return { actors: [], nameDiscrepancies: [] };
}
