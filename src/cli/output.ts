// CLI: writing outputs so that the files in the output folder always come from one build.
// - A lock file (.dossier.lock, holding the PID) lets one build at a time write into a folder; a lock
//   left by a dead process is taken over, by one build at a time (see takeOver).
// - Every file goes to a temporary first; only when all are written is a commit journal written (itself
//   atomically) and the temporaries renamed into place. A crash (kill -9, power loss) between two renames
//   leaves the journal: the next build into the folder first finishes those renames, so the pair is the
//   crashed build's whole pair, never a mix. SIGINT/SIGTERM/SIGHUP are held back while renaming.
// - Temporaries no build finished (.NAME.PID.tmp) are removed by the next build, under the lock.
import { accessSync, closeSync, constants, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DossierError, EXIT_CONTENT } from '../core/diagnostics.js';
import { MESSAGES } from './messages.js';

const LOCK = '.dossier.lock';
/** Held (created exclusively) while a stale lock is checked again and removed. */
const TAKEOVER = '.dossier.lock.takeover';
/** A lock without a PID, or a takeover guard, younger than this may belong to a build still writing it. */
const FRESH_MS = 5_000;
const JOURNAL = '.dossier.commit.json';
/** Our temporaries: `.NAME.PID.tmp` (the journal's own temporary included). */
const TEMP = /^\..+\.\d+\.tmp$/;
/** How long a build waits for another build writing into the same folder. */
const LOCK_WAIT_MS = 30_000;

export function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new DossierError({ message: MESSAGES.output.cannotWriteFolder((e as NodeJS.ErrnoException).code ?? 'error'), file: dir, hint: MESSAGES.output.chooseOut }, EXIT_CONTENT);
  }
}

/**
 * Writes `files` (all in `dir`) as one commit: under the folder's lock, after finishing any commit a
 * crashed build left, removing stale temporaries, writing every temporary and checking every target can
 * be replaced. A failure before the renames leaves all earlier outputs as they were and no temporaries.
 */
export async function writeOutputs(dir: string, files: { path: string; bytes: Uint8Array | string }[]): Promise<void> {
  const unlock = await lockFolder(dir);
  try {
    recoverFolder(dir);
    writeAtomically(dir, files);
  } finally {
    unlock();
  }
}

/** Under the lock, finishes a crashed build's commit and removes stale temporaries: run as a build starts,
 * so even a build that then fails leaves a whole pair. */
export async function recoverOutputs(dir: string): Promise<void> {
  const unlock = await lockFolder(dir);
  try {
    recoverFolder(dir);
  } finally {
    unlock();
  }
}

