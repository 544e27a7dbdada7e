// Analysis stage: analyst-curated overrides from content/curated.yml applied on top of the extracted
// analysis. Curated entries win, are marked `curated: true`, and mistakes name their file and line.
// The format is documented in docs/curated.md.
import type { Article } from '../../content/types.js';
import type { Analysis, Discrepancy } from '../types.js';
import { applyActorOverrides } from './actors.js';
import { applyDiscrepancyOverrides, applyFigureOverrides, applySummaryOverride } from './others.js';
import { parseCurated } from './parse.js';

export interface CuratedFile { path: string; text: string }

/**
 * A discrepancy's subject as the dossier words it, by which an analyst may name it. The words are
 * compose's (model/), so the caller gives them; without it a discrepancy is named by its id.
 */
export type SubjectOf = (d: Discrepancy) => string | undefined;

/** Applies curated overrides in file order; throws DossierError with file and line on mistakes. */
export function applyCurated(analysis: Analysis, files: CuratedFile[], articles: Article[] = [], subjectOf: SubjectOf = (d) => d.about): Analysis {
  if (files.length === 0) return analysis; // nothing to apply: no copy of a large analysis
  const out: Analysis = structuredClone(analysis);
  for (const f of files) {
    const parsed = parseCurated(f.path, f.text);
    const { data } = parsed;
    if (data.actors) applyActorOverrides(out, data.actors, articles, parsed);
    if (data.figures) applyFigureOverrides(out, data.figures, parsed);
    if (data.discrepancies) applyDiscrepancyOverrides(out, data.discrepancies, articles, parsed, subjectOf);
    if (data.summary) applySummaryOverride(out, data.summary, articles, parsed);
  }
  return out;
}
