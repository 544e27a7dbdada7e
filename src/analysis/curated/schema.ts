// Analysis stage (curated): the shape of content/curated.yml, validated with zod — an analyst's
// corrections to actors, figures, discrepancies and the summary. Documented in docs/curated.md.
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');

/** A verbatim passage of one source; its ¶ is found by searching that source. */
export const quoteRef = z.object({
  source: text.describe('a source id (S2), an article path (articles/02-x.md) or its original file'),
  quote: text,
}).strict();

export const actorEntry = z.object({
  match: text.optional(),
  name: text.optional(),
  kind: z.enum(['person', 'organisation']).optional(),
  role: text.nullable().optional(),
  // Each spelling is searched for in every paragraph: 200,000 of them took minutes. No one has 1,000.
  aliases: z.array(text).max(1000, 'at most 1,000 spellings for one actor').optional(),
  merge: z.array(text).optional(),
  statements: z.array(quoteRef).optional(),
  suppress: z.boolean().optional(),
}).strict().refine((e) => e.match !== undefined || e.name !== undefined, {
  message: 'an actor entry needs `match` (a spelling of an extracted actor) or `name` (a new actor)',
});

export const figureEntry = z.object({
  match: text,
  label: text.optional(),
  suppress: z.boolean().optional(),
}).strict();

export const discrepancyEntry = z.object({
  match: text.optional(),
  suppress: z.boolean().optional(),
  kind: z.enum(['figure', 'name', 'claim']).optional(),
  about: text.optional(),
  note: text.optional(),
  statements: z.array(quoteRef).min(1).optional(),
}).strict().refine((e) => e.match !== undefined || (e.kind && e.about && e.statements), {
  message: 'a new discrepancy needs `kind`, `about` and `statements` (or `match` to change an extracted one)',
});

export const summaryEntry = z.object({
  text,
  sources: z.array(text).min(1, 'a summary sentence cites at least one source'),
}).strict();

export const curatedSchema = z.object({
  actors: z.array(actorEntry).optional(),
  figures: z.array(figureEntry).optional(),
  discrepancies: z.array(discrepancyEntry).optional(),
  summary: z.array(summaryEntry).optional(),
}).strict();

export type Curated = z.infer<typeof curatedSchema>;
export type ActorEntry = z.infer<typeof actorEntry>;
export type QuoteRef = z.infer<typeof quoteRef>;
export const CURATED_KEYS = Object.keys(curatedSchema.shape);
