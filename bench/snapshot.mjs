// Benchmark helper: compiles the current source into a private copy of the CLI, so that a benchmark
// run is not disturbed by anyone recompiling dist/ meanwhile and measures exactly one version.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Builds ROOT's source into `dir` (bin/, dist/, package.json; node_modules and styles linked). Returns the CLI path. */
export function snapshotCli(root, dir) {
  mkdirSync(dir, { recursive: true });
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json'), '--outDir', join(dir, 'dist')], { encoding: 'utf8' });
  if (!existsSync(join(dir, 'dist', 'src', 'cli', 'main.js'))) throw new Error(`tsc produced no CLI:\n${tsc.stdout}${tsc.stderr}`);
  if (tsc.status !== 0) console.error(`warning: tsc reported errors; measuring the emitted JavaScript anyway:\n${tsc.stdout.split('\n').slice(0, 5).join('\n')}`);
  cpSync(join(root, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  for (const link of ['node_modules', 'styles']) symlinkSync(join(root, link), join(dir, link), 'dir');
  return join(dir, 'bin', 'dossier.js');
}