export function writeAtomically(dir: string, files: { path: string; bytes: Uint8Array | string }[]): void {
  const temps: { tmp: string; path: string }[] = [];
  const cleanUp = () => { for (const t of temps) removeQuietly(t.tmp); };
  const fail = (path: string, e: unknown, hint?: string): never => {
    cleanUp();
    const code = (e as NodeJS.ErrnoException).code;
    throw new DossierError({ message: MESSAGES.output.cannotWrite(code ?? (e as Error).message), file: path, hint: hint ?? MESSAGES.output.checkFolder }, EXIT_CONTENT);
  };
  for (const f of files) {
    const existing = lstatOrNull(f.path);
    if (existing && !existing.isFile()) fail(f.path, new Error(MESSAGES.output.notAFile), MESSAGES.output.inTheWay(basename(f.path)));
    const tmp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`);
    try {
      writeDurably(tmp, f.bytes);
    } catch (e) {
      removeQuietly(tmp);
      fail(f.path, e);
    }
    temps.push({ tmp, path: f.path });
  }
  // The journal is the commit point: once it exists, these renames will be completed.
  const journalTmp = join(dir, `${JOURNAL}.${process.pid}.tmp`);
  try {
    writeDurably(journalTmp, JSON.stringify(temps.map((t) => ({ tmp: basename(t.tmp), path: basename(t.path) }))));
    renameSync(journalTmp, join(dir, JOURNAL));
  } catch (e) {
    removeQuietly(journalTmp);
    fail(join(dir, JOURNAL), e);
  }
  holdSignals(() => {
    for (const t of temps) renameSync(t.tmp, t.path);
    rmSync(join(dir, JOURNAL), { force: true });
  });
}

/** Finishes a commit a crashed build left, and removes temporaries no build will use (we hold the lock). */
export function recoverFolder(dir: string): void {
  const journal = join(dir, JOURNAL);
  let entries: { tmp: string; path: string }[] | undefined;
  try {
    entries = JSON.parse(readFileSync(journal, 'utf8'));
  } catch {
    entries = undefined; // none, or unreadable: then no rename had begun
  }
  if (Array.isArray(entries)) {
    for (const e of entries) {
      if (typeof e?.tmp !== 'string' || typeof e?.path !== 'string' || !TEMP.test(e.tmp) || e.path.includes('/')) continue;
      if (lstatOrNull(join(dir, e.tmp))?.isFile()) renameSync(join(dir, e.tmp), join(dir, e.path));
    }
  }
  rmSync(journal, { force: true });
  for (const name of readdirSync(dir)) if (TEMP.test(name) && /dossier/.test(name)) rmSync(join(dir, name), { force: true });
}

/** Takes the folder's lock, waiting for a live holder; returns the release. */
async function lockFolder(dir: string): Promise<() => void> {
  const lock = join(dir, LOCK);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw lockError(dir, e);
    }
    if (isStale(lock) && takeOver(dir, lock)) continue;
    if (Date.now() > deadline) {
      const holder = lockHolder(lock);
      throw new DossierError({ message: MESSAGES.output.busy(holder), file: dir, hint: MESSAGES.output.busyHint(LOCK) }, EXIT_CONTENT);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Removes a stale lock under a takeover guard (created exclusively), re-checking it there: of two builds
 * that saw one dead build's lock at once, the second then finds the first's live lock and waits — without
 * the guard it removed that lock and both wrote. Returns whether the lock was re-checked (retry at once).
 */
function takeOver(dir: string, lock: string): boolean {
  const guard = join(dir, TAKEOVER);
  try {
    closeSync(openSync(guard, 'wx'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw lockError(dir, e);
    // The guard is held for a moment; an old one was left by a build that died holding it.
    if ((ageMs(guard) ?? 0) > FRESH_MS) rmSync(guard, { force: true });
    return false;
  }
  try {
    if (isStale(lock)) rmSync(lock, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
  return true;
}

/** A lock whose process is dead; or one without a PID (creating and writing it are two steps) that is
 * older than a build takes to write its PID. */
function isStale(lock: string): boolean {
  const holder = lockHolder(lock);
  if (holder !== undefined) return !alive(holder);
  const age = ageMs(lock);
  return age === undefined || age > FRESH_MS;
}

function lockError(dir: string, e: unknown): DossierError {
  return new DossierError({ message: MESSAGES.output.cannotLock((e as NodeJS.ErrnoException).code ?? 'error'), file: dir, hint: MESSAGES.output.checkFolder }, EXIT_CONTENT);
}

function ageMs(path: string): number | undefined {
  const st = lstatOrNull(path);
  return st ? Date.now() - st.mtimeMs : undefined;
}

function lockHolder(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs `commit` with SIGINT, SIGTERM and SIGHUP held back; one that came meanwhile is raised again after. */
function holdSignals(commit: () => void): void {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  let done = false;
  const release = () => { for (const s of signals) process.off(s, hold); };
  // A signal sent during the (synchronous) commit reaches its listener only afterwards: then it is
  // raised again with its default action (ending the process), as if it had come just after.
  function hold(s: NodeJS.Signals) {
    if (!done) return;
    release();
    if (process.listenerCount(s) === 0) process.kill(process.pid, s);
  }
  for (const s of signals) process.on(s, hold);
  try {
    commit();
  } finally {
    done = true;
    setTimeout(release, 20); // kept referenced: the process waits for a signal sent during the commit
  }
}

function writeDurably(path: string, bytes: Uint8Array | string): void {
  const fd = openSync(path, 'w');
  try {
    writeFileSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Cleaning up after a failure must not replace its message with another (ENAMETOOLONG, EACCES…). */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // nothing was written there
  }
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}
