// Analysis stage (summary): whether one source's sentence supports another's — it must carry the same
// key content, not merely resemble it: every figure the sentence states, a good part of the sentence's
// own (IDF-weighted) content and most of the shorter one's, the same polarity ("not guilty" never backs
// "guilty") and the same stage ("charged" never backs "convicted", "injured" never "killed"). A citation
// is only worth giving when it backs the sentence.
import { lang } from '../lang/index.js';
import { splitNumbers } from './points.js';
import { contentTerms } from './terms.js';

/** Share of the shorter sentence's weighted key terms the two must share. */
const SHARED = 0.4;
/** Share of the supported sentence's own weighted key terms the supporter must carry. */
const COVERED = 0.4;
/** Common (lower-case) words the two must share at least: names alone do not make the same point. */
const MIN_SHARED_WORDS = 2;

export interface KeyContent {
  /** Stemmed content words of the reported content (attribution removed) and exact figure values (`#value`). */
  terms: Set<string>;
  /** The terms from lower-case words: what is said about the names, not the names themselves. */
  common: Set<string>;
  /** Figure values the sentence states (calendar numbers excluded). */
  values: Set<number>;
  /** The values that are news rather than description: not a person's age ("Smith, 52,", "the 49-year-old"). */
  facts: Set<number>;
  /** It denies what it reports ("not", "no one", "never"). */
  negated: boolean;
  /** Per stage family, the stages it names ("charged", "killed"). */
  stages: Set<string>[];
}

export function keyContent(sentence: string): KeyContent {
  const { s, plain, numbers } = splitNumbers(sentence);
  const values = new Set(numbers.map((n) => n.value));
  const common = new Set(contentTerms(plain.replace(/\p{Lu}[\p{L}\p{M}'’-]*/gu, ' ')));
  const stages = Object.values(lang().STAGE_WORDS).map((family: Record<string, RegExp>) => new Set(Object.keys(family).filter((k) => family[k].test(s))));
  const facts = new Set(numbers.filter((n) => !isAge(s, n.start, n.end, n.value)).map((n) => n.value));
  return { terms: new Set([...contentTerms(plain), ...[...values].map((v) => `#${v}`)]), common, values, facts, negated: lang().NEGATION.test(s), stages };
}

/** A person's age: "52-year-old", "aged 52", "at the age of 52", or set off by commas after a name ("Smith, 52,"). */
function isAge(s: string, start: number, end: number, value: number): boolean {
  if (!Number.isInteger(value) || value > 120) return false;
  const before = s.slice(Math.max(0, start - 14), start);
  const after = s.slice(end, end + 12);
  const { AGE_AFTER, AGE_BEFORE } = lang().summary;
  return AGE_AFTER.test(after) || AGE_BEFORE.test(before) || (/\p{L},\s*$/u.test(before) && /^\s*[,)]/.test(after));
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
 * How well `other` supports `main` (0 when it does not): it states every figure of `main`, in the same
 * polarity and stage, shares at least two common words, and the shared terms make up most of the shorter
 * sentence's weight and (with `covered`) that share of `main`'s own. A repeat is judged with no share of
 * `main` asked and without the figures (the caller asks whether it adds one): a sentence that adds a
 * detail or an age to a point already made still repeats it.
 * Sums run in each set's own order, so the share is the same to the last bit whichever way it is computed.
 */
export function supportStrength(main: KeyContent, other: KeyContent, weight: (t: string) => number, covered = COVERED): number {
  // a repeat (no share of `main` asked) is judged on its words: whether it adds a figure is asked apart
  if (covered > 0) for (const v of main.values) if (!other.values.has(v)) return 0;
  if (main.negated !== other.negated || main.stages.some((m, f) => otherStage(m, other.stages[f]))) return 0;
  let common = 0;
  for (const t of main.common) if (other.common.has(t) && ++common >= MIN_SHARED_WORDS) break;
  if (common < MIN_SHARED_WORDS) return 0;
  let shared = 0;
  for (const t of main.terms) if (other.terms.has(t)) shared += weight(t);
  const own = total(main.terms, weight);
  if (shared < covered * own) return 0;
  const share = shared / Math.min(own, total(other.terms, weight));
  return share >= SHARED ? share : 0;
}

/** Both name a stage of one family, and not one in common. */
function otherStage(main: Set<string>, other: Set<string>): boolean {
  if (main.size === 0 || other.size === 0) return false;
  for (const s of main) if (other.has(s)) return false;
  return true;
}

function total(terms: Set<string>, weight: (t: string) => number): number {
  let sum = 0;
  for (const t of terms) sum += weight(t);
  return sum;
}
