// Analysis stage (actors): compromise's tagger run in a worker thread and asked synchronously. Loading
// compromise costs ~250 ms (it unpacks and conjugates its whole lexicon at start); in a worker it loads
// on the otherwise idle second core while the program loads and the figures are read, and tags the
// articles' capitalised words before the actors stage asks. Same library build, same answers; where
// the worker cannot run, compromise is loaded on this thread instead.
import { createRequire } from 'node:module';
import { startupSnapshot } from 'node:v8';
import type { MessagePort } from 'node:worker_threads';
import type nlpTwo from 'compromise/two';

/** compromise's reading of a text: each term's tags, and whether its lexicon knows the word (or its singular in -s). */
export interface Tagged {
  tags: string[][];
  inLexicon: boolean;
}

/** compromise/two is the tagger (three adds only methods and a chunker, which tag nothing), as its prebuilt `require` build. */
const COMPROMISE = 'compromise/two';

/**
 * The worker: answers questions first, then tags the words sent ahead, and sleeps on the shared counter
 * when there is nothing to do. Every message it posts bumps `out` so the asking thread can wait for it.
 * (A source string, so the worker also runs where only TypeScript sources exist, as under vitest.)
 */
const WORKER_SOURCE = `
const { workerData, receiveMessageOnPort } = require('node:worker_threads');
const { port, counters, compromise } = workerData;
const shared = new Int32Array(counters);
const post = (message) => { port.postMessage(message); Atomics.add(shared, 1, 1); Atomics.notify(shared, 1); };
try {
  const nlp = require(compromise);
  const lexicon = nlp.model().one.lexicon;
  const tag = (text) => {
    const w = text.toLowerCase();
    return { text, tags: (nlp(text).docs[0] ?? []).map((t) => [...t.tags]), inLexicon: w in lexicon || (w.endsWith('s') && w.slice(0, -1) in lexicon) };
  };
  const ahead = [];
  for (;;) {
    const seen = Atomics.load(shared, 0);
    const m = receiveMessageOnPort(port)?.message;
    if (m?.stop) { port.close(); break; }
    if (m?.ask !== undefined) post({ results: [tag(m.ask)] });
    else if (m?.ahead) for (const w of m.ahead) ahead.push(w);
    else if (ahead.length) post({ results: ahead.splice(0, 16).map(tag) });
    else Atomics.wait(shared, 0, seen);
  }
} catch (e) {
  post({ failed: String(e) });
}
`;

let workerThreads: typeof import('node:worker_threads') | undefined;
function threads(): typeof import('node:worker_threads') {
  return workerThreads ??= createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
}

/** The worker's channel: counters[0] counts messages to it, counters[1] messages from it; `gone`, its exit code once it has exited. */
interface Channel { port: MessagePort; counters: Int32Array; worker: import('node:worker_threads').Worker; gone: Promise<number> }

let channel: Channel | null = null;
let local: ((text: string) => Tagged) | null = null;
const known = new Map<string, Tagged>();

/** Starts the worker (once), so compromise loads while the caller does other work. */
export function startTagger(): void {
  if (channel || local) return;
  // A start-up snapshot (src/cli/snapshot.ts) holds compromise loaded on this thread and cannot hold a worker.
  if (startupSnapshot.isBuildingSnapshot()) return useThisThread();
  try {
    // Loaded here, not with this module: a start-up snapshot must not load worker_threads (see render/parallel.ts).
    const { MessageChannel, Worker } = threads();
    const { port1, port2 } = new MessageChannel();
    const counters = new Int32Array(new SharedArrayBuffer(8));
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { port: port2, counters: counters.buffer, compromise: createRequire(import.meta.url).resolve(COMPROMISE) }, transferList: [port2] });
    worker.on('error', () => {}); // a failure is reported through the channel, or shows as silence: both fall back
    // (listened for from the start: a worker that failed has exited before anyone asks it to stop)
    const gone = new Promise<number>((resolve) => worker.once('exit', resolve));
    worker.unref(); // never keeps the process alive while the program works…
    port1.unref();
    channel = { port: port1, counters, worker, gone };
    process.once('beforeExit', () => void stopTagger()); // …but ends before the process does (see stopTagger)
  } catch {
    useThisThread();
  }
}

