// Render stage: renders several formats at once — the first on this thread, each other one in a worker
// thread — since the writers are independent pure functions of one model and most machines have a
// second core. Falls back to one after another where the compiled worker is absent (tests run the
// TypeScript sources, which a worker thread cannot load).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DossierError } from '../diagnostics.js';
import type { DossierDocument } from '../model/document.js';
import type { Theme } from '../style/theme.js';
import { type Format, type RenderOptions, writers } from './index.js';
import type { WorkerJob, WorkerReply } from './worker.js';

const WORKER = new URL('./worker.js', import.meta.url);

export function canRenderInParallel(): boolean {
  return WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));
}

/** The bytes of each format, in the order asked. */
export async function renderFormats(formats: Format[], document: DossierDocument, theme: Theme, opts: RenderOptions): Promise<Uint8Array[]> {
  if (formats.length < 2 || !canRenderInParallel()) {
    const out: Uint8Array[] = [];
    for (const f of formats) out.push(await writers[f](document, theme, opts));
    return out;
  }
  const [first, ...rest] = formats;
  // Workers start first so they load their libraries while this thread renders.
  const others = rest.map((format) => inWorker({ format, document, theme, opts }));
  const results = await Promise.allSettled([writers[first](document, theme, opts), ...others]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<Uint8Array>).value);
}

function inWorker(job: WorkerJob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: job });
    let settled = false;
    worker.once('message', (reply: WorkerReply) => {
      settled = true;
      if (reply.ok) resolve(reply.bytes);
      else if (reply.diagnostics) reject(new DossierError(reply.diagnostics, reply.exitCode));
      else reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
    });
    worker.once('error', (e) => { settled = true; reject(e); });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the ${job.format} writer's thread stopped (exit code ${code}) without a result`));
    });
  });
}
