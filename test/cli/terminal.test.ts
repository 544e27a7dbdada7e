import { describe, expect, it } from 'vitest';
import { endProgress, type Io, paint, progressReporter } from '../../src/cli/terminal.js';

const io = (isTTY: boolean, env: NodeJS.ProcessEnv = {}) => {
  const x = { err: '', isTTY, env, stdout: () => {}, stderr: (s: string) => { x.err += s; } };
  return x as Io & { err: string };
};

describe('terminal conventions', () => {
  it('colours only on a TTY, never with NO_COLOR or TERM=dumb', () => {
    expect(paint(io(true), 'red', 'x')).toMatch(/\u001b\[31m/);
    expect(paint(io(false), 'red', 'x')).toBe('x');
    expect(paint(io(true, { NO_COLOR: '' }), 'red', 'x')).toBe('x');
    expect(paint(io(true, { TERM: 'dumb' }), 'red', 'x')).toBe('x');
  });

  it('draws a bar on a TTY, plain lines with --verbose, nothing when piped or quiet', () => {
    const tty = io(true);
    progressReporter(tty, 'normal')('rendering PDF', 3, 5);
    expect(tty.err).toMatch(/\r.*\[#+ +\] rendering PDF/);
    endProgress(tty, 'normal');
    expect(tty.err.endsWith('\r\u001b[2K')).toBe(true);

    const verbose = io(false);
    progressReporter(verbose, 'verbose')('analysing 5 articles', 1, 5);
    expect(verbose.err).toBe('… analysing 5 articles (1/5)\n');

    const piped = io(false);
    progressReporter(piped, 'normal')('x', 1, 2);
    const quiet = io(true);
    progressReporter(quiet, 'quiet')('x', 1, 2);
    expect(piped.err + quiet.err).toBe('');
  });
});