/** Sends words to be tagged before they are asked about. */
export function tagAhead(words: string[]): void {
  startTagger();
  const fresh = words.filter((w) => !known.has(w));
  if (channel && fresh.length) send(channel, { ahead: fresh });
}

/** compromise's reading of `text`. */
export function tagged(text: string): Tagged {
  const hit = known.get(text);
  if (hit) return hit;
  startTagger();
  if (channel) {
    const answer = askWorker(channel, text);
    if (answer) return answer;
  }
  return remember(text, local!(text));
}

/** How long to wait for the worker before tagging here (it loads in well under a second). */
const PATIENCE_MS = 30_000;

function askWorker(ch: Channel, text: string): Tagged | null {
  send(ch, { ask: text });
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    const seen = Atomics.load(ch.counters, 1);
    const { receiveMessageOnPort } = threads();
    for (let m = receiveMessageOnPort(ch.port); m; m = receiveMessageOnPort(ch.port)) {
      const reply = m.message as { results?: (Tagged & { text: string })[]; failed?: string };
      if (reply.failed !== undefined) { useThisThread(); return null; }
      for (const { text: t, tags, inLexicon } of reply.results ?? []) remember(t, { tags, inLexicon });
    }
    const answer = known.get(text);
    if (answer) return answer;
    if (Atomics.wait(ch.counters, 1, seen, Math.max(0, deadline - Date.now())) === 'timed-out') { useThisThread(); return null; }
  }
}

function send(ch: Channel, message: unknown): void {
  ch.port.postMessage(message);
  Atomics.add(ch.counters, 0, 1);
  Atomics.notify(ch.counters, 0);
}

function remember(text: string, t: Tagged): Tagged {
  known.set(text, t);
  return t;
}

/**
 * Asks the worker to leave its loop (ref'd again, so the process exits after it); resolves to its exit
 * code once it has gone, 0 when it left by itself. A
 * worker left asleep in Atomics.wait when the process ends is torn down by Node's exit path, which now and
 * then crashed the whole process with SIGSEGV after its work was done (about one build in a hundred under
 * load; seen in CI). Ending the worker's own loop first leaves nothing to tear down.
 */
export function stopTagger(): Promise<number> {
  const ch = channel;
  channel = null;
  if (!ch) return Promise.resolve(0);
  endWorker(ch, true);
  return ch.gone;
}

/** The fallback: compromise on this thread from now on (the worker, failed or late, leaves when it can). */
function useThisThread(): void {
  if (channel) endWorker(channel, false);
  channel = null;
  local = tagHere;
}

/** The worker closes the channel as it leaves (closing it from here could drop the stop message). */
function endWorker(ch: Channel, waitForIt: boolean): void {
  send(ch, { stop: true });
  if (waitForIt) ch.worker.ref();
}

let here: { nlp: typeof nlpTwo; lexicon: Record<string, unknown> } | null = null;

/** Tagging on this thread, exactly as the worker tags (exported so tests can hold the two side by side). */
export function tagHere(text: string): Tagged {
  if (!here) {
    const nlp = createRequire(import.meta.url)(COMPROMISE) as typeof nlpTwo;
    here = { nlp, lexicon: (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon };
  }
  const w = text.toLowerCase();
  const terms = (here.nlp(text) as unknown as { docs: { tags: Set<string> }[][] }).docs[0] ?? [];
  return { tags: terms.map((t) => [...t.tags]), inLexicon: w in here.lexicon || (w.endsWith('s') && w.slice(0, -1) in here.lexicon) };
}
