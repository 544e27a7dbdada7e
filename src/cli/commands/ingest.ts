// CLI: `dossier ingest` — runs the ingest stage on files and prints what it wrote and removed.
import { ingestFiles } from '../../content/ingest/index.js';

export function runIngest(files: string[], contentDir: string, opts: { quiet: boolean; print: (s: string) => void }): void {
  const reports = ingestFiles(files, contentDir);
  for (const r of reports) {
    opts.print(`${r.file} → ${r.written} (“${r.meta.title}”: ${r.kept} paragraphs kept, ${r.removed.length} lines removed)\n`);
    if (opts.quiet) continue;
    for (const line of r.removed) opts.print(`  removed ${r.file}:${line.line} [${line.reason}] ${line.text}\n`);
  }
}
