// Render stage, worker thread: loads one writer as soon as the build starts, then renders the model it is
// sent (see parallel.ts). Errors travel back as data.
import { parentPort, workerData } from 'node:worker_threads';
import { DossierError } from '../core/diagnostics.js';
import type { DossierDocument } from '../model/document.js';
import type { Theme } from '../style/theme.js';
import { type Format, type RenderOptions, loadWriter } from './index.js';

export interface WorkerJob {
  document: DossierDocument;
  theme: Theme;
  opts: RenderOptions;
}

export type WorkerReply =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; message: string; stack?: string; diagnostics?: DossierError['diagnostics']; exitCode?: number };

const format = workerData as Format;
// The writer's libraries load while the main thread reads and analyses the articles.
const writer = loadWriter(format);
parentPort!.once('message', async (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, bytes: await (await writer)(job.document, job.theme, job.opts) };
  } catch (e) {
    reply = e instanceof DossierError
      ? { ok: false, message: e.message, diagnostics: e.diagnostics, exitCode: e.exitCode }
      : { ok: false, message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined };
  }
  parentPort!.postMessage(reply);
});
