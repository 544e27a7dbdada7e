// Ingest stage: the front matter written — what the analyst gave on the command line wins over what
// was read from the page; an article without a title is refused rather than named after its file.
import { DossierError } from '../../core/diagnostics.js';
import type { GivenMeta, IngestMeta } from './types.js';

/** Front matter read from a page, before the analyst's own values are laid over it. */
export type GuessedMeta = Omit<IngestMeta, 'title'> & { title?: string };

/** Keys in `given` replace the guessed ones; throws a DossierError naming `shown` when no title is left. */
export function withGiven(guessed: GuessedMeta, given: GivenMeta, shown: string): IngestMeta {
  const meta = { ...guessed };
  for (const k of Object.keys(given) as (keyof GivenMeta)[]) if (given[k] !== undefined) meta[k] = given[k];
  for (const k of Object.keys(meta) as (keyof IngestMeta)[]) if (meta[k] === undefined) delete meta[k];
  const { title } = meta;
  if (!title) {
    throw new DossierError({ message: 'no title found: no line of the page reads as its headline', file: shown, hint: 'give one with --title "…"' });
  }
  return { ...meta, title };
}
