// Analysis stage (figures): when the reports were written and when the event began, to the month, so a
// count dated to an earlier month ("killed 5,000 in December", "a quake last month killed 3") is kept
// apart as an earlier event's, not only one dated to an earlier year.
import type { Article } from '../../content/types.js';
import { alternation, lang, listPattern, perPack } from '../lang/index.js';

/** The month names as one alternation (the pack's: read once, as the patterns below are built once). */
export const MONTH_NAMES = lang().text.MONTHS;
const MONTH_ORDER = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 1-based month of a written month name ("Dec", "December", "Sept"). */
export function monthNumber(name: string): number {
  return MONTH_ORDER.findIndex((x) => name.toLowerCase().startsWith(x)) + 1;
}

export interface Day { year: number; month: number; day: number }

/** Months counted from year 0, so two months compare as numbers. */
export const monthIndex = (year: number, month: number): number => year * 12 + month - 1;

/** A report's time, to the month, and the month the cluster's event began in (both month indexes). */
export interface ReportTime {
  /** The report's own month, when its date or a stamp in it gives one. */
  own: number | null;
  /** The first month the event can be in: the earliest report's, a week back; null when no report is dated. */
  eventStart: number | null;
}

const STAMPS: { re: RegExp; day: (m: RegExpMatchArray) => Day }[] = [
  { re: new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b`, 'g'), day: (m) => ({ year: Number(m[3]), month: monthNumber(m[1]), day: Number(m[2]) }) },
  { re: new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_NAMES})\\.?\\s+((?:19|20)\\d\\d)\\b`, 'g'), day: (m) => ({ year: Number(m[3]), month: monthNumber(m[2]), day: Number(m[1]) }) },
  { re: /\b(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\/((?:19|20)?\d\d)\b/g, day: (m) => ({ year: m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]), month: Number(m[1]), day: Number(m[2]) }) },
  { re: /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g, day: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) },
];

const later = (a: Day, b: Day) => a.year !== b.year ? a.year > b.year : a.month !== b.month ? a.month > b.month : a.day > b.day;

/**
 * An undated report is of the latest full date it states (a dateline, a publication stamp), if any. A
 * year in two digits ("4/12/58") is read only when no date writes its year out: beside a dateline it is
 * as often a date of long ago (a record set in '58) as this century's, and read as 2058 it was "latest".
 */
export function statedDay(article: Article): Day | null {
  let latest: Day | null = null;
  let short: Day | null = null;
  for (const p of article.paragraphs) {
    for (const { re, day } of STAMPS) {
      for (const m of p.text.matchAll(re)) {
        const d = day(m);
        if (m[0].length < 10 && /\/\d\d$/.test(m[0])) {
          if (!short || later(d, short)) short = d;
        } else if (!latest || later(d, latest)) latest = d;
      }
    }
  }
  return latest ?? short;
}

/** The report's date: its front matter's, else the date in its address ("/2031/03/28/"), else a stamp in its text. */
export function reportDay(article: Article): Day | null {
  const iso = /^(\d{4})-(\d\d)-(\d\d)/.exec(article.meta.date ?? '');
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const url = /\/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|$|[^\d])/.exec(article.meta.url ?? '');
  if (url) return { year: Number(url[1]), month: Number(url[2]), day: Number(url[3]) };
  return statedDay(article);
}

/**
 * The report's date, for comparing what two reports say of a thing that changes with time (a person's
 * age): as `reportDay`, with the other ways an address writes a date — "/2031/mar/28/", "/20310328/",
 * "/2031/3/28/".
 */
export function comparableDay(article: Article): Day | null {
  if (article.meta.date) return reportDay(article);
  const url = article.meta.url ?? '';
  const named = new RegExp(`/((?:19|20)\\d\\d)/(${MONTH_NAMES})[a-z]*/(0?[1-9]|[12]\\d|3[01])(?:/|$)`, 'i').exec(url);
  if (named) return { year: Number(named[1]), month: monthNumber(named[2]), day: Number(named[3]) };
  const compact = /[/_-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url);
  if (compact) return { year: Number(compact[1]), month: Number(compact[2]), day: Number(compact[3]) };
  const short = /\/((?:19|20)\d\d)\/([1-9]|1[0-2])\/([1-9]|[12]\d|3[01])\//.exec(url);
  if (short) return { year: Number(short[1]), month: Number(short[2]), day: Number(short[3]) };
  const own = reportDay({ ...article, paragraphs: [] });
  // Else a stamp or dateline at the top ("Posted: 04/02/31", "June 25, 2031"): a date further down may
  // be a hearing set for next year, which would put the report in a time it was not written in.
  return own ?? statedDay({ ...article, paragraphs: article.paragraphs.slice(0, TOP) });
}

/** How many paragraphs from the top a report's own date is looked for in. */
const TOP = 4;

