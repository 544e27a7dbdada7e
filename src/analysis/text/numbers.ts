// Analysis stage (shared text utility): finds the numbers a text states — digits with separators,
// decimals and scales ("1,240", "1.5 million", "$3bn"), number words ("twenty-five", "a dozen"),
// vague amounts ("dozens", "tens of thousands") and ranges — each with its exact character span.
// Own grammar rather than compromise's number parser, which merges neighbouring numbers in lists. The
// words (number words, scales, vague amounts, currencies, months) are the pack's (lang().text).
import { lang, perPack, type TextWords } from '../lang/index.js';

export interface NumberMention {
  /** Span of the number itself (with its currency sign and scale word) in the text. */
  start: number;
  end: number;
  text: string;
  value: number;
  /** Upper end of a range ("30–40", "between 30 and 40") or of a vague amount ("dozens"). */
  valueMax?: number;
  form: 'digits' | 'words' | 'vague';
  /** Currency given by a sign or code before the number ("$", "€", "NIS"), as an ISO-like code. */
  currency?: string;
  /** Word joined by a hyphen after the number: "five-day" → "day", "74-year-old" → "year-old". */
  hyphenWord?: string;
  /** Calendar use: the number is part of a date, a clock time, or is a year. */
  calendar?: 'date' | 'time' | 'year';
}

/** The interval a vague amount's words stand for ("dozens" → 24–99), or null when they are not one. */
export function vagueInterval(words: string): [number, number] | null {
  for (const [re, lo, hi] of lang().text.VAGUE) if (re.test(words.trim())) return [lo, hi];
  return null;
}

/** First words of a vague amount ("dozens", "a few hundred") or of a number in words ("twenty-five", "a dozen"). */
const startersOf = perPack((l) => new Set([...Object.keys(l.text.UNITS), ...Object.keys(l.text.TENS), ...l.text.STARTERS]));

const WORD_RE = /[A-Za-z]+(?:-[A-Za-z]+)?/y;

/**
 * The numbers of the texts read lately. The figures' readers (counts, ordinals, records, measures,
 * terms, times…), the summary and the discrepancies each ask for the numbers of the same sentence, a
 * dozen scans of it in all (cpu-prof of a seed build: ≈3% of its CPU). Each caller gets its own copies,
 * as it did from a fresh scan: they may change them.
 */
const scannedOf = perPack(() => new Map<string, readonly NumberMention[]>());
const SCANNED_MAX = 4096;

/** All numbers in `text`, in order, non-overlapping. */
export function findNumbers(text: string): NumberMention[] {
  const scanned = scannedOf();
  let found = scanned.get(text);
  if (!found) {
    if (scanned.size >= SCANNED_MAX) scanned.clear();
    found = scanNumbers(text);
    scanned.set(text, found);
  }
  return found.map((n) => ({ ...n }));
}

function scanNumbers(text: string): NumberMention[] {
  const tw = lang().text;
  const starters = startersOf();
  const out: NumberMention[] = [];
  let i = 0;
  while (i < text.length) {
    // spaces and punctuation start nothing (a currency sign is read back from its digits)
    ALNUM_RE.lastIndex = i;
    i = ALNUM_RE.exec(text)?.index ?? text.length;
    if (i >= text.length) break;
    if (!mayStartNumber(text, i, starters)) { i = nextToken(text, i); continue; }
    const found = matchFraction(text, i, tw) ?? matchVague(text, i, tw) ?? matchDigits(text, i, tw) ?? matchWords(text, i, tw);
    if (found) {
      out.push(found);
      i = found.end;
    } else {
      i = nextToken(text, i);
    }
  }
  return out;
}

const LETTERS_RE = /[A-Za-z]+/y;
const ALNUM_RE = /[A-Za-z0-9]/g;

/**
 * Whether a number can start at i. Most words cannot, and ruling them out by their first word spares
 * the vague-amount patterns and the number-word grammar at every word of every sentence.
 */
function mayStartNumber(text: string, i: number, starters: ReadonlySet<string>): boolean {
  if (!/[A-Za-z]/.test(text[i])) return true;
  if (!atWordStart(text, i)) return false;
  LETTERS_RE.lastIndex = i;
  return starters.has(LETTERS_RE.exec(text)![0].toLowerCase());
}

