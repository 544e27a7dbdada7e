// Ingest stage: finds calendar dates in page text (ISO stamps, 10/01/2022, "Monday, 10 January 2022").
import { words } from './text.js';

export interface FoundDate {
  /** YYYY-MM-DD */
  iso: string;
  /** Day and month could be swapped (e.g. 03/04/2022); used only when nothing firmer exists. */
  ambiguous: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** Month names (and the genitive forms dates use) in French, German, Spanish, Czech and Russian, January first. */
const LOCAL_MONTHS: string[][] = [
  ['janvier', 'januar', 'jänner', 'enero', 'ledna', 'leden', 'января', 'январь'],
  ['février', 'fevrier', 'februar', 'febrero', 'února', 'únor', 'февраля', 'февраль'],
  ['mars', 'märz', 'marz', 'marzo', 'března', 'březen', 'марта', 'март'],
  ['avril', 'april', 'abril', 'dubna', 'duben', 'апреля', 'апрель'],
  ['mai', 'mayo', 'května', 'květen', 'мая', 'май'],
  ['juin', 'juni', 'junio', 'června', 'červen', 'июня', 'июнь'],
  ['juillet', 'juli', 'julio', 'července', 'červenec', 'июля', 'июль'],
  ['août', 'aout', 'august', 'agosto', 'srpna', 'srpen', 'августа', 'август'],
  ['septembre', 'september', 'septiembre', 'setiembre', 'září', 'сентября', 'сентябрь'],
  ['octobre', 'oktober', 'octubre', 'října', 'říjen', 'октября', 'октябрь'],
  ['novembre', 'november', 'noviembre', 'listopadu', 'listopad', 'ноября', 'ноябрь'],
  ['décembre', 'decembre', 'dezember', 'diciembre', 'prosince', 'prosinec', 'декабря', 'декабрь'],
];
const LOCAL_MONTH_NUMBER = new Map(LOCAL_MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
/** "12 juin 2031", "12. März 2031", "12 de junio de 2031", "12. června 2031", "12 июня 2031 г." */
const LOCAL_DMY = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:er)?\\.?\\s+(?:de\\s+)?(${[...LOCAL_MONTH_NUMBER.keys()].join('|')})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?![\\p{L}\\d])`, 'giu');

const PATTERNS: { re: RegExp; parse: (m: RegExpExecArray) => FoundDate | null }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?=\b|T)/g, parse: (m) => make(+m[1], +m[2], +m[3], false) },
  {
    re: /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g,
    parse: (m) => {
      const a = +m[1], b = +m[2], y = +m[3];
      // Day first is the common order outside the US; a value above 12 settles it either way.
      if (a > 12) return make(y, b, a, false);
      if (b > 12) return make(y, a, b, false);
      return make(y, b, a, a !== b);
    },
  },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.? ${MONTH},? (\\d{4})\\b`, 'gi'), parse: (m) => make(+m[3], month(m[2]), +m[1], false) },
  { re: LOCAL_DMY, parse: (m) => make(+m[3], LOCAL_MONTH_NUMBER.get(m[2].toLowerCase()) ?? 0, +m[1], false) },
  { re: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'gi'), parse: (m) => make(+m[3], month(m[1]), +m[2], false) },
];

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function make(y: number, m: number, d: number, ambiguous: boolean): FoundDate | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return { iso: dt.toISOString().slice(0, 10), ambiguous };
}

/** Every date in the text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const hits: { at: number; date: FoundDate }[] = [];
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const date = p.parse(m as RegExpExecArray);
      if (date) hits.push({ at: m.index ?? 0, date });
    }
  }
  // An English month name is also a German one ("12 April 2031"): one date per place.
  const seen = new Set<number>();
  return hits.sort((a, b) => a.at - b.at).filter((h) => !seen.has(h.at) && seen.add(h.at)).map((h) => h.date);
}

const STAMP_WORDS = new Set(('updated update published posted last modified on at today yesterday am pm a.m p.m gmt utc cet cest est edt pst ' +
  'bst msk ist z monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun ' +
  'january february march april may june july august september october november december ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec').split(' '));

/** A line that is only a date and/or time (with words like "Updated"), as pages print above a story. */
export function isTimestamp(text: string): boolean {
  if (/^((updated|published|posted)\s*:?\s*)?\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i.test(text)) return true;
  const hasStamp = findDates(text).length > 0 || /\b\d{1,2}:\d{2}\b/.test(text);
  if (!hasStamp) return false;
  const rest = text.replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z?/g, ' ');
  return words(rest).every((w) => /^[\d.:\-/]+$/.test(w) || /^\d+(st|nd|rd|th)$/i.test(w) || STAMP_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
}
