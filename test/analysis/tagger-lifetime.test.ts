// Actors: the tagger's worker thread leaves by itself when asked, rather than being torn down by Node's
// exit path while asleep in Atomics.wait (which now and then ended a finished build with SIGSEGV); and
// tagging still works after it has gone.
import { describe, expect, it } from 'vitest';
import { stopTagger, tagged, tagHere } from '../../src/analysis/actors/tagger.js';

describe('tagger worker lifetime', () => {
  it('ends its own loop when stopped (exit code 0, not a termination), and a later question is still answered', async () => {
    const before = tagged('Harbourside');
    expect(before).toEqual(tagHere('Harbourside'));
    // A terminated worker exits with code 1; one that leaves its loop, with 0. Without a way to stop, it never exits.
    await expect(stopTagger()).resolves.toBe(0);
    expect(tagged('Windmere')).toEqual(tagHere('Windmere'));
    await expect(stopTagger()).resolves.toBe(0);
    await expect(stopTagger()).resolves.toBe(0); // nothing left to stop
  }, 60_000);
});
