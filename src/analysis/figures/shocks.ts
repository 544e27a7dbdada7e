// Analysis stage (figures): which shock a measure belongs to, and the magnitudes of shocks. A report on
// an earthquake also tells of aftershocks ("followed by a 2.1-magnitude quake"), foreshocks ("earlier
// this morning, an earthquake with a magnitude of 2.6 struck…"), earlier quakes ("the last quake
// measuring 3.5 occurred in May") and what is usual ("quakes around magnitude 1 are common here"). Only
// the event's own shock goes in the event's rows: an aftershock's or foreshock's magnitude is a row of
// its own (one per value), an earlier quake's is background, and a general statement is no figure. Its
// depth and distances are left out altogether (a row for each would be noise).
import { findNumbers } from '../text/numbers.js';
import { qualifierBefore } from './qualifiers.js';
import type { SpecialReading } from './special.js';
import { lang } from '../lang/index.js';

/** The figures' words of the corpus's language (lang/en-figures.ts for English). */
const F = () => lang().figures;

export type Shock = 'main' | 'aftershock' | 'foreshock' | 'earlier' | 'none';

/** Which shock a measure at `at` in the sentence belongs to, by cues before it there. */
function scopeIn(text: string, at: number, year: number | null = null): Shock {
  const before = text.slice(0, at);
  // "the 9.1 quake that struck in December 2004", in a report of a later year: that quake is an earlier one.
  const dated = year !== null ? F().SHOCK_LATER_YEAR.exec(text.slice(at, at + 90)) : null;
  if (dated && Number(dated[1]) < year!) return 'earlier';
  const noun = F().SHOCK_NOUN.exec(text.slice(at, at + 60))?.[1].toLowerCase() ?? '';
  if (F().AFTERSHOCK_NOUN.test(noun)) return 'aftershock';
  if (F().FORESHOCK_NOUN.test(noun)) return 'foreshock';
  if (F().SHOCK_GENERAL.test(text) || F().SEVERAL_SHOCKS.test(before)) return 'none';
  // The nearest cue before the measure decides ("a 5.3 quake struck, followed by a 3.1 aftershock").
  const cues: [number, Shock][] = [];
  for (const [re, shock] of [[F().AFTERSHOCK_CUE, 'aftershock'], [F().FORESHOCK_CUE, 'foreshock'], [F().EARLIER_SHOCK_CUE, 'earlier']] as const) {
    // "In March 2031, a 6.1 quake struck…" in a 2031 report is this event: only an earlier year dates another quake.
    const all = [...before.matchAll(new RegExp(re.source, 'gi'))].filter((m) => shock !== 'earlier' || year === null || !/\b(?:19|20)\d\d\b/.test(m[0]) || Number(/\b((?:19|20)\d\d)\b/.exec(m[0])![1]) < year);
    if (all.length) cues.push([all[all.length - 1].index, shock]);
  }
  cues.sort((a, b) => b[0] - a[0]);
  return cues[0]?.[1] ?? 'main';
}

/**
 * The shock a measure at `at` belongs to: by a cue before it in its sentence, else the shock the
 * sentence is about (`carried`, from shockCarried).
 */
export function shockAt(text: string, at: number, carried: Shock = 'main', year: number | null = null): Shock {
  const own = F().MENTIONS_SHOCK.test(text) ? scopeIn(text, at, year) : 'main';
  return own !== 'main' ? own : carried;
}

/**
 * The shock a sentence is about, given the one the sentence before ended on: a sentence that only refers
 * back ("The earthquake struck at 5:40 a.m.", "It measured…") stays with a foreshock or an earlier quake
 * ("Earlier, an earthquake of 2.6 struck…"), and with an aftershock only when it names it ("The aftershock…");
 * any other sentence is about the event.
 */
export function shockCarried(text: string, before: Shock): Shock {
  if (!F().SHOCK_REFERS_BACK.test(text) || F().MAIN_SHOCK_AGAIN.test(text)) return 'main';
  if (before === 'aftershock') return F().THE_AFTERSHOCK.test(text) ? 'aftershock' : 'main';
  return before === 'foreshock' || before === 'earlier' ? before : 'main';
}

