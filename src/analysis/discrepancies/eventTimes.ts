// Analysis stage (discrepancies): when one event happened, told differently — "the quake struck at 5:38
// a.m." against "the quake hit at 6:05 a.m.", "was fired on Monday" against "was sacked on Tuesday".
// The event is what the clause holding the time names: an event noun of the story ("the quake", "the
// blast"), or a dated act (arrested, fired, died…) with the named actor nearest the verb. Precision
// first: a clock time counts only with a.m./p.m., noon or midnight, or a zone (an "at 1:47" may be a
// game clock); times in different zones are never compared; a time given roughly ("about", "shortly
// after", "early") agrees with any within half an hour, a time on a five-minute mark within five minutes; relative days ("yesterday") are not read; a
// date with a year is compared only with dates of the same year (another year is another event); a
// source that gives two times for the event is telling a sequence, not disagreeing, and is left out.
import type { SentenceRef } from '../text/corpus.js';
import { clauseAround } from '../text/clauses.js';
import { lang, type LanguagePack } from '../lang/index.js';
import type { Actor, Discrepancy } from '../types.js';
import { statementAt } from './statements.js';
import { actorSpans, onePerSource, sidesOf } from './told.js';

type When = 'clock' | 'day' | 'date';

/**
 * A time or day in a sentence: its kind, its value (minutes of the day, weekday, month-day), a date's
 * year when it gives one, how exact, and in which zone.
 */
interface Stamp { when: When; value: number; year?: number; rough: boolean; zone: string; start: number; end: number; edge?: 'late' | 'early' }

/** A stamp tied to the event its clause names. */
interface Dated extends Stamp { ref: SentenceRef; key: string; family: string; actor: string | null; anchor: [number, number]; zonedBeside?: boolean }

/** A year after a date, as a group: "2031" in "June 17, 2031" (a larger number is no year). */
const YEAR = '((?:1[89]|20)\\d\\d)\\b(?![.,]?\\d)';

/** The patterns a pack's words make, built once a pack. */
interface Patterns { clock: RegExp; day: RegExp; date: RegExp; nouns: RegExp; verbs: RegExp; nounFamily: Map<string, string>; verbFamily: Map<string, string> }
const built = new WeakMap<LanguagePack, Patterns>();

function patterns(): Patterns {
  const pack = lang();
  const had = built.get(pack);
  if (had) return had;
  const months = pack.MONTH_NAMES.flat().join('|');
  const { DAY_ORDINAL: th, DAY_OF } = pack.discrepancies;
  const nounFamily = new Map(Object.entries(pack.EVENT_NOUNS).flatMap(([family, words]) => words.map((w) => [w, family] as const)));
  const verbFamily = new Map(Object.entries(pack.EVENT_VERBS).flatMap(([family, words]) => words.map((w) => [w, family] as const)));
  const p: Patterns = {
    // "5:38 a.m.", "2 pm", noon, midnight; a 24-hour time only with a zone after it ("0938 GMT")
    clock: pack.discrepancies.CLOCK,
    day: new RegExp(`\\b(${pack.WEEKDAYS.join('|')})\\b`, 'g'),
    // "March 3", "3rd of March", with its year when it has one ("March 3, 2031", "3 March 2031"); not a
    // month before a year ("March 2031"), nor a day before another number ("March 3, 150 people")
    date: new RegExp(`\\b(${months})\\.?\\s+(\\d{1,2})${th}\\b(?:,?\\s+${YEAR}|(?!\\s*(?:,\\s*)?\\d{3}))|\\b(\\d{1,2})${th}\\s+${DAY_OF}(${months})\\b(?:,?\\s+${YEAR})?`, 'g'),
    nouns: new RegExp(`\\b(${[...nounFamily.keys()].join('|')})\\b`, 'gi'),
    verbs: new RegExp(`\\b(${[...verbFamily.keys()].join('|')})\\b`, 'gi'),
    nounFamily, verbFamily,
  };
  built.set(pack, p);
  return p;
}

/**
 * Rough times agree within half an hour; a time on a five-minute mark may be rounded ("3:30" for 3:33),
 * so it agrees within five minutes; other times within one (a report may round the seconds).
 */
const ROUGH_MINUTES = 30;
const ROUNDED_MINUTES = 5;

function monthIndex(word: string): number {
  return lang().MONTH_NAMES.findIndex((forms) => forms.some((f) => f.toLowerCase() === word.toLowerCase().replace(/\.$/, '')));
}

