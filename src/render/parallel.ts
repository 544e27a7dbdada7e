// Render stage: each format renders in a worker thread of its own, started when the build starts so the
// writers' libraries load while the articles are read and analysed, and the formats then render side by
// side on the machine's cores. Falls back to this thread, one format after another, where the compiled
// worker is absent (tests run the TypeScript sources, which a worker thread cannot load).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DossierError } from '../core/diagnostics.js';
import type { DossierDocument } from '../model/document.js';
import type { Theme } from '../style/theme.js';
import { type Format, type RenderOptions, loadWriter } from './index.js';
import type { WorkerJob, WorkerReply } from './worker.js';

const WORKER = new URL('./worker.js', import.meta.url);

export function canRenderInParallel(): boolean {
  return WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));
}

export interface Writers {
  /** The bytes of each format, in the order asked. */
  render(document: DossierDocument, theme: Theme, opts: RenderOptions): Promise<Uint8Array[]>;
  /** Stops the writers when the build fails before rendering. */
  cancel(): void;
}

export function startWriters(formats: Format[], parallel = canRenderInParallel()): Writers {
  if (!parallel) {
    return {
      async render(document, theme, opts) {
        const out: Uint8Array[] = [];
        for (const f of formats) out.push(await (await loadWriter(f))(document, theme, opts));
        return out;
      },
      cancel() {},
    };
  }
  const workers = formats.map((format) => {
    const worker = new Worker(WORKER, { workerData: format });
    // Idle until given the model: a build that fails before rendering must not wait for it.
    worker.unref();
    return { format, worker };
  });
  return {
    async render(document, theme, opts) {
      const results = await Promise.allSettled(workers.map(({ format, worker }) => run(format, worker, { document, theme, opts })));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      return results.map((r) => (r as PromiseFulfilledResult<Uint8Array>).value);
    },
    cancel() {
      for (const { worker } of workers) void worker.terminate();
    },
  };
}

function run(format: Format, worker: Worker, job: WorkerJob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.ref();
    worker.once('message', (reply: WorkerReply) => {
      settled = true;
      void worker.terminate();
      if (reply.ok) resolve(reply.bytes);
      else if (reply.diagnostics) reject(new DossierError(reply.diagnostics, reply.exitCode));
      else reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
    });
    worker.once('error', (e) => { settled = true; reject(e); });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the ${format} writer's thread stopped (exit code ${code}) without a result`));
    });
    worker.postMessage(job);
  });
}
