// CLI: `dossier ingest` — runs the ingest stage on files and prints what it wrote and removed.
import { existsSync, statSync } from 'node:fs';
import { DossierError, EXIT_USAGE } from '../../core/diagnostics.js';
import { ingestFiles, type GivenMeta } from '../../content/ingest/index.js';
import { MESSAGES } from '../messages.js';

export function runIngest(files: string[], contentDir: string, given: GivenMeta, opts: { quiet: boolean; print: (s: string) => void }): void {
  if (existsSync(contentDir) && !statSync(contentDir).isDirectory()) {
    throw new DossierError({ message: MESSAGES.ingest.notAFolder, file: contentDir, hint: MESSAGES.ingest.passContent });
  }
  const reports = ingestFiles(files, contentDir, checkGiven(given, files.length));
  for (const r of reports) {
    opts.print(`${r.file} → ${r.written} (“${r.meta.title}”: ${r.kept} paragraphs kept, ${r.removed.length} lines removed)\n`);
    if (opts.quiet) continue;
    for (const line of r.removed) opts.print(`  removed ${r.file}:${line.line} [${line.reason}] ${line.text}\n`);
  }
}

/** Options given on the command line, trimmed; a bad one is a usage error (exit 2). */
function checkGiven(given: GivenMeta, fileCount: number): GivenMeta {
  const usage = (message: string, hint: string) => new DossierError({ message, hint }, EXIT_USAGE);
  const out: GivenMeta = {};
  for (const k of ['title', 'outlet', 'date', 'author'] as const) {
    const v = given[k];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !v.trim()) throw usage(MESSAGES.usage.needsValue(k), MESSAGES.usage.valueExample(k));
    out[k] = v.replace(/\s+/g, ' ').trim();
  }
  if (out.title !== undefined && fileCount > 1) throw usage(MESSAGES.usage.titleForOne, MESSAGES.usage.titleForOneHint);
  if (out.date !== undefined && !isCalendarDay(out.date)) throw usage(MESSAGES.usage.notADate(out.date), MESSAGES.usage.dateExample);
  return out;
}

function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
