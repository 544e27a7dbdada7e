// Analysis stage (discrepancies): what the claim rules share — which actors a text names (every
// spelling, as a whole word), and what each source tells: one value a source, a source that tells two
// left out, and the sources that tell the same value gathered into one side.
import { bySourceOrder, type SentenceRef } from '../text/corpus.js';
import type { Actor, Side } from '../types.js';

/** Where an actor is named in a text. */
export interface ActorSpan { actor: Actor; start: number; end: number }

/** What a rule reads in one source's sentence. */
export interface Told { ref: SentenceRef }

/** An actor's spellings that are long enough to look for (a two-letter alias would match anywhere). */
function spellings(actor: Actor): string[] {
  return [...new Set([actor.name, ...actor.aliases])].filter((name) => name.length >= 3);
}

/** Whether text[start, end) stands as a word of its own (no letter or digit either side). */
function wholeWord(text: string, start: number, end: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '');
}

/**
 * Where actors are named in a text: every spelling at every occurrence, as a whole word (the first
 * occurrence may sit inside a longer word: "Lions" in "Lionsgate").
 */
export function actorSpans(actors: readonly Actor[], text: string): ActorSpan[] {
  const out: ActorSpan[] = [];
  for (const actor of actors) {
    for (const name of spellings(actor)) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (wholeWord(text, at, at + name.length)) out.push({ actor, start: at, end: at + name.length });
      }
    }
  }
  return out;
}

/** The ids of the actors a text names. */
export function actorIds(actors: readonly Actor[], text: string): Set<string> {
  return new Set(actorSpans(actors, text).map((s) => s.actor.id));
}

/** The actor whose spelling starts at `at` (or, `ending`, ends there), as a whole word: the longest that fits. */
export function actorAt(actors: readonly Actor[], text: string, at: number, ending = false): ActorSpan | null {
  let best: ActorSpan | null = null;
  for (const actor of actors) {
    for (const name of spellings(actor)) {
      const start = ending ? at - name.length : at;
      const end = start + name.length;
      if (start < 0 || text.slice(start, end) !== name || !wholeWord(text, start, end)) continue;
      if (!best || name.length > best.end - best.start) best = { actor, start, end };
    }
  }
  return best;
}

/** Two profiles that share a name word may be one person the actors stage did not merge. */
export function sharesNameWord(a: Actor, b: Actor): boolean {
  const words = (x: Actor) => new Set([x.name, ...x.aliases].flatMap((n) => n.toLowerCase().split(/[\s.-]+/)).filter((w) => w.length > 2));
  const wb = words(b);
  return [...words(a)].some((w) => wb.has(w));
}

/**
 * One value a source: a source whose readings do not all agree with its first tells a sequence (or
 * another event) and is left out; each other source is its first reading. In source order.
 */
export function onePerSource<T extends Told>(read: readonly T[], agree: (a: T, first: T) => boolean): T[] {
  const bySource = new Map<string, T[]>();
  for (const t of read) {
    const list = bySource.get(t.ref.source);
    if (list) list.push(t);
    else bySource.set(t.ref.source, [t]);
  }
  return [...bySource.values()].filter((ts) => ts.every((t) => agree(t, ts[0]))).map((ts) => ts[0])
    .sort((a, b) => bySourceOrder(a.ref.source, b.ref.source));
}

/** The sides of a disagreement: the sources whose readings have one key, each side as its first reading makes it. */
export function sidesOf<T extends Told, S extends Omit<Side<unknown>, 'sources'>>(told: readonly T[], key: (t: T) => string, side: (first: T) => S): (S & { sources: string[] })[] {
  const sides = new Map<string, S & { sources: string[] }>();
  for (const t of told) {
    const k = key(t);
    const had = sides.get(k);
    if (had) had.sources.push(t.ref.source);
    else {
      // value, sources, then the rest: the order the JSON output has always had
      const { value, ...rest } = side(t);
      sides.set(k, { value, sources: [t.ref.source], ...rest } as S & { sources: string[] });
    }
  }
  return [...sides.values()];
}