function nextToken(text: string, i: number): number {
  if (/[A-Za-z]/.test(text[i])) {
    while (i < text.length && /[A-Za-z]/.test(text[i])) i++;
    return i;
  }
  if (/\d/.test(text[i])) {
    while (i < text.length && /[\d.,:/]/.test(text[i])) i++;
    return i;
  }
  return i + 1;
}

function atWordStart(text: string, i: number): boolean {
  return i === 0 || !/[A-Za-z0-9]/.test(text[i - 1]);
}

/** A fraction of a scale word: "half a million" (500,000), "a quarter of a billion", "two-thirds of a million". */
function matchFraction(text: string, i: number, tw: TextWords): NumberMention | null {
  const { FRACTION_START, FRACTION, FRACTIONS, SCALES } = tw;
  if (!atWordStart(text, i) || !FRACTION_START.test(text[i])) return null;
  const m = FRACTION.exec(text.slice(i, i + 40));
  if (!m) return null;
  const part = FRACTIONS[m[1].toLowerCase().split(/[\s-]+/).find((w) => w in FRACTIONS)!];
  return { start: i, end: i + m[0].length, text: m[0], value: Math.round(part * SCALES[m[2].toLowerCase()]), form: 'words' };
}

function matchVague(text: string, i: number, tw: TextWords): NumberMention | null {
  if (!atWordStart(text, i) || !/[A-Za-z]/.test(text[i])) return null;
  const rest = text.slice(i, i + 40);
  for (const [re, lo, hi] of tw.VAGUE) {
    const m = re.exec(rest);
    if (m) {
      const end = i + m[0].length;
      return { start: i, end, text: m[0], value: lo, ...(hi !== lo ? { valueMax: hi } : {}), form: lo === hi ? 'words' : 'vague' };
    }
  }
  return null;
}

/** Digit groups with one repeated thousands separator: "1,240", "19.471", "19 471" (also no-break spaces). */
const GROUPED_RE = /\d{1,3}([,.\u00a0\u202f ])\d{3}(?:\1\d{3})*(?![\d])/y;
const PLAIN_RE = /\d+(?:\.\d+|,\d{1,2}(?!\d))?/y;

/** Reads the digits at i: a grouped integer (with an optional decimal part) or a plain number. */
function readDigits(text: string, i: number, tw: TextWords): { raw: string; value: number; grouped: boolean; decimal: boolean } | null {
  GROUPED_RE.lastIndex = i;
  const g = GROUPED_RE.exec(text);
  if (g) {
    const sep = g[1];
    const after = text.slice(i + g[0].length);
    // "1.125 million": a dot before a scale word is a decimal point, not a thousands separator.
    if (!(sep === '.' && tw.SCALE_AHEAD.test(after))) {
      let raw = g[0];
      const dec = sep === '.' ? /^,(\d{1,2})(?!\d)/.exec(after) : /^\.(\d+)/.exec(after);
      if (dec) raw += dec[0];
      const intPart = g[0].split(sep).join('');
      return { raw, value: Number(`${intPart}${dec ? `.${dec[1]}` : ''}`), grouped: true, decimal: Boolean(dec) };
    }
  }
  PLAIN_RE.lastIndex = i;
  const m = PLAIN_RE.exec(text);
  if (!m) return null;
  return { raw: m[0], value: Number(m[0].replace(',', '.')), grouped: false, decimal: /[.,]/.test(m[0]) };
}

