// Actors: a tagger worker that failed to load compromise (and so has already exited) is still stopped
// cleanly — stopTagger settles with its exit code instead of waiting for an 'exit' that came before it
// was asked. The worker is made to fail by giving it a path to compromise that does not exist.
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:module', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:module')>();
  return {
    ...real,
    createRequire: (from: string | URL) => {
      const req = real.createRequire(from);
      const wrapped = ((id: string) => req(id)) as NodeJS.Require;
      wrapped.resolve = ((id: string, options?: { paths?: string[] }) => (id === 'compromise/two' ? '/nonexistent/compromise-two.cjs' : req.resolve(id, options))) as NodeJS.RequireResolve;
      return wrapped;
    },
  };
});

describe('tagger worker that failed', () => {
  it('is stopped without waiting for an exit that already happened', async () => {
    const { startTagger, stopTagger } = await import('../../src/analysis/actors/tagger.js');
    startTagger();
    await new Promise((r) => setTimeout(r, 2000)); // it fails at its first require, long before this
    const settled = await Promise.race([stopTagger().then(() => 'settled'), new Promise((r) => setTimeout(() => r('still waiting'), 3000))]);
    expect(settled).toBe('settled');
  }, 20_000);
});
