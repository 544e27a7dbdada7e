// Benchmark helper: builds the committed source (git HEAD) into a private copy of the CLI, so a run
// measures exactly one known version — not half-edited files, and undisturbed by anyone recompiling dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Extracts HEAD of the repository at `root` into `dir`, compiles it and builds its start-up snapshot as
 * `npm install` would, and returns { cli, commit }: cli is [command, ...args] starting dossier as the
 * installed command does (bin/dossier, the launcher, where the commit has one).
 */
export function snapshotCli(root, dir) {
  mkdirSync(dir, { recursive: true });
  const commit = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const tar = execFileSync('git', ['-C', root, 'archive', '--format=tar', 'HEAD'], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
  if (!existsSync(join(dir, 'dist', 'src', 'cli', 'main.js'))) throw new Error(`tsc produced no CLI:\n${tsc.stdout}${tsc.stderr}`);
  if (tsc.status !== 0) console.error(`warning: tsc reported errors at ${commit}; measuring the emitted JavaScript anyway:\n${tsc.stdout.split('\n').slice(0, 5).join('\n')}`);
  const launcher = join(dir, 'bin', 'dossier');
  if (!existsSync(launcher)) return { cli: [process.execPath, join(dir, 'bin', 'dossier.js')], commit };
  execFileSync(process.execPath, [join(dir, 'scripts', 'snapshot.mjs'), dir], { stdio: 'inherit' });
  return { cli: [launcher], commit };
}