function matchDigits(text: string, i: number, tw: TextWords): NumberMention | null {
  const { RAND_SCALE, NOT_MODEL_CODE, CURRENCY_SIGNS, OTHER_DOLLARS, CLOCK_AFTER, MONTH_BEFORE, MONTH_AFTER, SCALE_AFTER, SHORT_SCALE_AFTER, SCALES, SHORT_SCALES, THOUSAND_K, CURRENCY_WORD_AFTER } = tw;
  if (!/\d/.test(text[i])) return null;
  // A number glued to letters is part of a name or code: "G7", "COVID-19", "A320".
  const before = text.slice(Math.max(0, i - 2), i);
  // …except the rand's "R" before an amount with a scale ("R26 million"); a road "R26" has none.
  const rand = /(?:^|[^A-Za-z])R$/.test(before) && RAND_SCALE.test(text.slice(i, i + 20));
  if (!rand && (/[A-Za-z]$/.test(before) || /[A-Za-z]-$/.test(before))) return null;
  // …or after a short capitalised code and a space: a model's designation ("M 16 rifles", "F 16 jets").
  const code = /(?:^|[^\p{L}\d])(\p{Lu}{1,3}) $/u.exec(text.slice(Math.max(0, i - 5), i));
  if (code && !NOT_MODEL_CODE.test(code[1])) return null;
  if (i > 0 && /[\d.,]/.test(text[i - 1])) return null;
  const d = readDigits(text, i, tw);
  if (!d) return null;
  let end = i + d.raw.length;
  let value = d.value;

  const prefix = text.slice(Math.max(0, i - 5), i);
  let currency: string | undefined;
  let start = i;
  for (const [re, code] of CURRENCY_SIGNS) {
    const cm = re.exec(prefix);
    if (cm) {
      currency = code === 'other dollars' ? OTHER_DOLLARS[/[A-Z]+/.exec(cm[0])![0]] : code || cm[1];
      start = i - cm[0].length;
      break;
    }
  }
  if (rand) {
    currency = 'ZAR';
    start = i - 1;
  }

  // Clock times and numeric dates are never figures.
  const after = text.slice(end, end + 30);
  const beforeLong = text.slice(Math.max(0, i - 12), i);
  let calendar: NumberMention['calendar'];
  if (/^[:.]\d{2}\b/.test(after) && !d.decimal || CLOCK_AFTER.test(after) || /\d:$/.test(before)) calendar = 'time';
  else if (/^[/-]\d{1,2}[/-]\d{2,4}/.test(after) || /^-\d{2}-\d{2}/.test(after) || /\d[/-]$/.test(before)) calendar = 'date';
  else if (MONTH_BEFORE.test(beforeLong) || MONTH_AFTER.test(after)) calendar = 'date';
  else if (!d.grouped && !d.decimal && value >= 1800 && value <= 2100 && d.raw.length === 4) calendar = 'year';

  // Scale words: "1.5 million", "$3bn", "20 billion".
  // "$2.6-million" too; "2m euros": a short scale before a currency word.
  const scale = SCALE_AFTER.exec(after);
  const short = SHORT_SCALE_AFTER.exec(after);
  if (scale) {
    value *= SCALES[scale[1].toLowerCase()];
    end += scale[0].length;
  } else if (short && (currency || THOUSAND_K.test(after) || CURRENCY_WORD_AFTER.test(after.slice(short[0].length)))) {
    value *= SHORT_SCALES[short[1].toLowerCase()];
    end += short[0].length;
  } else if (/^[A-Za-z]/.test(after)) {
    return null; // "24h", "5G", "3rd", "1990s": codes, ordinals and decades do not count anything
  }

  const mention: NumberMention = { start, end, text: text.slice(start, end), value: round(value), form: 'digits' };
  if (currency) mention.currency = currency;
  if (calendar) mention.calendar = calendar;
  return withRangeAndHyphen(text, mention, tw);
}

function matchWords(text: string, i: number, tw: TextWords): NumberMention | null {
  const { UNITS, TENS, SCALES, A, A_SCALE, AND, AND_NUMBER } = tw;
  if (!atWordStart(text, i) || !/[A-Za-z]/.test(text[i])) return null;
  let pos = i;
  let total = 0;
  let current = 0;
  let any = false;
  let end = i;
  // The previous word was a units/tens word, so another one cannot follow ("five six").
  let afterSmall = false;
  while (pos < text.length) {
    WORD_RE.lastIndex = pos;
    const m = WORD_RE.exec(text);
    if (!m || m.index !== pos) break;
    const w = m[0].toLowerCase();
    const [head, tail] = w.split('-');
    let hyphenStop = false;
    if (tail !== undefined && TENS[head] !== undefined && UNITS[tail] !== undefined && UNITS[tail] < 10) {
      if (afterSmall) break;
      current += TENS[head] + UNITS[tail]; // "twenty-five"
      afterSmall = true;
    } else if ((UNITS[head] ?? TENS[head]) !== undefined) {
      if (afterSmall && !(TENS[w] === undefined && current % 10 === 0 && current >= 20 && UNITS[head] < 10)) break;
      current += UNITS[head] ?? TENS[head];
      afterSmall = true;
      hyphenStop = tail !== undefined; // "five-day": the number ends at the hyphen
    } else if (tail === undefined && SCALES[w] !== undefined && any) {
      if (SCALES[w] === 100) current *= 100;
      else {
        total += current * SCALES[w];
        current = 0;
      }
      afterSmall = false;
    } else if (w === A && !any && A_SCALE.test(text.slice(pos, pos + 12))) {
      current = 1; // "a hundred", "a thousand"
      any = true;
      pos = pos + A.length + /^\s+/.exec(text.slice(pos + A.length))![0].length;
      continue;
    } else if (w === AND && any && !afterSmall && AND_NUMBER.test(text.slice(pos, pos + 16))) {
      pos = pos + AND.length + /^\s+/.exec(text.slice(pos + AND.length))![0].length; // "two hundred and fifty"
      continue;
    } else {
      break;
    }
    any = true;
    end = hyphenStop ? pos + head.length : pos + m[0].length;
    if (hyphenStop) break;
    const sp = /^[ \t]+/.exec(text.slice(end));
    if (!sp) break;
    pos = end + sp[0].length;
  }
  if (!any || end === i) return null;
  const mention: NumberMention = { start: i, end, text: text.slice(i, end), value: total + current, form: 'words' };
  return withRangeAndHyphen(text, mention, tw);
}

