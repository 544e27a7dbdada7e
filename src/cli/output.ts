// CLI: writing outputs atomically (temp file + rename), so a failed build leaves the previous dossier untouched.
import { accessSync, constants, lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DossierError, EXIT_CONTENT } from '../core/diagnostics.js';

export function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new DossierError({ message: `cannot write to the output folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`, file: dir, hint: 'choose another folder with --out DIR, or fix its permissions' }, EXIT_CONTENT);
  }
}

/**
 * Writes every file to a temporary beside its target, checks that every target can be replaced, and only
 * then renames them into place — so a failure leaves all earlier outputs as they were and no temporaries.
 */
export function writeAtomically(files: { path: string; bytes: Uint8Array | string }[]): void {
  const temps: { tmp: string; path: string }[] = [];
  const cleanUp = () => { for (const t of temps) rmSync(t.tmp, { force: true }); };
  const fail = (path: string, e: unknown, hint?: string): never => {
    cleanUp();
    const code = (e as NodeJS.ErrnoException).code;
    throw new DossierError({ message: `cannot write output: ${code ?? (e as Error).message}`, file: path, hint: hint ?? 'check the output folder and its permissions' }, EXIT_CONTENT);
  };
  for (const f of files) {
    const existing = lstatOrNull(f.path);
    if (existing && !existing.isFile()) fail(f.path, new Error('not a regular file'), `remove or rename ${basename(f.path)}: it is in the way of the output`);
    const tmp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`);
    try {
      writeFileSync(tmp, f.bytes);
    } catch (e) {
      rmSync(tmp, { force: true });
      fail(f.path, e);
    }
    temps.push({ tmp, path: f.path });
  }
  for (const t of temps) {
    try {
      renameSync(t.tmp, t.path);
    } catch (e) {
      fail(t.path, e);
    }
  }
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}
