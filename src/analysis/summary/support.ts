// Analysis stage (summary): whether one source's sentence supports another's — it must carry the same
// key content, not merely resemble it: every figure the sentence states, and most of the (IDF-weighted)
// content of the shorter of the two. A citation is only worth giving when it backs the sentence.
import { findNumbers } from '../text/numbers.js';
import { stripAttribution } from './points.js';
import { contentTerms } from './terms.js';

/** Share of the shorter sentence's weighted key terms the two must share. */
const SHARED = 0.4;
/** Common (lower-case) words the two must share at least: names alone do not make the same point. */
const MIN_SHARED_WORDS = 2;

export interface KeyContent {
  /** Stemmed content words of the reported content (attribution removed) and exact figure values (`#value`). */
  terms: Set<string>;
  /** The terms from lower-case words: what is said about the names, not the names themselves. */
  common: Set<string>;
  /** Figure values the sentence states (calendar numbers excluded). */
  values: Set<number>;
}

export function keyContent(sentence: string): KeyContent {
  const s = stripAttribution(sentence);
  const numbers = findNumbers(s).filter((n) => !n.calendar);
  let plain = '';
  let at = 0;
  for (const n of numbers) { plain += `${s.slice(at, n.start)} `; at = n.end; }
  plain += s.slice(at);
  const values = new Set(numbers.map((n) => n.value));
  const common = new Set(contentTerms(plain.replace(/\p{Lu}[\p{L}\p{M}'’-]*/gu, ' ')));
  return { terms: new Set([...contentTerms(plain), ...[...values].map((v) => `#${v}`)]), common, values };
}

/** Inverse document frequency of each key term over all sentences (memoised: asked for every pair of sentences). */
export function keyWeights(contents: KeyContent[]): (t: string) => number {
  const df = new Map<string, number>();
  for (const c of contents) for (const t of c.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = contents.length;
  const weights = new Map<string, number>();
  return (t) => {
    let w = weights.get(t);
    if (w === undefined) { w = Math.log(1 + n / (df.get(t) ?? 1)); weights.set(t, w); }
    return w;
  };
}

/**
 * How well `other` supports `main` (0 when it does not): it states every figure of `main`, shares at
 * least two common words, and the shared terms make up most of the shorter sentence's weight.
 * Sums run in each set's own order, so the share is the same to the last bit whichever way it is computed.
 */
export function supportStrength(main: KeyContent, other: KeyContent, weight: (t: string) => number): number {
  for (const v of main.values) if (!other.values.has(v)) return 0;
  let common = 0;
  for (const t of main.common) if (other.common.has(t) && ++common >= MIN_SHARED_WORDS) break;
  if (common < MIN_SHARED_WORDS) return 0;
  let shared = 0;
  for (const t of main.terms) if (other.terms.has(t)) shared += weight(t);
  const share = shared / Math.min(total(main.terms, weight), total(other.terms, weight));
  return share >= SHARED ? share : 0;
}

function total(terms: Set<string>, weight: (t: string) => number): number {
  let sum = 0;
  for (const t of terms) sum += weight(t);
  return sum;
}