/** Extends a mention over a range ("30-40", "30 to 40") and records a hyphenated unit ("five-day"). */
function withRangeAndHyphen(text: string, m: NumberMention, tw: TextWords): NumberMention {
  const { RANGE_AFTER, SCALE_AFTER, SHORT_SCALE_AFTER, SCALES, SHORT_SCALES, HYPHEN_SCALE } = tw;
  const after = text.slice(m.end, m.end + 40);
  const range = RANGE_AFTER.exec(after);
  if (range && m.form === 'digits' && !m.calendar) {
    const hi = Number(range[1].replace(/,/g, ''));
    const scaleBy = m.value / Number(m.text.replace(/[^\d.]/g, '') || m.value);
    if (hi * scaleBy > m.value) {
      m.valueMax = round(hi * (Number.isFinite(scaleBy) && scaleBy > 0 ? scaleBy : 1));
      m.end += range[0].length;
      // "2-3 million", "$120-130 million", "$120-130MM": a scale after the range scales both ends.
      const rest = text.slice(m.end, m.end + 20);
      const scale = scaleBy === 1 ? SCALE_AFTER.exec(rest) : null;
      const short = scaleBy === 1 && !scale && m.currency ? SHORT_SCALE_AFTER.exec(rest) : null;
      const by = scale ? SCALES[scale[1].toLowerCase()] : short ? SHORT_SCALES[short[1].toLowerCase()] : 1;
      if (by !== 1) {
        m.value = round(m.value * by);
        m.valueMax = round(m.valueMax * by);
        m.end += (scale ?? short)![0].length;
      }
      m.text = text.slice(m.start, m.end);
    }
  }
  // "two-million-euro": the scale joins the number, the rest is its hyphenated word.
  const scaled = HYPHEN_SCALE.exec(text.slice(m.end, m.end + 30));
  if (scaled && m.form === 'words') {
    m.value = round(m.value * SCALES[scaled[1].toLowerCase()]);
    m.end += scaled[0].length;
    m.text = text.slice(m.start, m.end);
  }
  const hyphen = /^-([A-Za-z]+(?:-[A-Za-z]+)?)/.exec(text.slice(m.end, m.end + 30));
  if (hyphen) m.hyphenWord = hyphen[1].toLowerCase();
  return m;
}

/**
 * "between 2 and 3 million": the first number of a range read as two mentions takes the scale written
 * after the second, as "2-3 million" does (withRangeAndHyphen). Only a first number written without a
 * scale of its own, and only when it stays below the second.
 */
export function scaledLike(first: NumberMention, second: NumberMention): number {
  const written = (m: NumberMention) => Number(m.text.replace(/[^\d.]/g, ''));
  if (first.form !== 'digits' || second.form !== 'digits' || !(written(first) > 0) || !(written(second) > 0)) return first.value;
  const by = second.value / written(second);
  if (first.value !== written(first) || !(by > 1)) return first.value;
  const value = round(first.value * by);
  return value < second.value ? value : first.value;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** Created when first used: a start-up snapshot cannot hold an Intl object. */
let numberFormat: Intl.NumberFormat | undefined;

/** Formats a value for display: "6,000", "1.5 million", "3 billion". */
export function formatNumber(v: number): string {
  const fmt = (x: number) => (numberFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })).format(x);
  if (v >= 1e9 && v % 1e7 === 0) return `${fmt(v / 1e9)} billion`;
  if (v >= 1e6 && v % 1e4 === 0) return `${fmt(v / 1e6)} million`;
  return fmt(v);
}
