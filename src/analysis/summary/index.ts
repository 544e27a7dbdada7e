// Analysis stage: the extractive executive summary (placeholder until the summary work lands).
import type { Article } from '../../content/types.js';
import type { Discrepancy, SummarySentence } from '../types.js';

export function summarize(_articles: Article[], _discrepancies: Discrepancy[]): SummarySentence[] {
  return [];
}
