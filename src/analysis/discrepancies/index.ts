// Analysis stage: where sources disagree — conflicting figures, and claims the sources tell differently.
// Name discrepancies come from the actors extractor.
import type { Article } from '../../content/types.js';
import { allSentences } from '../text/corpus.js';
import type { Actor, Discrepancy, Figure } from '../types.js';
import { acronymLists } from './acronymLists.js';
import { contrastingPredicates } from './contrastingPredicates.js';
import { datedEvents } from './datedEvents.js';
import { figureConflicts } from './figureConflicts.js';
import { hedgedFigures } from './hedges.js';
import { nationalityLists } from './nationalityLists.js';
import { priceVariants } from './priceVariants.js';
import { sentenceCounts } from './sentenceCounts.js';

/** Figure and claim discrepancies; sets `figure.discrepancy` on the figures concerned. */
export function findDiscrepancies(articles: Article[], figures: Figure[], _actors: Actor[]): Discrepancy[] {
  const sentences = allSentences(articles);
  return [
    ...figureConflicts(figures),
    ...hedgedFigures(sentences, figures),
    ...nationalityLists(sentences),
    ...contrastingPredicates(sentences),
    ...priceVariants(sentences),
    ...sentenceCounts(sentences),
    ...acronymLists(sentences),
    ...datedEvents(sentences),
  ];
}