/** The shock a sentence ends on: the last one it introduces, else the one it was about. */
export function shockAfter(text: string, carried: Shock): Shock {
  const own = F().MENTIONS_SHOCK.test(text) ? scopeIn(text, text.length) : 'main';
  return own === 'none' ? 'main' : own !== 'main' ? own : carried;
}

/** "magnitude 5.3", "a magnitude of 5.3", "5.3-magnitude", "5.3 in magnitude", "5.3 on the Richter scale", "measuring 5.3", "a 5.8 quake". */
function isMagnitude(text: string, n: { start: number; end: number; text: string; hyphenWord?: string }): number | null {
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  const after = text.slice(n.end, n.end + 40);
  const q = qualifierBefore(before);
  const head = before.slice(0, before.length - (q?.length ?? 0));
  const m = F().MAGNITUDE_BEFORE.exec(head);
  if (m) return n.start - (q?.length ?? 0) - m[0].length;
  if (n.hyphenWord === F().MAGNITUDE || F().MAGNITUDE_AFTER.test(after) || F().RICHTER_AFTER.test(after)) return n.start - (q?.length ?? 0);
  // "measuring 6.1", "registered 6.1", "the survey put it at 6.1".
  const measuring = F().MEASURING_BEFORE.exec(head);
  if (measuring && F().MENTIONS_SHOCK.test(text)) return n.start - (q?.length ?? 0) - measuring[0].length;
  if (/^\d\.\d$/.test(n.text) && F().SHOCK_NOUN_AFTER.test(after)) return n.start - (q?.length ?? 0);
  return null;
}

export function readMagnitudes(text: string, carried: Shock = 'main', year: number | null = null): SpecialReading[] {
  const out: SpecialReading[] = [];
  const nums = findNumbers(text).filter((n) => !n.calendar && !n.currency && n.form !== 'vague');
  // "magnitude-6.1": the number finder takes the hyphen for a word joint.
  for (const m of text.matchAll(F().MAGNITUDE_HYPHEN)) {
    const start = m.index + m[0].length - m[1].length;
    nums.push({ start, end: start + m[1].length, text: m[1], value: Number(m[1]), form: 'digits' });
  }
  nums.sort((a, b) => a.start - b.start);
  let last: SpecialReading | null = null;
  for (const n of nums) {
    let coreStart = isMagnitude(text, n);
    // "magnitude 3.1 and 2.7", "between 1.5 and 2.5 on the Richter scale": the list goes on.
    if (coreStart === null && last && F().MAGNITUDE_LIST.test(text.slice(last.numEnd, n.start)) && n.value < 10) coreStart = n.start;
    if (coreStart === null || n.value >= 10) { last = null; continue; }
    // "3.5 or above", "3.5 or greater": at least that.
    const orMore = F().OR_MORE_AFTER.test(text.slice(n.end, n.end + 20));
    const qualifier = qualifierBefore(text.slice(Math.max(0, n.start - 40), n.start))?.words ?? (orMore ? 'at least' : null);
    const tail = F().SHOCK_NOUN_AFTER.exec(text.slice(n.end, n.end + 40)) ?? F().MAGNITUDE_TAIL.exec(text.slice(n.end, n.end + 40));
    const coreEnd = n.end + (tail?.[0].length ?? 0);
    const shock = shockAt(text, n.start, carried, year);
    const reading: SpecialReading = {
      numStart: n.start, numEnd: n.end, value: n.value, cls: 'magnitude', event: null, nouns: ['magnitude'], qualifier, coreStart, coreEnd,
      subject: shock === 'main' ? 'earthquake' : shock === 'earlier' ? 'earlier quake' : shock,
      // Aftershocks and foreshocks are several shocks: each value is its own.
      ...(shock === 'aftershock' || shock === 'foreshock' ? { facet: String(n.value) } : {}),
      ...(shock === 'earlier' ? { era: 'past' } : {}),
      ...(shock === 'none' ? { claimOnly: true } : {}),
    };
    out.push(reading);
    last = reading;
  }
  return out;
}
