// CLI: how we talk to the terminal — colour only on a TTY and never with NO_COLOR; progress on stderr.
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Is stderr an interactive terminal? (decides colour and progress bars) */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  // Asked when used, not when loaded: a start-up snapshot loads this module at install, not on a terminal.
  get isTTY() { return Boolean(process.stderr.isTTY); },
  env: process.env,
};

export function useColour(io: Io): boolean {
  return io.isTTY && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
}

export function paint(io: Io, code: 'red' | 'yellow' | 'green' | 'dim', s: string): string {
  if (!useColour(io)) return s;
  const c = { red: 31, yellow: 33, green: 32, dim: 2 }[code];
  return `\u001b[${c}m${s}\u001b[0m`;
}

export type Verbosity = 'quiet' | 'normal' | 'verbose';

/**
 * Progress of a long build on stderr: a bar on a TTY when there are many steps, plain lines with
 * --verbose, nothing with --quiet or when stderr is a pipe (so logs stay clean).
 */
export function progressReporter(io: Io, verbosity: Verbosity): (step: string, done?: number, total?: number) => void {
  if (verbosity === 'quiet') return () => {};
  return (step, done, total) => {
    if (verbosity === 'verbose') {
      io.stderr(`${paint(io, 'dim', '…')} ${step}${total ? ` (${done}/${total})` : ''}\n`);
    } else if (io.isTTY) {
      const width = 24;
      const frac = total ? Math.min(1, (done ?? 0) / total) : 0;
      const bar = total ? `[${'#'.repeat(Math.round(frac * width)).padEnd(width, ' ')}] ` : '';
      io.stderr(`\r\u001b[2K${bar}${step}`);
    }
  };
}

/** Ends a progress line drawn with \r so the next message starts on a clean line. */
export function endProgress(io: Io, verbosity: Verbosity): void {
  if (verbosity === 'normal' && io.isTTY) io.stderr('\r\u001b[2K');
}
