// CLI: `dossier build` (and `--watch`) — runs the pipeline and writes the outputs atomically.
import { existsSync, watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { DossierError, formatDiagnostic } from '../../core/diagnostics.js';
import { buildClock, buildDossier } from '../../pipeline.js';
import type { Format } from '../../render/index.js';
import { defaultStylesDir } from '../../style/theme.js';
import { ensureWritableDir, recoverOutputs, writeOutputs } from '../output.js';
import { endProgress, type Io, paint, progressReporter, type Verbosity } from '../terminal.js';
import { MESSAGES } from '../messages.js';

export interface BuildArgs {
  content: string;
  out: string;
  formats: Format[];
  paper?: 'A4' | 'letter';
  styles?: string;
  verbosity: Verbosity;
}

export async function runBuild(args: BuildArgs, io: Io): Promise<void> {
  const outDir = resolve(args.out);
  ensureWritableDir(outDir);
  await recoverOutputs(outDir);
  const progress = progressReporter(io, args.verbosity);
  let result;
  try {
    result = await buildDossier({
      contentDir: resolve(args.content), formats: args.formats, paper: args.paper, now: buildClock(io.env),
      stylesDir: args.styles ? resolve(args.styles) : undefined, onProgress: progress,
    });
  } finally {
    endProgress(io, args.verbosity);
  }
  if (args.verbosity !== 'quiet') for (const w of result.warnings) io.stderr(`${formatDiagnostic(w)}\n`);
  await writeOutputs(outDir, result.outputs.map((o) => ({ path: join(outDir, o.fileName), bytes: o.bytes })));
  if (args.verbosity !== 'quiet') {
    for (const o of result.outputs) io.stderr(`${paint(io, 'green', MESSAGES.build.wrote)} ${join(args.out, o.fileName)} (${Math.round(o.bytes.length / 1024)} KiB)\n`);
  }
}

/**
 * Rebuilds whenever content/ or styles/ change; a failed rebuild — a content error or an internal one —
 * reports and keeps watching. Runs until `signal` aborts (Ctrl-C ends the process otherwise).
 */
export async function watchBuild(args: BuildArgs, io: Io, signal?: AbortSignal): Promise<void> {
  const rebuild = async (): Promise<void> => {
    try {
      await runBuild(args, io);
    } catch (e) {
      if (e instanceof DossierError) io.stderr(`${paint(io, 'red', e.message)}\n`);
      else {
        io.stderr(`${paint(io, 'red', MESSAGES.files.internal((e as Error)?.message ?? String(e)))}\n`);
        io.stderr(args.verbosity === 'verbose' && (e as Error)?.stack ? `${(e as Error).stack}\n` : '  (a bug: run again with --verbose for details; still watching)\n');
      }
    }
  };
  await rebuild();
  const content = resolve(args.content);
  const styles = args.styles ? resolve(args.styles) : defaultStylesDir;
  // Each folder is watched itself, not recursively: Node's recursive watch on Linux follows files, and
  // loses one as soon as an editor saves it by renaming a new file over it (sed -i, atomic saves).
  const dirs = [content, join(content, 'articles'), styles].filter((d) => existsSync(d));
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  for (const dir of dirs) {
    watch(dir, { signal }, (_event, name) => {
      if (name && /(^|\/)\.|~$|\.tmp$/.test(String(name))) return; // editor swap files and our own temporaries
      clearTimeout(timer);
      timer = setTimeout(() => {
        io.stderr(`${paint(io, 'dim', MESSAGES.build.rebuilding(name ?? dir))}\n`);
        running = running.then(rebuild);
      }, 200);
    });
  }
  io.stderr(`${MESSAGES.build.watching([content, styles])}\n`);
  await new Promise<void>((done) => signal?.addEventListener('abort', () => {
    clearTimeout(timer);
    void running.then(() => done());
  }));
}
