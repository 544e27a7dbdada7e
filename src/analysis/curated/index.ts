// Analysis stage: analyst-curated overrides from content/curated.yml (placeholder until that work lands).
import type { Analysis } from '../types.js';

export interface CuratedFile { path: string; text: string }

/** Applies curated overrides; curated entries win. Throws DossierError with file and line on mistakes. */
export function applyCurated(analysis: Analysis, _files: CuratedFile[]): Analysis {
  return analysis;
}
