// Analysis stage (summary): the order a reader wants — what happened first (narrated events and their
// toll, and actions their doers announce: "The firm said it will buy …"), the one most sources lead with
// opening the summary; then what people said about it (reported statements), each in the order the
// sources tell it.
import { lang, listPattern, perPack } from '../lang/index.js';
import { findNumbers } from '../text/numbers.js';
import type { Candidate } from './candidates.js';

/** Human toll words: a figure with one of these is part of what happened. */
const TOLL = perPack((l) => listPattern(l.summary.HUMAN_TOLL, 'i'));

/** 0: what happened — narrated, a human toll whoever reports it, or an action its doer announces; 1: a response or statement. */
function tier(c: Candidate): number {
  const figures = findNumbers(c.text).filter((n) => !n.calendar);
  if (figures.length > 0 && TOLL().test(c.text)) return 0;
  if (lang().SELF_REPORT.test(c.text)) return 0;
  return lang().REPORTING.test(c.text.replace(lang().CLOSING_CREDIT, '')) ? 1 : 0;
}

/** Sentences among the first two of their article that a source leads with. */
const LEAD_RANK = 2;

/** How many sources lead with the point: its sentence or a supporting one among their first. */
function leads(c: Candidate, group: Candidate[]): number {
  return new Set([c, ...group].filter((g) => g.rank < LEAD_RANK).map((g) => g.source)).size;
}

/** Chosen sentences (with their supporting sentences) in reading order. */
export function readingOrder(chosen: Candidate[], groups: Candidate[][]): { c: Candidate; group: Candidate[] }[] {
  const ordered = chosen
    .map((c, i) => ({ c, group: groups[i], tier: tier(c), at: Math.min(c.position, ...groups[i].map((g) => g.position)), leads: leads(c, groups[i]) }))
    .sort((a, b) => a.tier - b.tier || a.at - b.at);
  // of what happened, the point most sources lead with opens the summary (a tie keeps the order above); one source's lead is not the news
  const first = ordered.reduce((best, x, i) => (x.tier === 0 && x.leads > ordered[best].leads ? i : best), 0);
  if (ordered[first].tier === 0 && ordered[first].leads >= 2) ordered.unshift(...ordered.splice(first, 1));
  return ordered.map(({ c, group }) => ({ c, group }));
}