function stampsIn(text: string): Stamp[] {
  const out: Stamp[] = [];
  const { clock, day, date } = patterns();
  const { ROUGH_TIME, UNIVERSAL_TIME, ZONE_ABBREVIATION, LATE_IN_DAY, EARLY_IN_DAY, WEEKDAYS } = lang();
  const { NAMED_TIMES, AFTERNOON } = lang().discrepancies;
  const rough = (at: number) => ROUGH_TIME.test(text.slice(Math.max(0, at - 25), at));
  for (const m of text.matchAll(clock)) {
    let minutes: number;
    if (m[4]) minutes = NAMED_TIMES[m[4].toLowerCase()] ?? 0;
    else if (m[1]) {
      const hour = Number(m[1]);
      if (hour < 1 || hour > 12) continue;
      minutes = (hour % 12) * 60 + Number(m[2] ?? 0) + (m[3].toLowerCase() === AFTERNOON ? 720 : 0);
    } else minutes = Number(m[5]) * 60 + Number(m[6]);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const zone = UNIVERSAL_TIME.test(after) ? 'UTC' : (ZONE_ABBREVIATION.exec(after)?.[1] ?? 'local');
    out.push({ when: 'clock', value: minutes, rough: rough(m.index), zone, start: m.index, end: m.index + m[0].length });
  }
  const edge = (start: number, end: number): Stamp['edge'] => {
    const before = text.slice(Math.max(0, start - 15), start);
    const after = text.slice(end, end + 15);
    if (LATE_IN_DAY.before.test(before) || LATE_IN_DAY.after.test(after)) return 'late';
    if (EARLY_IN_DAY.before.test(before) || EARLY_IN_DAY.after.test(after)) return 'early';
    return undefined;
  };
  for (const m of text.matchAll(day)) {
    out.push({ when: 'day', value: WEEKDAYS.indexOf(m[1]), rough: false, zone: '', start: m.index, end: m.index + m[0].length, edge: edge(m.index, m.index + m[0].length) });
  }
  for (const m of text.matchAll(date)) {
    const month = monthIndex(m[1] ?? m[5]);
    const day = Number(m[2] ?? m[4]);
    if (month < 0 || day < 1 || day > 31) continue;
    const year = m[3] ?? m[6];
    out.push({ when: 'date', value: month * 100 + day, year: year ? Number(year) : undefined, rough: false, zone: '', start: m.index, end: m.index + m[0].length, edge: edge(m.index, m.index + m[0].length) });
  }
  return out;
}

/**
 * The event a stamp tells the time of: the story's event noun right beside it ("the fire broke out Friday
 * night", "the Sunday blast"), else a dated act whose verb the stamp follows closely ("was arrested
 * early Sunday") and the actor named nearest that verb. A time further off, or past a word that opens
 * another clause, is another act's ("vigil planned for Sunday at the site of the shooting").
 */
function anchorOf(text: string, stamp: Stamp, actors: Actor[]): Omit<Dated, keyof Stamp | 'ref'> | null {
  const { nouns, verbs, nounFamily, verbFamily } = patterns();
  const { SERIAL_EVENTS, OTHER_EVENT, TIME_BEFORE_NOUN, ROUGH_TIME, CLAUSE_OPENERS } = lang();
  const [l, r] = clauseAround(text, stamp.start, stamp.end);
  const clause = text.slice(l, r);
  if (SERIAL_EVENTS.test(clause)) return null;
  for (const m of clause.matchAll(nouns)) {
    const at = l + m.index;
    const end = at + m[0].length;
    const beside = end <= stamp.start ? occurredAt(text.slice(end, stamp.start)) : stamp.end <= at && TIME_BEFORE_NOUN.test(text.slice(stamp.end, at));
    if (!beside) continue;
    if (OTHER_EVENT.test(text.slice(Math.max(0, at - 40), at))) return null;
    const family = nounFamily.get(m[1].toLowerCase())!;
    return { key: `noun|${family}`, family, actor: null, anchor: [at, end] };
  }
  const spans = actorSpans(actors, clause);
  for (const m of clause.matchAll(verbs)) {
    const end = l + m.index + m[0].length;
    const between = text.slice(end, stamp.start).replace(ROUGH_TIME, '');
    if (end > stamp.start || words(between).length > 6 || CLAUSE_OPENERS.test(between) || /[,;:]/.test(between)) continue;
    // The one the act is done to, named between the verb and the time ("fired head coach Jon Doe on
    // Monday"); else the one named nearest ("Jon Doe was fired on Monday").
    const object = spans.find((s) => s.start >= m.index + m[0].length && l + s.end <= stamp.start);
    const near = object ?? spans.sort((a, b) => distance(a, m.index, m[0].length) - distance(b, m.index, m[0].length))[0];
    if (!near) continue;
    const family = verbFamily.get(m[1].toLowerCase())!;
    return { key: `verb|${family}|${near.actor.id}`, family, actor: near.actor.name, anchor: [l + m.index, end] };
  }
  return null;
}

/**
 * Whether the words between an event noun and a time tell when it happened: the noun is the subject of a
 * verb of occurrence ("the quake struck the hill town of X at …", "the blast was heard at …"), or only
 * such words stand between ("the fire on Tuesday night"); never past a word that opens another clause.
 */
