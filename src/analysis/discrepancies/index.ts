// Analysis stage: where sources disagree (placeholder until the discrepancies work lands).
import type { Article } from '../../content/types.js';
import type { Actor, Discrepancy, Figure } from '../types.js';

/** Figure and claim discrepancies. Name discrepancies come from the actors extractor. */
export function findDiscrepancies(_articles: Article[], _figures: Figure[], _actors: Actor[]): Discrepancy[] {
  return [];
}
