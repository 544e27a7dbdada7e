// Render stage: the table from output format to writer. Each writer is a pure function model → bytes,
// loaded only when its format is asked for (a PDF-only build does not pay for the EPUB libraries).
import type { DossierDocument } from '../model/document.js';
import type { Theme } from '../style/theme.js';
import type { Format } from './formats.js';

export { FORMATS, type Format } from './formats.js';

export interface RenderOptions {
  paper: 'A4' | 'letter';
  /** Creation/modification time written into the files (SOURCE_DATE_EPOCH when set). */
  timestamp: Date;
}

export type Writer = (doc: DossierDocument, theme: Theme, opts: RenderOptions) => Promise<Uint8Array>;

const loaders: Record<Format, () => Promise<Writer>> = {
  pdf: async () => {
    const { renderPdf } = await import('./pdf/index.js');
    return (doc, theme, opts) => renderPdf(doc, theme, { paper: opts.paper, creationDate: opts.timestamp });
  },
  epub: async () => {
    const { renderEpub } = await import('./epub/index.js');
    return (doc, theme, opts) => renderEpub(doc, theme, { modified: opts.timestamp });
  },
};

export function loadWriter(format: Format): Promise<Writer> {
  const load = loaders[format];
  if (!load) return Promise.reject(new Error(`no writer for the format "${format}"`));
  return load();
}
