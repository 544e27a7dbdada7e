// The user's cache folder for work that is expensive to redo and fully determined by its inputs (the
// cover image). Files are named by the hash of everything that decides them, so an entry is either
// right or never found. Caching is best-effort: any failure to read or write means "not cached".
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/** $XDG_CACHE_HOME/dossier, else ~/.cache/dossier; null when DOSSIER_CACHE=off. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.DOSSIER_CACHE === 'off') return null;
  const base = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'dossier');
}

export function hashOf(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

/** Entries kept per kind: enough for a few dossiers being edited, bounded for a long --watch session. */
const KEEP = 32;

export interface Cache {
  get(key: string): Buffer | null;
  put(key: string, bytes: Uint8Array): void;
}

/** The cache of one kind of file (a subfolder); a no-op cache when caching is off. */
export function openCache(kind: string, ext: string, dir = cacheDir()): Cache {
  if (!dir) return { get: () => null, put: () => {} };
  const folder = join(dir, kind);
  const file = (key: string) => join(folder, `${key}.${ext}`);
  return {
    get(key) {
      try {
        return readFileSync(file(key));
      } catch {
        return null;
      }
    },
    put(key, bytes) {
      try {
        mkdirSync(folder, { recursive: true });
        // Written whole then renamed, so a concurrent build never reads half a file.
        const tmp = `${file(key)}.${process.pid}.tmp`;
        writeFileSync(tmp, bytes);
        renameSync(tmp, file(key));
        prune(folder);
      } catch {
        // A read-only or full disk only costs the next build the work again.
      }
    },
  };
}

function prune(folder: string): void {
  const entries = readdirSync(folder).map((name) => ({ name, t: statSync(join(folder, name)).mtimeMs }));
  if (entries.length <= KEEP) return;
  entries.sort((a, b) => b.t - a.t);
  for (const { name } of entries.slice(KEEP)) unlinkSync(join(folder, name));
}