function occurredAt(between: string): boolean {
  const { CLAUSE_OPENERS, OCCURRENCE_WORDS, OCCURRENCE_VERBS } = lang();
  const w = words(between);
  if (/[,;:]/.test(between) || CLAUSE_OPENERS.test(between)) return false;
  return w.every((x) => OCCURRENCE_WORDS.test(x)) ? w.length <= 5 : w.length <= 10 && OCCURRENCE_VERBS.test(w[0] ?? '');
}

const words = (text: string) => text.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];

function distance(span: { start: number; end: number }, at: number, length: number): number {
  return span.end <= at ? at - span.end : span.start - (at + length);
}

/** One night told from both sides: the earlier day's night ("Friday night") or the later day's early hours ("early Saturday"). */
function nightOf(a: Stamp, b: Stamp): boolean {
  const later = a.when === 'day' ? ((a.value - b.value + 7) % 7 === 1 ? a : b) : (a.value > b.value ? a : b);
  const earlier = later === a ? b : a;
  return earlier.edge === 'late' || later.edge === 'early';
}

/** Days between two days or dates (a month's last and the next month's first are one apart). */
function dayApart(a: Stamp, b: Stamp): number {
  if (a.when === 'day') return Math.min((a.value - b.value + 7) % 7, (b.value - a.value + 7) % 7);
  const [x, y] = a.value < b.value ? [a.value, b.value] : [b.value, a.value];
  if (Math.floor(x / 100) === Math.floor(y / 100)) return y - x;
  return Math.floor(y / 100) - Math.floor(x / 100) === 1 && y % 100 === 1 && x % 100 >= 28 ? 1 : 2;
}

/** Two clock times a whole or half number of hours apart (an hour at least): they may be one moment in two zones. */
function zonesApart(a: Stamp, b: Stamp): boolean {
  const gap = Math.abs(a.value - b.value);
  const apart = Math.min(gap, 1440 - gap);
  return a.when === 'clock' && apart >= 60 && apart % 30 === 0;
}

function agree(a: Stamp, b: Stamp): boolean {
  if (a.when !== 'clock') return a.value === b.value || (dayApart(a, b) === 1 && nightOf(a, b));
  const gap = Math.abs(a.value - b.value);
  return Math.min(gap, 1440 - gap) <= (a.rough || b.rough ? ROUGH_MINUTES : a.value % 5 === 0 || b.value % 5 === 0 ? ROUNDED_MINUTES : 1);
}

export function eventTimes(sentences: SentenceRef[], actors: Actor[]): Discrepancy[] {
  const dated: Dated[] = [];
  for (const ref of sentences) {
    const text = ref.sentence.text;
    const stamps = stampsIn(text);
    // A time in a named zone in the sentence ("5:38 a.m. local time (0208 GMT)"): the story is told across zones.
    const zonedBeside = stamps.some((s) => s.when === 'clock' && s.zone !== 'local');
    for (const stamp of stamps) {
      const anchor = anchorOf(text, stamp, actors);
      if (anchor) dated.push({ ...stamp, ...anchor, ref, ...(zonedBeside && stamp.when === 'clock' ? { zonedBeside } : {}) });
    }
  }
  const out: Discrepancy[] = [];
  const groups = new Map<string, Dated[]>();
  for (const d of dated) {
    // A date with a year is compared only with dates of that year: another year is another event (an
    // earlier arrest, last year's fire), and a date without one may be of any year.
    const k = `${d.key}|${d.when}|${d.zone}|${d.year ?? ''}`;
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  for (const group of groups.values()) {
    // One time per source: a source giving two that do not agree tells a sequence (or another event).
    const told = onePerSource(group, agree);
    if (told.length < 2 || told.every((d) => told.every((e) => agree(d, e)))) continue;
    // When any source gives this event's time in a named zone, the story is told from several zones: a day
    // one apart may be one moment, and so may two unmarked clock times a whole or half number of hours
    // apart ("5:38 a.m." where it happened, "9:08 p.m." where a paper is).
    const first = group[0];
    const zoned = dated.some((d) => d.key === first.key && d.when === 'clock' && (d.zone !== 'local' || d.zonedBeside));
    if (zoned && first.when !== 'clock' && told.every((d) => told.every((e) => dayApart(d, e) <= 1))) continue;
    if (zoned && first.zone === 'local' && told.every((d) => told.every((e) => agree(d, e) || zonesApart(d, e)))) continue;
    out.push({
      id: `claim-when-${out.length}`, kind: 'claim',
      finding: { rule: 'eventTime', event: first.family, actor: first.actor, when: first.when, times: sidesOf(told, (d) => `${d.value}|${d.rough}`, (d) => ({ value: d.ref.sentence.text.slice(d.start, d.end) })) },
      statements: told.map((d) => statementAt(d.ref, Math.min(d.anchor[0], d.start), Math.max(d.anchor[1], d.end))),
    });
  }
  return out;
}