/** Days between two dates. */
export function daysBetween(a: Day, b: Day): number {
  return Math.abs(Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86_400_000;
}

/** "June 2031": a month as a label writes it. */
export function monthOf(d: Day): string {
  return `${MONTH_FULL[d.month - 1]} ${d.year}`;
}

/**
 * The first month the cluster's event can be in: a week before its earliest report (an event on the
 * 30th is reported on the 2nd). Reports more than two months before the middle one are left out: one
 * misdated report must not move the event back.
 */
export function eventStartMonth(days: readonly (Day | null)[]): number | null {
  const known = days.filter((d): d is Day => d !== null).map((d) => Date.UTC(d.year, d.month - 1, d.day)).sort((a, b) => a - b);
  if (!known.length) return null;
  const middle = known[Math.floor((known.length - 1) / 2)];
  const first = known.find((t) => middle - t <= 62 * 86_400_000)!;
  const start = new Date(first - 7 * 86_400_000);
  return monthIndex(start.getUTCFullYear(), start.getUTCMonth() + 1);
}

/** "December 2030" / "Dec. 26, 2030" / "February, 2030" / "26 December 2030": a month with its year. */
const MONTH_YEAR = perPack((l) => new RegExp(`\\b(${MONTH_NAMES})\\.?,?\\s+(?:\\d{1,2}(?:${alternation(l.figures.ORDINAL_SUFFIXES)})?,?\\s+)?((?:19|20)\\d\\d)\\b|\\b\\d{1,2}\\s+(${MONTH_NAMES})\\.?\\s+((?:19|20)\\d\\d)\\b`, 'g'));
/**
 * A month with no year, as a time of something: after a preposition ("in February", "on March 2",
 * "in late December") or with a day ("fired March 2"), or naming an event ("the December quake").
 * Capitalised only, so the verb "may" is never a month.
 */
const MONTH_ALONE = perPack(({ figures: f }) => new RegExp(`(?:\\b(?:${alternation(f.MONTH_PREPOSITIONS)})\\s+(?:(?:${alternation(f.MONTH_PARTS)})\\s*)?(${MONTH_NAMES})\\b\\.?|\\b(${MONTH_NAMES})\\.?\\s+\\d{1,2}(?:${alternation(f.ORDINAL_SUFFIXES)})?\\b)(?![.,]?\\s*\\d)`, 'g'));
const FUTURE = perPack((l) => listPattern(l.figures.FUTURE, 'i'));

/**
 * The earlier month a count is dated to, as the era of its row ("February 2031", or "2030" when an earlier year is written), or null: a month
 * (with or without its year, or "last month", "three months ago") written in the count's sentence up
 * to the end of its clause, before the month the event began. Not a period running until now ("since
 * March"), not a comparison's base ("…than in March"), not a month to come.
 */
export function earlierMonth(sentence: string, clauseEnd: number, count: { start: number; end: number }, when: ReportTime): string | null {
  if (when.eventStart === null) return null;
  const { SINCE_BEFORE, THAN_BEFORE, MONTHS_AGO, monthsAgo } = lang().figures;
  // Matched in the whole sentence (a clause may end inside "June 17, 2030"), kept when they start by the clause's end.
  const upto = (re: RegExp) => [...sentence.matchAll(re)].filter((m) => m.index < clauseEnd);
  // An earlier year written names the era as the year rule does ("2030"), so "the 2030 tsunami" and "in
  // December 2030" are one earlier event; a month of the event's year is named with it ("February 2031").
  const dated = (at: number, index: number, written = false): string | null => {
    if (at >= count.start && at < count.end) return null;
    const lead = sentence.slice(Math.max(0, at - 60), at);
    if (SINCE_BEFORE.test(lead) || THAN_BEFORE.test(lead)) return null;
    if (index >= when.eventStart!) return null;
    const year = Math.floor(index / 12);
    return written && year < Math.floor(when.eventStart! / 12) ? String(year) : `${MONTH_FULL[index - year * 12]} ${year}`;
  };
  for (const m of upto(MONTH_YEAR())) {
    const era = dated(m.index, monthIndex(Number(m[2] ?? m[4]), monthNumber(m[1] ?? m[3])), true);
    if (era) return era;
  }
  if (when.own === null) return null;
  for (const m of upto(MONTH_ALONE())) {
    const month = monthNumber(m[1] ?? m[2]);
    const own = when.own % 12 + 1;
    // A month after the report's own is last year's, unless the sentence speaks of what is to come.
    if (month > own && FUTURE().test(sentence)) continue;
    const era = dated(m.index, when.own - own + month - (month > own ? 12 : 0));
    if (era) return era;
  }
  for (const m of upto(MONTHS_AGO)) {
    const era = dated(m.index, when.own - monthsAgo(m[0]));
    if (era) return era;
  }
  return null;
}
