// Render stage, worker thread: runs one writer on a copy of the model, so a second format renders on
// another core while the main thread renders the first (see parallel.ts). Errors travel back as data.
import { parentPort, workerData } from 'node:worker_threads';
import { DossierError } from '../diagnostics.js';
import type { DossierDocument } from '../model/document.js';
import type { Theme } from '../style/theme.js';
import { type Format, type RenderOptions, writers } from './index.js';

export interface WorkerJob {
  format: Format;
  document: DossierDocument;
  theme: Theme;
  opts: RenderOptions;
}

export type WorkerReply =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; message: string; stack?: string; diagnostics?: DossierError['diagnostics']; exitCode?: number };

const job = workerData as WorkerJob;
let reply: WorkerReply;
try {
  reply = { ok: true, bytes: await writers[job.format](job.document, job.theme, job.opts) };
} catch (e) {
  reply = e instanceof DossierError
    ? { ok: false, message: e.message, diagnostics: e.diagnostics, exitCode: e.exitCode }
    : { ok: false, message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined };
}
parentPort!.postMessage(reply);
