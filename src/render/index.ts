// Render stage: the table from output format to writer. Each writer is a pure function model → bytes.
import type { DossierDocument } from '../model/document.js';
import type { Theme } from '../style/theme.js';
import { renderEpub } from './epub/index.js';
import { renderPdf } from './pdf/index.js';

import type { Format } from './formats.js';

export { FORMATS, type Format } from './formats.js';

export interface RenderOptions {
  paper: 'A4' | 'letter';
  /** Creation/modification time written into the files (SOURCE_DATE_EPOCH when set). */
  timestamp: Date;
}

export const writers: Record<Format, (doc: DossierDocument, theme: Theme, opts: RenderOptions) => Promise<Uint8Array>> = {
  pdf: (doc, theme, opts) => renderPdf(doc, theme, { paper: opts.paper, creationDate: opts.timestamp }),
  epub: (doc, theme, opts) => renderEpub(doc, theme, { modified: opts.timestamp }),
};
