// Benchmark helper: runs one command as a child process and measures wall time, CPU time and peak
// memory (GNU time's rusage, which covers the command's waited-for descendants such as pdflatex).
// CPU time is reported beside wall time because it is far less skewed by other load on the machine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);

/** True when `cmd` can be started (ENOENT means it is not installed). */
export function commandExists(cmd, args = ['--version']) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return !r.error;
}

/** First line of `cmd --version`, or null. */
export function versionOf(cmd, args = ['--version']) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.error ? null : (r.stdout || r.stderr).split('\n')[0].trim();
}

/**
 * Runs `cmd args` and returns { ms, cpuMs, maxRssMiB } (cpuMs and maxRssMiB null without GNU time). Throws with the command's
 * stderr when it fails, so a broken build is reported instead of timed.
 */
export function measure(cmd, args, opts = {}) {
  const env = { ...process.env, NO_COLOR: '1', ...opts.env };
  const full = hasGnuTime ? [GNU_TIME, ['-f', '@@rss %M %U %S', cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { cwd: opts.cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = /@@rss (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  if (r.error || r.status !== 0) {
    const err = (r.stderr ?? '').replace(/@@rss .*\n?/, '').trim().split('\n').slice(-15).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}): ${r.error?.message ?? err}`);
  }
  return { ms, cpuMs: rss ? (Number(rss[2]) + Number(rss[3])) * 1000 : null, maxRssMiB: rss ? Number(rss[1]) / 1024 : null };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
