// Analysis stage (summary): the order a reader wants — what happened first (narrated events and their
// toll), then what people said about it (reported statements), each in the order the sources tell it.
import { alternation, RESPONSE_VERBS } from '../lang/en.js';
import { findNumbers } from '../text/numbers.js';
import type { Candidate } from './candidates.js';

/** Human toll words: a figure with one of these is part of what happened. */
const TOLL = /\b(?:killed|died|dead|deaths?|injured|wounded|hurt|arrested|detained|missing|displaced|evacuated|homeless|casualties|victims)\b/i;
/** Verbs that report speech or opinion: the sentence is a response, not the event. */
const REPORTING = new RegExp(`\\b(?:${alternation(RESPONSE_VERBS)})\\b`, 'i');

/** 0: what happened — narrated, or a human toll whoever reports it; 1: a response or statement. */
function tier(c: Candidate): number {
  const figures = findNumbers(c.text).filter((n) => !n.calendar);
  if (figures.length > 0 && TOLL.test(c.text)) return 0;
  return REPORTING.test(c.text) ? 1 : 0;
}

/** Chosen sentences (with their supporting sentences) in reading order. */
export function readingOrder(chosen: Candidate[], groups: Candidate[][]): { c: Candidate; group: Candidate[] }[] {
  return chosen
    .map((c, i) => ({ c, group: groups[i], tier: tier(c), at: Math.min(c.position, ...groups[i].map((g) => g.position)) }))
    .sort((a, b) => a.tier - b.tier || a.at - b.at)
    .map(({ c, group }) => ({ c, group }));
}
