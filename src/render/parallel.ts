// Render stage: where each format renders. The PDF always renders on this thread. The EPUB gets a worker
// thread of its own only when the dossier is large enough for that to pay: a second JS engine costs
// ≈0.15 s of CPU to start and load the EPUB libraries, which on the seed (EPUB ≈0.1 s) is pure loss on a
// 2-core machine, while at 500 articles the EPUB's ≈3.5 s run beside the PDF. The worker starts as soon
// as the articles are read, so its libraries load while they are analysed. Without the compiled worker
// (tests run the TypeScript sources, which a worker thread cannot load) everything renders here.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import { DossierError } from '../core/diagnostics.js';
import type { DossierDocument } from '../model/document.js';
import type { Theme } from '../style/theme.js';
import { type Format, type RenderOptions, loadWriter } from './index.js';
import type { WorkerJob, WorkerReply } from './worker.js';

const WORKER = new URL('./worker.js', import.meta.url);

/**
 * Source text (characters) from which the EPUB renders in a worker. Measured on 2 cores, CPU user+sys:
 * the seed (27 KB) costs 0.10 s more with the worker and is no faster; 50 generated articles (≈200 KB)
 * break even; from there the worker saves wall time whenever a core is free.
 */
export const EPUB_WORKER_MIN_CHARS = 200_000;

export function canRenderInParallel(): boolean {
  return WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER)) && availableParallelism() > 1;
}

export interface Writers {
  /** The bytes of each format, in the order asked. */
  render(document: DossierDocument, theme: Theme, opts: RenderOptions): Promise<Uint8Array[]>;
  /** Stops the writers when the build fails before rendering. */
  cancel(): void;
}

/** `sourceChars`: the size of the articles' text, which decides whether the EPUB gets a thread. */
export function startWriters(formats: Format[], sourceChars: number, parallel = canRenderInParallel()): Writers {
  const threaded = parallel && formats.length > 1 && sourceChars >= EPUB_WORKER_MIN_CHARS
    ? new Map(formats.filter((f) => f === 'epub').map((f) => [f, startWorker(f)]))
    : new Map<Format, Worker>();
  return {
    async render(document, theme, opts) {
      const job: WorkerJob = { document, theme, opts };
      // Settled as soon as they end: a thread's failure while this thread still renders must not be an
      // unhandled rejection (which ends the process).
      const pending = formats.map((f) => threaded.has(f) ? Promise.allSettled([run(f, threaded.get(f)!, job)]) : null);
      const settled: PromiseSettledResult<Uint8Array>[] = [];
      for (const [i, f] of formats.entries()) {
        if (pending[i]) continue;
        try {
          settled[i] = { status: 'fulfilled', value: await (await loadWriter(f))(document, theme, opts) };
        } catch (e) {
          settled[i] = { status: 'rejected', reason: e };
        }
      }
      for (const [i, p] of pending.entries()) if (p) settled[i] = (await p)[0];
      const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) {
        for (const w of threaded.values()) void w.terminate();
        throw failed.reason;
      }
      return settled.map((r) => (r as PromiseFulfilledResult<Uint8Array>).value);
    },
    cancel() {
      for (const w of threaded.values()) void w.terminate();
    },
  };
}

/**
 * worker_threads is loaded when a worker is first started: loaded while a start-up snapshot is built, its
 * state does not survive (Node 20), and every worker started from the snapshot fails in process.cwd().
 */
export function workerThreads(): typeof import('node:worker_threads') {
  return createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
}

function startWorker(format: Format): Worker {
  // The start-up snapshot runs with every function compiled ahead (--no-lazy, scripts/snapshot.mjs); the
  // worker loads its libraries from disk, where compiling all of them up front cost a 500-article build
  // ≈0.1 s more CPU. V8's flags are the process's: lazy compiling is turned back on for what loads from now on.
  if (process.execArgv.includes('--no-lazy')) setFlagsFromString('--lazy');
  const worker = new (workerThreads().Worker)(WORKER, { workerData: format });
  // Idle until given the model: a build that fails before rendering must not wait for it.
  worker.unref();
  return worker;
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
