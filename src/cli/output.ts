// CLI: writing outputs atomically (temp file + rename), so a failed build leaves the previous dossier untouched.
import { mkdirSync, renameSync, rmSync, writeFileSync, accessSync, constants } from 'node:fs';
import { dirname, join } from 'node:path';
import { DossierError, EXIT_CONTENT } from '../diagnostics.js';

export function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new DossierError({ message: `cannot write to the output folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`, file: dir, hint: 'choose another folder with --out DIR, or fix its permissions' }, EXIT_CONTENT);
  }
}

/** Writes all files to temporaries first, then renames each into place: all or nothing, as far as the OS allows. */
export function writeAtomically(files: { path: string; bytes: Uint8Array | string }[]): void {
  const temps: { tmp: string; path: string }[] = [];
  try {
    for (const f of files) {
      const tmp = join(dirname(f.path), `.${process.pid}.${Date.now()}.${temps.length}.tmp`);
      writeFileSync(tmp, f.bytes);
      temps.push({ tmp, path: f.path });
    }
  } catch (e) {
    for (const t of temps) rmSync(t.tmp, { force: true });
    throw new DossierError({ message: `cannot write output: ${(e as Error).message}`, file: files[temps.length]?.path });
  }
  for (const t of temps) renameSync(t.tmp, t.path);
}
