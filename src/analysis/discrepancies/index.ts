// Analysis stage: where sources disagree — conflicting figures, and claims the sources tell differently.
// Name discrepancies come from the actors extractor too (a person's spellings, after merging).
import type { Article } from '../../content/types.js';
import { allSentences, type SentenceRef } from '../text/corpus.js';
import type { Actor, Discrepancy, Figure } from '../types.js';
import { acronymLists } from './acronymLists.js';
import { contrastingPredicates } from './contrastingPredicates.js';
import { datedEvents } from './datedEvents.js';
import { eventTimes } from './eventTimes.js';
import { figureConflicts } from './figureConflicts.js';
import { hedgedFigures } from './hedges.js';
import { matchScores } from './matchScores.js';
import { nationalityLists } from './nationalityLists.js';
import { priceVariants } from './priceVariants.js';
import { quoteSpeakers } from './quoteSpeakers.js';
import { roleHolders } from './roleHolders.js';
import { sentenceCounts } from './sentenceCounts.js';
import { spellingVariants } from './spellings.js';
import { stoppageTimes } from './stoppageTimes.js';
import { surpriseClaims } from './surprise.js';

/** What every rule reads: the corpus's sentences and the figures already found. */
export interface RuleInput {
  sentences: SentenceRef[];
  figures: Figure[];
  actors: Actor[];
}

/** A discrepancy rule. One signature for all, so a new rule is one more entry in RULES. */
export interface DiscrepancyRule {
  name: string;
  find(input: RuleInput): Discrepancy[];
}

/** The rules, in the order their discrepancies are listed. */
export const RULES: readonly DiscrepancyRule[] = [
  { name: 'conflicting figures', find: ({ figures }) => figureConflicts(figures) },
  { name: 'a figure some sources call official and others contested', find: ({ sentences, figures }) => hedgedFigures(sentences, figures) },
  { name: 'who a force was (nationalities listed)', find: ({ sentences }) => nationalityLists(sentences) },
  { name: 'one event told with verbs that exclude each other', find: ({ sentences }) => contrastingPredicates(sentences) },
  { name: 'different goods whose price rose', find: ({ sentences }) => priceVariants(sentences) },
  { name: 'how many sentences someone is serving', find: ({ sentences }) => sentenceCounts(sentences) },
  { name: 'which bodies a list names', find: ({ sentences }) => acronymLists(sentences) },
  { name: 'the year of an earlier event', find: ({ sentences }) => datedEvents(sentences) },
  { name: 'the final score of one match', find: ({ sentences, actors }) => matchScores(sentences, actors) },
  { name: 'when a contest was stopped', find: ({ sentences }) => stoppageTimes(sentences) },
  { name: 'the time, day or date of one event', find: ({ sentences, actors }) => eventTimes(sentences, actors) },
  { name: 'one name spelt two ways', find: ({ sentences }) => spellingVariants(sentences) },
  { name: 'one quotation given to different speakers', find: ({ actors }) => quoteSpeakers(actors) },
  { name: 'different people named as the holder of a role one person holds', find: ({ sentences, actors }) => roleHolders(sentences, actors) },
  { name: 'a surprise to one source, long coming to another', find: ({ sentences }) => surpriseClaims(sentences) },
];

/** Figure and claim discrepancies; sets `figure.discrepancy` on the figures concerned. */
export function findDiscrepancies(articles: Article[], figures: Figure[], actors: Actor[]): Discrepancy[] {
  const input: RuleInput = { sentences: allSentences(articles), figures, actors };
  return RULES.flatMap((rule) => rule.find(input));
}
