// Analysis stage (figures): finds every reported quantity in an article — the number, its qualifier,
// what is counted, what happened to it, who said so — with a verbatim quote. Dates, clock times,
// years, ordinals and numbers that count nothing named are left out: they are not figures.
import type { Article, SourceParagraph } from '../../content/types.js';
import { findNumbers, type NumberMention, scaledLike } from '../text/numbers.js';
import { clauseAround, clauseQuote } from '../text/clauses.js';
import { splitSentences, type Span } from '../text/sentences.js';
import { alternation, type EventWord, lang, listPattern, perPack, type UnitNoun } from '../lang/index.js';
import { isQuoteMark, joinNorm, tokenize, type Token } from '../text/words.js';
import { intervalOf, intervalsOverlap, qualifierBefore, type Interval } from './qualifiers.js';
import { isHedged, whoSaid } from './attribution.js';
import { readAppositionAges } from './ages.js';
import { readCrowds } from './crowds.js';
import { readMeasures } from './measures.js';
import { readDistances } from './distances.js';
import { readMagnitudes, type Shock, shockAfter, shockCarried } from './shocks.js';
import { readOrdinals } from './ordinals.js';
import { readRecords } from './records.js';
import { readRounds } from './rounds.js';
import { readTerms } from './terms.js';
import { readTimes } from './times.js';
import { readDifferences } from './differences.js';
import { readGaps } from './gaps.js';
import { givenName, isNameWord, type SpecialReading } from './special.js';
import { earlierMonth, eventStartMonth, MONTH_NAMES, monthIndex, monthNumber, reportDay, type ReportTime, statedDay } from './reportDates.js';
import { isDateWord, isDemonym } from '../actors/wordTags.js';

export interface Quantity {
  source: string;
  paragraph: number;
  value: number;
  valueMax?: number;
  /** The source's own qualifying words ("almost", "as many as"), or null. */
  qualifier: string | null;
  /** A vague amount's words ("dozens"): it has no number of its own, only the interval they allow. */
  wording?: string;
  interval: Interval;
  /** Class of what is counted: "person", "military", "money", "age"… */
  cls: string;
  /** Canonical nouns the source used for it ("troops", "vehicles"). */
  nouns: string[];
  event: string | null;
  /** What an age, a length of time, an amount or a share is of ("shutdown", "budget"). */
  subject: string | null;
  currency?: string;
  /** Tells apart quantities of one kind that are not one quantity (two records, two knockdowns). */
  facet?: string;
  /** The first name written before the surname a subject is ("Gary" of "Gary Doe"): two Does are two people. */
  given?: string;
  /** Read without its pair or owner ("his 41st victory"): it joins the one figure it fits, if any. */
  loose?: boolean;
  /** For a count with no event the lexicon knows: the verb the sentence says happened to it, as a participle ("overpowered"). */
  verb?: string;
  /** An age from reports of one time, when the row's reports span several: that time's month ("June 2031"). */
  reported?: string;
  /** Mentions with the same key count the same thing. */
  key: string;
  background: boolean;
  /** For background: the earlier year the count belongs to ("2019"), or "past". */
  era: string | null;
  quote: string;
  /** Offset of the quote in the paragraph text. */
  quoteStart: number;
  attribution: string | null;
  /** The sentence reports the amount as someone's claim ("allegedly numbering…"). */
  hedged: boolean;
  /** Offsets of the number (with its qualifier) in the paragraph text. */
  start: number;
  end: number;
}

/** The figures' words of the corpus's language (lang/en-figures.ts for English). */
const F = () => lang().figures;

/** Units a change or a margin is counted in ("an 8-win improvement", "a 12-point lead"), and the change. */
const MARGIN_UNIT = perPack((l) => listPattern(l.figures.MARGIN_UNITS, '', '^', 's?$'));
const MARGIN_NOUN = perPack((l) => listPattern(l.figures.MARGIN_NOUNS, '', '^', '$'));
const CHANGES = perPack((l): ReadonlySet<string> => new Set(l.figures.CHANGE_NOUNS));
const NOT_MARGIN_AFTER = perPack((l) => listPattern(l.figures.NOT_MARGIN_AFTER, '', '^', '$'));
const GUN_KIND = perPack((l) => listPattern(l.figures.GUN_KINDS, '', '^', '$'));
/** A percentage or an amount with a currency sign: two of them in a sentence are a pair said once. */
const SHARE_OR_SUM = perPack((l) => new RegExp(`\\d\\s?(?:${alternation(l.figures.PERCENT_WORDS)})|[$€£]\\s?\\d`, 'gi'));
const COMPARATIVE_AFTER = perPack((l) => listPattern(l.figures.COMPARATIVES, 'i', '^\\s+', '\\b'));
const CHANGE_BEFORE = perPack((l) => listPattern(l.figures.CHANGE_VERBS, 'i', '\\b', '\\s+$'));
const FURTHER_AFTER = perPack((l) => listPattern(l.figures.FURTHER_AFTER, 'i', '^\\s+', '\\b'));
const FURTHER_BEFORE = perPack((l) => listPattern(l.figures.FURTHER_BEFORE, 'i', '\\b', '\\s+$'));

/** How far back end-anchored patterns look before a number (longer than any phrase they match). */
const LOOKBEHIND = 120;

/**
 * `fallbackYear`: the year of the cluster's reports, for an article that gives no date of its own (then
 * its own latest dateline or stamp is tried first).
 */
export function findQuantities(article: Article, fallbackYear: number | null = null, eventStart: number | null = null): Quantity[] {
  const out: Quantity[] = [];
  const day = reportDay(article);
  const year = article.meta.date ? Number(article.meta.date.slice(0, 4)) : statedYear(article) ?? fallbackYear;
  // The report's own month, when its date gives one: how long before it the year before was.
  const month = /^\d{4}-(\d\d)/.exec(article.meta.date ?? '')?.[1];
  const when: ReportTime = { own: day ? monthIndex(day.year, day.month) : null, eventStart: eventStart ?? (day ? eventStartMonth([day]) : null) };
  let previous = '';
  // Which earthquake the sentences are about: the event's, or a foreshock or earlier quake told of before.
  let shock: Shock = 'main';
  for (const p of article.paragraphs) {
    // What came before a sentence (this ¶ and the one before), where "he said" finds its speaker.
    for (const s of unitsOf(p)) {
      const about = shockCarried(s.text, shock);
      const found = sentenceQuantities(article.id, p.n, s, year, `${previous}\n${p.text.slice(0, s.start)}`, about, month ? Number(month) : null);
      out.push(...found.map((q) => datedEarlier(q, s, when)));
      shock = shockAfter(s.text, about);
    }
    previous = p.text;
  }
  return out;
}

/** What happened in an event (a toll, damage, arrests) or a quake's magnitude: dated by a month, it may be an earlier event's. */
const DATED_EVENTS = new Set(['death', 'injury', 'arrest', 'displace', 'damage', 'missing', 'rescue', 'affected', 'infection']);

/**
 * A toll or a magnitude dated to a month before the event began ("killed 5,000 in December", "a quake
 * last month") is an earlier event's. Ages, records and lengths of time dated by what ended them ("fired
 * March 2 after four seasons") are still about this event's people.
 */
function datedEarlier(q: Quantity, s: Span, when: ReportTime): Quantity {
  if (q.background || !(q.cls === 'magnitude' || q.event && DATED_EVENTS.has(q.event))) return q;
  const start = q.start - s.start;
  const end = q.end - s.start;
  const era = earlierMonth(s.text, clauseAround(s.text, start, end)[1], { start, end }, when);
  if (!era) return q;
  const dated = { ...q, era, background: true };
  return { ...dated, key: `bg ${era}|${q.key}` };
}

/**
 * The stretches of a paragraph read one at a time: sentences; a list's items (a "Label: 223" item must
 * not lend its number to the next item's label). Tables are skipped: their rows break a figure down
 * (per district, per day) rather than report it.
 */
function unitsOf(p: SourceParagraph): readonly Span[] {
  if (p.block.type === 'table') return [];
  if (p.block.type !== 'list') return splitSentences(p.text);
  const spans: Span[] = [];
  for (const item of p.block.items) {
    const raw = p.text.slice(item.start, item.end);
    const t = raw.trim();
    if (!t) continue;
    const at = item.start + raw.length - raw.trimStart().length;
    spans.push(...splitSentences(t).map((s) => ({ text: s.text, start: at + s.start, end: at + s.end })));
  }
  return spans;
}

/** An undated report is of the year of the latest full date it states (a dateline, a publication stamp), if any. */
export function statedYear(article: Article): number | null {
  return statedDay(article)?.year ?? null;
}

function sentenceQuantities(source: string, paragraph: number, s: Span, year: number | null, earlier: string, shock: Shock = 'main', month: number | null = null): Quantity[] {
  const text = s.text;
  const tokens = tokenize(text);
  const found: Quantity[] = [];
  // Readers of one kind of statement (records, rounds, ages in apposition, counting ordinals) go first;
  // the numbers they read are theirs.
  const claimed: [number, number][] = [];
  for (const r of [...readRecords(text), ...readRounds(text), ...readAppositionAges(text), ...readOrdinals(text), ...readMeasures(text), ...readMagnitudes(text, shock, year), ...readDistances(text, shock, year), ...readTerms(text), ...readCrowds(text), ...readTimes(text), ...readDifferences(text), ...readGaps(text)]) {
    if (claimed.some(([a, b]) => r.numStart < b && a < r.numEnd)) continue;
    claimed.push([r.numStart, r.numEnd]);
    if (!r.claimOnly) found.push(specialQuantity(source, paragraph, s, r, year, earlier, month));
  }
  const nums = findNumbers(text).filter((n) => !claimed.some(([a, b]) => n.start < b && a < n.end));
  // Where each found count's phrase ends, for "and 120 more" / "including three" inheritance.
  let prev: Previous | null = null;
  const skip = new Set<number>();
  for (let k = 0; k < nums.length; k++) {
    if (skip.has(k)) continue;
    const num = { ...nums[k] };
    const next = nums[k + 1];
    // "between 30 and 40": one range.
    if (next && F().RANGE_BEFORE.test(text.slice(0, num.start)) && F().RANGE_BETWEEN.test(text.slice(num.end, next.start))) {
      num.value = scaledLike(num, next);
      num.valueMax = next.value;
      num.end = next.end;
      skip.add(k + 1);
    }
    // Negation is not a count: "no one was killed", "not one person was hurt".
    // (also "No-one was injured", written with a hyphen)
    if (F().NEGATED_COUNT.test(text.slice(Math.max(0, num.start - 20), num.start))) continue;
    const limit = nums.find((n, j) => j > k && !skip.has(j) && n.start >= num.end)?.start ?? text.length;
    const q = readQuantity(text, tokens, num, limit, prev);
    if (!q) continue;
    // "two-million-euro ($2.6-million)": the same amount in another currency is one figure, given once.
    const before = found[found.length - 1];
    if (q.cls === 'money' && before?.cls === 'money' && before.currency !== (q.currency ?? num.currency)
      && F().SAME_AMOUNT_AGAIN.test(text.slice(before.end - s.start, q.phraseStart))) continue;
    const clause = clauseAround(text, q.coreStart, q.coreEnd);
    // "valid only with a turnout above 50 percent", "a threshold of 5%": a rule's number, not the event's.
    if (REQUIREMENT().test(text.slice(clause[0], clause[1]))) continue;
    // "under the legal limit of 0.08 percent", "a cap of 40 people": a rule's number, said right before it.
    if (F().LIMIT_BEFORE.test(text.slice(Math.max(0, q.phraseStart - 30), q.phraseStart))) continue;
    const quoteSpan = clauseQuote(text, q.coreStart, q.coreEnd);
    found.push({
      source, paragraph,
      value: num.value,
      ...(num.valueMax !== undefined ? { valueMax: num.valueMax } : {}),
      qualifier: q.qualifier,
      // A vague amount ("hundreds") keeps its words: a number would be one the source never gave.
      ...(num.form === 'vague' ? { wording: num.text.toLowerCase() } : {}),
      interval: intervalOf(num.value, num.valueMax, num.form === 'vague' ? null : q.qualifier),
      cls: q.cls, nouns: q.nouns, event: q.event, subject: q.subject,
      ...(q.currency ? { currency: q.currency } : {}),
      ...(q.given ? { given: q.given } : {}),
      ...(q.loose ? { loose: true } : {}),
      ...(q.facet ? { facet: q.facet } : {}),
      key: '',
      background: false,
      era: backgroundEra(text, clause, year, num, month),
      quote: text.slice(quoteSpan[0], quoteSpan[1]),
      quoteStart: s.start + quoteSpan[0],
      attribution: whoSaid(text, q.phraseStart, earlier, isHedged(text, q.phraseStart)),
      hedged: isHedged(text, q.phraseStart),
      start: s.start + q.phraseStart,
      end: s.start + num.end,
    });
    const last = found[found.length - 1];
    last.background = last.era !== null;
    if (!q.event && countedClasses().has(q.cls)) {
      const verb = verbOfCount(text, q.phraseStart, q.coreEnd);
      if (verb) last.verb = verb;
    }
    // A rival estimate is of the count before it, whatever its number ("police put the number at 1,200").
    last.key = q.rivalEstimate && prev ? prev.key : keyOf(last);
    // Two different amounts of one kind in one sentence are two things ("the opposition won 42%, the
    // ruling party 38%"), not a contradiction: the later one is told apart — unless it is a rival
    // estimate ("police put the number at 1,200").
    const clash = found.slice(0, -1).filter((o) => o.key === last.key && !intervalsOverlap(o.interval, last.interval));
    if (clash.length && !q.rivalEstimate) last.key += `#${clash.length + 1}`;
    prev = { event: q.event, cls: q.cls, nouns: q.nouns, subject: q.subject, coreEnd: q.coreEnd, key: last.key };
  }
  return found;
}

function specialQuantity(source: string, paragraph: number, s: Span, r: SpecialReading, year: number | null, earlier: string, month: number | null = null): Quantity {
  const text = s.text;
  const clause = clauseAround(text, r.coreStart, r.coreEnd);
  const [l, rt] = clauseQuote(text, r.coreStart, r.coreEnd);
  // An earlier quake's magnitude is background even when no year says so.
  const era = backgroundEra(text, clause, year, { start: r.numStart, end: r.numEnd }, month) ?? r.era ?? null;
  const q: Quantity = {
    source, paragraph, value: r.value, qualifier: r.qualifier ?? null, interval: intervalOf(r.value, undefined, r.qualifier ?? null),
    cls: r.cls, nouns: r.nouns, event: r.event, subject: r.subject,
    ...(r.facet ? { facet: r.facet } : {}),
    ...(r.given ? { given: r.given } : {}),
    ...(r.cls === 'record' && !r.facet || r.cls === 'streak' && r.subject === 'contest' ? { loose: true } : {}),
    key: '', background: era !== null, era,
    quote: text.slice(l, rt), quoteStart: s.start + l,
    attribution: whoSaid(text, r.coreStart, earlier, isHedged(text, r.coreStart)),
    hedged: isHedged(text, r.coreStart),
    start: s.start + r.coreStart, end: s.start + r.numEnd,
  };
  // A whole record ("41-2") names itself: whose it is only labels it, as the owner is often "he".
  q.key = keyOf(r.cls === 'record' && r.facet ? { ...q, subject: null } : q);
  return q;
}

type Previous = Pick<Quantity, 'event' | 'cls' | 'nouns' | 'subject' | 'key'> & { coreEnd: number };

/** What one number's surroundings say, with the span of the words that say it (for the quote). */
type Reading = Pick<Quantity, 'qualifier' | 'cls' | 'nouns' | 'event' | 'subject' | 'currency' | 'given' | 'loose' | 'facet'> & {
  phraseStart: number;
  coreStart: number;
  coreEnd: number;
  /** "…police put the number at 1,200": a rival estimate of the count just before. */
  rivalEstimate?: boolean;
};

/** What every reader of one number starts from: its qualifier and the tokens on either side of it. */
interface Phrase {
  base: Pick<Reading, 'qualifier' | 'phraseStart' | 'coreStart'>;
  phraseStart: number;
  /** Tokens after the number, up to the next number. */
  after: Token[];
  /** Tokens before the phrase (the qualifier excluded). */
  before: Token[];
}

/** What a plain count says so far; each reader after the first fills in what it can. */
interface Draft {
  cls: string | null;
  nouns: string[];
  event: string | null;
  currency?: string;
  coreStart: number;
  coreEnd: number;
  /** "People killed: 223": where the label before the colon starts in the sentence. */
  labelStart: number | null;
  /** A noun of the lexicon follows the number ("three people"), as against a class read from its event. */
  nounAfter?: boolean;
  /** The noun says only that people are counted ("40 people"), not who they are. */
  generic?: boolean;
  /** A plural noun the lexicon does not know follows the number ("four factors"): it is what is counted. */
  ownNoun?: { end: number; noun: string };
  /** The event is said of the counted noun itself: right after it ("…were killed") or as the verb right before the number. */
  eventOfNoun?: boolean;
  /** "three nearly killed": the event word is there, but it did not happen. */
  nearMiss?: boolean;
}

/**
 * What one number counts. Readers of one written form decide alone (a hyphenated unit, a rival
 * estimate, a time); otherwise a plain count is read in steps (`plainCount`).
 */
function readQuantity(text: string, tokens: Token[], num: NumberMention, limit: number, prev: Previous | null): Reading | null {
  const phrase = phraseAround(text, tokens, num, limit);
  if (countsNothing(text, num, phrase) || isDistance(text, phrase.after)) return null;
  // "There might have been three people hurt": a guess whether there were any, not a count anyone reports.
  if (F().SPECULATION_BEFORE.test(text.slice(Math.max(0, phrase.phraseStart - 40), phrase.phraseStart))) return null;
  if (num.hyphenWord) {
    const hyphenated = hyphenatedReading(text, tokens, num, limit, phrase);
    if (hyphenated !== undefined) return hyphenated;
  }
  const rival = rivalReading(text, phrase, num, prev);
  if (rival) return rival;
  const d = countedAfter(text, num, phrase.after, phrase.phraseStart);
  if (d === 'time') return timeReading(text, num, phrase.after, phrase.before, phrase.base);
  return plainCount(text, tokens, num, limit, prev, phrase, d);
}

/** The number with the qualifier before it, and the tokens on either side (after it: up to the next number). */
function phraseAround(text: string, tokens: Token[], num: NumberMention, limit: number): Phrase {
  const qual = qualifierBefore(text.slice(0, num.start));
  const phraseStart = num.start - (qual?.length ?? 0);
  const after = startingIn(tokens, num.end, limit);
  const before = tokens.slice(0, firstAt(tokens, (t) => t.end > phraseStart));
  return { base: { qualifier: qual?.words ?? null, phraseStart, coreStart: phraseStart }, phraseStart, after, before };
}

/** A date or a clock time (a year only before a counted noun), a year's last two digits, an address: they count nothing. */
function countsNothing(text: string, num: NumberMention, { after }: Phrase): boolean {
  if (num.calendar && !(num.calendar === 'year' && after[0] && unitAt(after, 0))) return true;
  // "in 1998 dollars": the year prices are counted in, no amount.
  if (num.calendar === 'year' && unitAt(after, 0)?.noun.cls === 'money') return true;
  // "Studio '11", "the 4300 block of Main Street": a year and an address count nothing.
  if (/['’]$/.test(text.slice(0, num.start)) && /^\d\d$/.test(num.text) || F().ADDRESS_AFTER.test(text.slice(num.end, num.end + 8))) return true;
  // "the Comet 9100 is missing a camera", "Apollo 11 landed": digits right after a name inside the
  // sentence are part of the name (a model, a mission) — unless a counted noun follows ("Rivertown 12 people").
  const named = /(?<=\S\s+)(\p{Lu}[\p{L}-]*)\s+$/u.exec(text.slice(Math.max(0, num.start - 30), num.start));
  // (Not a verb of a title-case headline: "Quake Kills 12 In Rivertown".)
  const word = named?.[1].toLowerCase() ?? '';
  if (named && num.form === 'digits' && !num.currency && !isDateWord(named[1]) && !unitAt(after, 0) && !eventWord(word) && !lang().LIKELY_VERB.test(word)) return true;
  // "one of the best surgeons", "two of the most popular shows": a ranking, no count.
  const whole = F().PART_OF_WHOLE.exec(text.slice(num.end, num.end + 40));
  if (whole && F().SUPERLATIVE.test(text.slice(num.end + whole[0].length, num.end + whole[0].length + 20))) return true;
  // "a 13-10 loss", "their 27-17 lead": two numbers joined by a dash that make no range are a score.
  return num.valueMax === undefined && num.form === 'digits' && (/^[-–]\d/.test(text.slice(num.end, num.end + 2)) || /\d[-–]$/.test(text.slice(Math.max(0, num.start - 2), num.start)));
}

/**
 * "arrested four buildings away", "two doors down the street", "two wins away from a title": the
 * number counts the units of a distance, not things something happened to. Any plural noun before
 * "away" or a direction; only nouns a distance is counted in before "from" ("two people from the
 * village" are people).
 */
function isDistance(text: string, after: Token[]): boolean {
  const { DISTANCE_AFTER, DISTANCE_FROM } = F();
  for (let k = 0; k < 2 && k < after.length; k++) {
    const t = after[k];
    if (t.punct || !/^\p{Ll}/u.test(t.text)) return false;
    const rest = text.slice(t.end, t.end + 30);
    const spatial = SPATIAL_NOUNS().has(t.norm);
    if ((spatial || /s$/.test(t.norm)) && DISTANCE_AFTER.test(rest) || spatial && DISTANCE_FROM.test(rest)) return true;
  }
  return false;
}

const SPATIAL_NOUNS = perPack((l): ReadonlySet<string> => new Set(l.figures.SPATIAL_NOUNS));

/**
 * A plain count, in steps: what is counted and what happened to it (`whatIsCounted`); whether it is a
 * figure at all (`notAFigure`); then what it is of, and whether it is a further set beside the one before.
 */
function plainCount(text: string, tokens: Token[], num: NumberMention, limit: number, prev: Previous | null, phrase: Phrase, d: Draft): Reading | null {
  if (!whatIsCounted(text, tokens, num, limit, prev, phrase, d)) return null;
  if (notAFigure(text, num, phrase.phraseStart, d)) return null;
  const { cls, nouns, currency, coreStart, coreEnd } = d;
  // Troops said to be involved are deployed; troops nothing is said to have happened to are no key figure
  // ("the gang's 200 foot soldiers"), nor is equipment ("stole three guns" is no deployment).
  const event = cls === 'military' && d.event === 'involve' ? 'deploy' : d.event;
  const further = furtherSet(text, num, phrase.phraseStart, cls);
  const subject = sharedSubject(text, cls, subjectOf(text, num, phrase.phraseStart, d), prev);
  if (!currency && cls === 'money') return null;
  if (poundsOfWeight(text, num, phrase.phraseStart, d)) return null;
  return { ...phrase.base, cls, nouns, event, subject, ...(currency ? { currency } : {}), ...(further ? { facet: 'others' } : {}), coreStart, coreEnd };
}

/**
 * What is counted (the noun after the number, a currency, the whole it is part of, a label before it)
 * and what happened to it; false when nothing is. Fills in `d`.
 */
function whatIsCounted(text: string, tokens: Token[], num: NumberMention, limit: number, prev: Previous | null, phrase: Phrase, d: Draft): d is Draft & { cls: string } {
  // "$3bn", "€20m": the currency sign says what is counted — also before a noun ("a $13 billion
  // acquisition of technology services" counts no services).
  if (num.currency && d.cls && d.cls !== 'money') Object.assign(d, { cls: null, nouns: [], event: null, nounAfter: false, generic: false, coreEnd: num.end });
  if (!d.cls && d.currency) {
    d.cls = 'money';
    d.nouns = [d.currency];
  }
  // "a 1981 customs-fraud case", "a 2019 police raid": a year before a noun that modifies another is a date.
  if (num.calendar === 'year' && d.nounAfter && !yearCountEnds(text.slice(d.coreEnd))) return false;
  // "won 87 of the 150 seats": a part of a whole counts what the whole counts.
  if (!d.cls && !countedInWhole(text, tokens, num, d)) return false;
  if (!d.cls) countedInLabel(text, phrase, num, d);
  eventOf(text, tokens, limit, phrase, prev, d);
  // "four aggravating factors that would make her eligible", "voted at 3,000 kiosks": the number counts the
  // noun written after it, which the lexicon does not know — not people, whatever the sentence says
  // happened to someone. Only what the sentence says of that noun itself ("12 delegates were killed",
  // "killed 12 delegates") makes them the event's people.
  if (!d.cls && d.event && d.ownNoun && !d.eventOfNoun) return false;
  // ("mailed 4,000 flyers", "winning eight matches": a noun named earlier in the sentence is not what they count.)
  if (!d.cls && d.event && d.ownNoun && !HUMAN_EVENTS.has(d.event)) return false;
  // ("6,000 websites had been infected": computers, sites and files are infected as well as people — the
  // row names them; "12 delegates were killed" are people.)
  if (!d.cls && d.event === 'infection' && d.ownNoun) Object.assign(d, { cls: `${OWN_CLASS}${d.ownNoun.noun}`, nouns: [d.ownNoun.noun] });
  if (!d.cls && d.event && !classOfEvent(phrase.before, d)) return false;
  // "arrested four buildings away", "children damaged": an event that happens only to living beings, or
  // only to things, is not what happened to the other kind.
  if (d.cls && d.event && !eventFits(d.cls, d.event)) d.event = null;
  // "1.8 million eligible voters" are the people eligible to vote, as "1.8 million people are eligible" says.
  if (d.cls === 'electorate') Object.assign(d, { cls: 'person', nouns: ['people'], event: 'eligible' });
  return d.cls !== null;
}

/** A count that is no key figure: a pronoun "one", people nothing happened to, an age at death, a parent's children, a percentage change. */
function notAFigure(text: string, num: NumberMention, phraseStart: number, { cls, event, nounAfter, generic, coreEnd }: Draft): boolean {
  // A bare "one" is a pronoun far more often than a count ("the one they were looking for", "one was
  // rescued"): it counts only a noun written after it.
  if (num.form === 'words' && num.value === 1 && !nounAfter) return true;
  // "More than 40 people said they heard it", "a poll of 800 people": people with nothing read about
  // what happened to them are no key figure — the row could only be labelled "people".
  if (cls === 'person' && !event && generic) return true;
  // "died at 81", "dies at age 81": an age, not a toll.
  // ("a mother of nine": her children, not the toll of the sentence's verb.)
  const lead = text.slice(Math.max(0, phraseStart - 40), phraseStart);
  if (F().DIED_AT.test(lead) || F().PARENT_OF.test(lead)) return true;
  // "45 percent faster", "shares fell 3%": a change, not a share of anything the row could name.
  return cls === 'percent' && (COMPARATIVE_AFTER().test(text.slice(coreEnd, coreEnd + 20)) || CHANGE_BEFORE().test(text.slice(Math.max(0, phraseStart - 30), phraseStart)));
}

/**
 * "two other pistols", "the other four trucks", "seven more people were arrested": a further set beside
 * the count before, not a rival figure for it.
 */
function furtherSet(text: string, num: NumberMention, phraseStart: number, cls: string): boolean {
  return countedClasses().has(cls) && (FURTHER_AFTER().test(text.slice(num.end, num.end + 12))
    || FURTHER_BEFORE().test(text.slice(Math.max(0, phraseStart - 12), phraseStart)));
}

/**
 * "…won 42% of the vote, while the ruling party took 38 percent": a share said once for both takes the
 * subject of the one before. (A pair only: "40% with one country, 35% with another, 25% with a third" is
 * a breakdown.)
 */
function sharedSubject(text: string, cls: string, subject: string | null, prev: Previous | null): string | null {
  const pair = (text.match(SHARE_OR_SUM()) ?? []).length === 2;
  return pair && (subject === 'share' || subject === 'amount') && prev?.cls === cls && prev.subject && prev.subject !== subject ? prev.subject : subject;
}

/** "2.4 pounds" with no £ and nothing about money near it is a weight as often as a sum: left out. */
function poundsOfWeight(text: string, num: NumberMention, phraseStart: number, { currency, coreEnd }: Draft): boolean {
  if (currency !== 'GBP' || num.currency) return false;
  // "100,000 pounds of cheese": pounds of a thing are its weight, whatever the size (not "pounds of public money").
  const of = F().OF_COMPLEMENT.exec(text.slice(coreEnd, coreEnd + 40));
  if (of && !MONEY_WORDS().test(of[0])) return true;
  return num.value < 1e5 && !MONEY_WORDS().test(text.slice(Math.max(0, phraseStart - 60), coreEnd + 40));
}

/** Words in -ed that describe rather than tell what was done ("armed guards", "two hundred"). */
const NOT_DONE = perPack((l) => listPattern(l.figures.NOT_DONE, '', '^', '$'));
/** The words between a verb and its count, at the end of the text before the count. */
const DETERMINERS = perPack((l) => listPattern(l.figures.DETERMINERS, 'i', '(?:\\s+', ')*\\s*$'));

/**
 * What was done to a count the lexicon has no event for, read from its verb: active before it
 * ("overpowered two guards", "recovered nine rifles") or passive after its noun ("11 employees have been
 * recommended for termination"). Null when no verb tells it — the row could only name the noun.
 */
function verbOfCount(text: string, phraseStart: number, coreEnd: number): string | null {
  const { PASSIVE, IRREGULAR_PAST, REGULAR_PAST } = F();
  const passive = PASSIVE.exec(text.slice(coreEnd, coreEnd + 60));
  const participle = (w: string | undefined): string | null => {
    if (!w || NOT_DONE().test(w) || eventWord(w)) return null;
    if (IRREGULAR_PAST[w]) return IRREGULAR_PAST[w];
    return w.length >= 5 && REGULAR_PAST.test(w) ? w : null;
  };
  const fromPassive = participle(passive?.[1]);
  if (fromPassive) return fromPassive;
  // The verb right before the count, past its article and hedges ("recovered at least nine", "took the two");
  // not across a preposition ("registered at 5,300 stations" registered no stations).
  const w = /(?:^|\s)([a-z]+)$/.exec(text.slice(Math.max(0, phraseStart - 80), phraseStart).replace(DETERMINERS(), ''))?.[1];
  return participle(w);
}

/** After "1856 people": the count's noun phrase ends (punctuation, a verb, a preposition), as a count's does and a modifier's does not. */
function yearCountEnds(rest: string): boolean {
  const next = /^\s*([^\s]+)/.exec(rest)?.[1] ?? '';
  if (!next || /^[.,;:!?)'"’”]/.test(next)) return true;
  if (/^-/.test(next)) return false;
  const word = next.toLowerCase().replace(/[^a-z']/g, '');
  return lang().PHRASE_END.has(word) || lang().LIKELY_VERB.test(word) || eventWord(word) !== undefined;
}

/**
 * Hyphenated forms: "74-year-old", "a five-day shutdown", "a 2,000-strong force". Undefined when the
 * hyphenated word is a percentage ("12-percent"), which is read as a plain count.
 */
function hyphenatedReading(text: string, tokens: Token[], num: NumberMention, limit: number, { base, before }: Phrase): Reading | null | undefined {
  const { AMOUNT_SUBJECTS, DURATION_SUBJECTS, TIME_UNIT, amountSubject } = lang();
  const { AGE_HYPHEN, HYPHEN_CURRENCIES, BORE_UNITS, STRENGTH, PERCENT_HYPHENS } = F();
  const hw = num.hyphenWord!;
  const hyphenEnd = tokens.find((t) => t.start <= num.start && t.end > num.end)?.end ?? num.end;
  const rest = startingIn(tokens, hyphenEnd, limit);
  if (AGE_HYPHEN.test(hw)) {
    // "the then 16-year-old", "then- 16-year-old": an age at an earlier time, not the person's age in the report.
    if (F().THEN_BEFORE.test(text.slice(Math.max(0, base.phraseStart - 8), base.phraseStart))) return null;
    // "the 50-year-old's love of…": whose, only a name before it can say.
    const owner = /[’']s$/.test(text.slice(num.start, hyphenEnd)) ? null : ageOwnerAfter(rest);
    // "Doe's 30-year-old record", "Doe's 12-year-old son": the age is of what Doe has, never Doe's own.
    const named = /[’']s$/.test(before[before.length - 1]?.text ?? '') ? null : nameBefore(before);
    if (!owner && !named) return null;
    // "Jane Doe, the 81-year-old former leader": the name before wins over the noun after.
    if (!owner || named && !/^\p{Lu}/u.test(owner.subject)) return { ...base, cls: 'age', nouns: ['age'], event: null, subject: named, coreEnd: hyphenEnd };
    return { ...base, cls: 'age', nouns: ['age'], event: null, subject: owner.subject, ...(owner.given ? { given: owner.given } : {}), ...(owner.loose ? { loose: true } : {}), coreEnd: owner.end };
  }

  if (TIME_UNIT.test(hw)) {
    const subj = firstMatch(DURATION_SUBJECTS, text.slice(hyphenEnd, hyphenEnd + 40));
    if (!subj) return null;
    // "another five-year sentence": a further term beside the one before, not a rival length of it.
    const further = FURTHER_BEFORE().test(text.slice(Math.max(0, base.phraseStart - 12), base.phraseStart));
    return { ...base, cls: 'duration', nouns: [hw.replace(/s$/, '') + 's'], event: null, subject: subj.word, ...(further ? { facet: 'others' } : {}), coreEnd: hyphenEnd + subj.end };
  }
  // "a two-million-euro contract": a currency written as the hyphenated word (pounds only with a scale: "a 200-pound man" weighs).
  const hyphenCurrency = HYPHEN_CURRENCIES[hw.replace(/s$/, '')];
  if (hyphenCurrency && (hyphenCurrency !== 'GBP' || num.value >= 1e6)) {
    const subj = nearestMatch(AMOUNT_SUBJECTS, text, num.start);
    return { ...base, cls: 'money', nouns: [hyphenCurrency], event: null, subject: subj ? amountSubject(subj) : 'amount', currency: hyphenCurrency, coreEnd: hyphenEnd };
  }
  // "a 20-gauge shotgun": the bore of the weapon named after it.
  if (BORE_UNITS.includes(hw)) {
    const what = rest.find((t) => !t.punct && /^\p{Ll}/u.test(t.text) && !GUN_KIND().test(t.norm));
    if (!what) return null;
    return { ...base, cls: 'gauge', nouns: [hw], event: null, subject: what.norm, coreEnd: what.end };
  }
  // "an 8-win improvement", "a 12-point victory": a change or a margin counted in the hyphenated unit.
  // ("a 7-game win streak" is a streak: the change noun must end the phrase.)
  const change = MARGIN_UNIT().test(hw) && !NOT_MARGIN_AFTER().test(rest[1]?.norm ?? '') ? rest[0] && MARGIN_NOUN().exec(rest[0].norm) : null;
  if (change) {
    const noun = change[0];
    const subject = F().MARGIN_OF[noun] ?? noun;
    // A lead or a margin changes through a game and differs between games: only the same number is the same one.
    return { ...base, cls: 'margin', nouns: [`${hw.replace(/s$/, '')}s`], event: null, subject, ...(CHANGES().has(noun) ? {} : { facet: String(num.value) }), coreEnd: rest[0].end };
  }
  if (hw === STRENGTH) return { ...base, cls: 'military', nouns: ['troops'], event: 'deploy', subject: null, coreEnd: hyphenEnd };
  if (!PERCENT_HYPHENS.includes(hw)) return null;
  return undefined;
}

/** "…organisers said; police put the number at 1,200": the same count as the one before, estimated by someone else. */
function rivalReading(text: string, { base, phraseStart }: Phrase, num: NumberMention, prev: Previous | null): Reading | null {
  const rivalFrom = Math.max(0, phraseStart - LOOKBEHIND);
  const rival = F().RIVAL_ESTIMATE.exec(text.slice(rivalFrom, phraseStart));
  if (!rival || !prev) return null;
  return { ...base, cls: prev.cls, nouns: prev.nouns, event: prev.event, subject: prev.subject, coreStart: rivalFrom + rival.index, coreEnd: num.end, rivalEstimate: true };
}

/** What is counted: the first unit noun (or an event that implies people) in the phrase after the number; 'time' for a clock time or a length of time. */
function countedAfter(text: string, num: NumberMention, after: Token[], phraseStart: number): Draft | 'time' {
  const { TIME_UNIT } = lang();
  const { AND_OTHER, AND } = F();
  const d: Draft = { cls: null, nouns: [], event: null, currency: num.currency, coreStart: phraseStart, coreEnd: num.end, labelStart: null };
  if (text[num.end] === '%') return { ...d, cls: 'percent', nouns: ['%'], coreEnd: num.end + 1 };
  for (let i = 0; i < after.length && i < 12; i++) {
    const t = after[i];
    const unit = unitAt(after, i);
    // "dozens of fire stations", "12 branches … and staff": the noun the number counts is the first
    // plural noun after it; a lexicon noun used as a modifier of another one, or one further on, is not it.
    // ("police cars": the head noun after the modifier is what is counted.)
    if (unit && unitAt(after, i + unit.length)) continue;
    if (unit && isOtherPlural(after[i + unit.length])) {
      if (i + unit.length <= OWN_NOUN_AT) d.ownNoun = { end: after[i + unit.length].end, noun: after[i + unit.length].norm };
      break;
    }
    if (unit) {
      // "X and other Y": Y is the wider class, and both nouns are what the source counts.
      d.nounAfter = true;
      d.cls = unit.noun.cls;
      d.nouns.push(unit.noun.lemma);
      d.generic = GENERIC_PEOPLE().test(joinNorm(after.slice(i, i + unit.length)));
      d.currency ??= unit.noun.currency;
      d.coreEnd = after[i + unit.length - 1].end;
      i += unit.length - 1;
      const n1 = after[i + 1]?.norm;
      const n2 = after[i + 2]?.norm;
      if (n1 !== undefined && AND_OTHER.joins.includes(n1) && n2 !== undefined && AND_OTHER.others.includes(n2)) {
        i += 2;
        continue;
      }
      break;
    }
    const ev = eventWord(joinNorm(after.slice(i, i + 3)), true);
    if (ev && !d.cls) {
      d.cls = 'person';
      d.nouns = ['people'];
      d.event = ev.event;
      d.coreEnd = t.end;
      break;
    }
    if (!d.cls && i === 0 && TIME_UNIT.test(joinNorm(after.slice(i, i + 2)))) return 'time';
    if (!d.cls && isOtherPlural(t)) {
      if (i <= OWN_NOUN_AT) d.ownNoun = { end: t.end, noun: t.norm };
      break;
    }
    if (t.punct) {
      if (isQuoteMark(t)) continue;
      if (t.text === ',' && after[i + 1] && (/^\p{Lu}/u.test(after[i + 1].text) || after[i + 1].norm === AND)) continue;
      break;
    }
    if (lang().PHRASE_END.has(t.norm)) break;
  }
  return d;
}

/** The class of a count of a noun the lexicon does not know, before the noun ("noun:delegates"). */
const OWN_CLASS = 'noun:';

/** The number's own noun is at most this many words after it ("four aggravating factors"); one further on is another's. */
const OWN_NOUN_AT = 2;

const GENERIC_PEOPLE = perPack((l) => listPattern(l.figures.GENERIC_PEOPLE, '', '^', '$'));

const PARTITIVE = perPack((l): ReadonlySet<string> => new Set(l.figures.PARTITIVE));

/** Words ending in -s that are not plural nouns. */
const NOT_PLURAL = perPack((l): ReadonlySet<string> => new Set(l.figures.NOT_PLURAL));
const SINGULAR_ENDING = perPack((l) => listPattern(l.figures.SINGULAR_ENDINGS, '', '', '$'));

/**
 * A plural noun the lexicon does not count ("delegates", "branches", "stations"): the counted thing,
 * unknown — so a lexicon noun further on ("…representing farm cooperatives and schools") is not what is counted.
 */
function isOtherPlural(t: Token | undefined): boolean {
  if (!t || t.punct || !/^[a-z]/.test(t.text) || !/^[a-z][a-z-]{2,}s$/.test(t.norm) || SINGULAR_ENDING().test(t.norm) || NOT_PLURAL().has(t.norm)) return false;
  if (lang().PHRASE_END.has(t.norm) || eventWord(t.norm)) return false;
  // "six members of the border guard", "40 pieces of equipment": a part names the whole after "of".
  return !PARTITIVE().has(t.norm);
}

/**
 * "won 87 of the 150 seats", "two of the victims": a part of a whole counts what the whole counts; a
 * whole the lexicon does not know ("missing 6 of the team's 14 games") leaves the part uncounted — false.
 */
function countedInWhole(text: string, tokens: Token[], num: NumberMention, d: Draft): boolean {
  const whole = F().PART_OF_WHOLE.exec(text.slice(num.end, num.end + 40));
  if (!whole) return true;
  const after = startingIn(tokens, num.end + whole[0].length, text.length);
  const unit = unitAt(after, 0);
  if (!unit || unit.noun.cls === 'money' || isOtherPlural(after[unit.length])) return false;
  Object.assign(d, { cls: unit.noun.cls, nouns: [unit.noun.lemma], nounAfter: true, coreEnd: after[unit.length - 1].end });
  return true;
}

/**
 * "People killed: 223" (a list item or table-like line): the label before the colon names the count.
 * Only the tail before the number can match (the pattern is anchored at its end): scanning the whole
 * prefix for every number made long sentences quadratic.
 */
function countedInLabel(text: string, { phraseStart, before }: Phrase, num: NumberMention, d: Draft): void {
  const labelFrom = Math.max(0, phraseStart - LOOKBEHIND);
  const label = /([\p{L}][\p{L} ,'’-]{2,50}):\s*$/u.exec(text.slice(labelFrom, phraseStart));
  if (!label) return;
  const labelStart = labelFrom + label.index;
  d.labelStart = labelStart;
  const labelTokens = before.filter((t) => t.start >= labelStart && t.end <= labelStart + label[1].length);
  for (let i = 0; i < labelTokens.length && !d.cls; i++) {
    const unit = unitAt(labelTokens, i);
    if (!unit) continue;
    d.cls = unit.noun.cls;
    d.nouns = [unit.noun.lemma];
    d.currency ??= unit.noun.currency;
  }
  const ev = labelTokens.map((_, i) => eventWord(joinNorm(labelTokens.slice(i, i + 4)))).find(Boolean);
  if (ev) d.event = ev.event;
  if (ev?.impliesPerson && !d.cls) { d.cls = 'person'; d.nouns = ['people']; }
  if (d.cls || d.event) {
    d.coreEnd = num.end;
    d.coreStart = labelStart;
  }
}

/**
 * What happened to it: a passive after the noun ("were killed") or an active verb just before; a toll
 * ("the death toll rose to 52"); or the event of the count just before ("…killed, including three children").
 */
function eventOf(text: string, tokens: Token[], limit: number, { phraseStart, before }: Phrase, prev: Previous | null, d: Draft): void {
  if (!d.event) {
    // "Three soldiers and two civilians were killed": counts joined by "and" share the verb after the last —
    // only when the first opens its clause, as the subject both share: "The plane carried 150 passengers,
    // and 12 were killed" did not kill the 150.
    const opens = before.length === 0 || before[before.length - 1].punct;
    const fwd = eventAfter(tokens, d.coreEnd, limit)
      ?? (opens && limit < text.length && F().JOINED_COUNTS.test(text.slice(d.coreEnd, limit)) ? eventAfter(tokens, limit, text.length, JOINED_REACH) : null);
    const back = eventBefore(before);
    // "three nearly killed", "almost killed four": what nearly happened did not.
    if (fwd?.nearMiss || back?.nearMiss) {
      d.nearMiss = true;
      return;
    }
    if (back && back.distance <= 2) {
      d.event = back.event;
      d.coreStart = back.start;
      d.eventOfNoun = true;
    } else if (fwd) {
      d.event = fwd.event;
      d.coreEnd = fwd.end;
      d.eventOfNoun = Boolean(d.ownNoun && ownPredicate(text.slice(d.ownNoun.end, fwd.start)));
    } else if (back) {
      d.event = back.event;
      d.coreStart = back.start;
    } else {
      const joined = coordinatedEvent(tokens, before, d.coreEnd);
      if (joined) {
        d.event = joined.event;
        d.coreStart = joined.start;
        d.eventOfNoun = true;
      }
    }
  }
  // "The death toll rose to 52": the toll names both the event and that people are counted.
  const tollFrom = Math.max(0, phraseStart - LOOKBEHIND);
  const toll = !d.event && !d.cls ? text.slice(tollFrom, phraseStart).search(F().TOLL_BEFORE) : -1;
  if (toll >= 0) {
    d.event = 'death';
    d.cls = 'person';
    d.nouns = ['people'];
    d.coreStart = tollFrom + toll;
  }
  // "…killed, including three children" / "1,240 soldiers and 120 vehicles": the earlier count's event.
  if (!d.event && prev?.event && prev.coreEnd <= phraseStart) {
    const between = text.slice(prev.coreEnd, phraseStart);
    // ("Of the 23 men arrested, 12 are from the north": a part with a verb of its own is a breakdown, not
    // a count of the event.)
    const ownVerb = !d.nounAfter && COPULA_AFTER().test(text.slice(d.coreEnd, d.coreEnd + 12));
    if (!ownVerb && (F().ALSO_COUNTED.test(between) || INCLUDING().test(between))) d.event = prev.event;
  }
}

const INCLUDING = perPack((l) => listPattern(l.figures.INCLUDING, 'i'));

/**
 * "stole a shotgun and two pistols": the verb before the first of two objects joined by "and" is the
 * second's too — when the count's phrase ends the clause or a preposition follows ("…two pistols before
 * fleeing"), not when it is a subject of its own ("seized a car and two men were later charged").
 */
function coordinatedEvent(tokens: Token[], before: Token[], coreEnd: number): { event: string; start: number } | null {
  const n = before.length;
  if (before[n - 1]?.norm !== F().AND) return null;
  const next = tokens[firstAt(tokens, (t) => t.start >= coreEnd)];
  if (next && !(next.punct && !isQuoteMark(next)) && !PREPOSITIONS().has(next.norm) && !F().OBJECT_ENDS.includes(next.norm)) return null;
  // The first object: at most four words, no clause mark, number, preposition or other "and" in it.
  for (let k = n - 2; k >= 0 && k >= n - 6; k--) {
    const t = before[k];
    // (A number inside a modifier — "a 20-gauge shotgun" — is no other count.)
    if (t.punct && !isQuoteMark(t) || /^\d/.test(t.text) && !/^\d[\d.,]*-\p{L}/u.test(t.text) || t.norm === F().AND || PREPOSITIONS().has(t.norm)) return null;
    const ev = eventWord(joinNorm(before.slice(k, k + 3)));
    if (ev && !ev.impliesPerson) return NEAR_MISS().has(before[k - 1]?.norm ?? '') ? null : { event: ev.event, start: t.start };
  }
  return null;
}

/**
 * The words between a noun and an event word say the event is the noun's own: none or a passive's
 * auxiliaries ("12 delegates died", "… were all killed"), after a short "of" complement with no
 * preposition in it ("two leaders of a sect arrested"); or the event word comes first ("31 arrested
 * smugglers": `between` is empty, the event before the noun).
 */
function ownPredicate(between: string): boolean {
  const of = F().OF_COMPLEMENT.exec(between);
  const rest = of && !of[0].split(/\s+/).slice(1).some((w) => PREPOSITIONS().has(w.toLowerCase())) ? between.slice(of[0].length) : between;
  return F().OWN_PREDICATE.test(rest);
}

/** A count named only by its event: people, or the noun written earlier in the sentence; false when there is none. */
function classOfEvent(before: Token[], d: Draft): boolean {
  if (HUMAN_EVENTS.has(d.event!)) {
    d.cls = 'person';
    d.nouns = ['people'];
    return true;
  }
  // "…“terrorists”, allegedly numbering as many as 5,000": the noun came earlier in the sentence.
  const noun = unitBefore(before);
  if (!noun) return false;
  d.cls = noun.cls;
  d.nouns = [noun.lemma];
  return true;
}

/** What the count is of: a total over places ("bringing the combined toll to 2,300"), or what an amount or a share is of. */
function subjectOf(text: string, num: NumberMention, phraseStart: number, { cls, labelStart, coreStart, coreEnd }: Draft): string | null {
  const { AMOUNT_SUBJECTS, amountSubject } = lang();
  const around = text.slice(Math.max(0, coreStart - 40), coreEnd + 20);
  const total = F().TOTAL.test(around) ? 'total' : null;
  if (cls !== 'money' && cls !== 'percent') return total;
  const fallback = cls === 'money' ? 'amount' : 'share';
  // "The top model costs $2,499": what a thing sells for is its price; "the strike has cost the economy
  // €236m" is the event's cost.
  if (cls === 'money' && F().PRICE_BEFORE.test(text.slice(Math.max(0, phraseStart - 30), phraseStart))) return 'price';
  if (labelStart !== null) {
    const inLabel = nearestMatch(AMOUNT_SUBJECTS, text.slice(labelStart, phraseStart), 0);
    return inLabel ? amountSubject(inLabel) : fallback;
  }
  // What it is an amount of is said next to it: in its clause, else a few words either side. A word
  // further off names another amount ("…a 2.8 percent margin; discontent was high, at 61 percent").
  const [c0, c1] = clauseAround(text, coreStart, coreEnd);
  const near = (start: number, to: number) => {
    // From a whole word: a window cut inside "disapproval" would read "approval".
    let from = start;
    while (from > 0 && from < to && /[\p{L}-]/u.test(text[from - 1])) from++;
    const m = nearestMatch(AMOUNT_SUBJECTS, text.slice(from, to), num.start - from);
    return m ? amountSubject(m) : null;
  };
  if (cls === 'percent') {
    // "a blood alcohol level of 0.09 percent": the measure named before it, with what it measures.
    const measure = F().MEASURE_OF.exec(text.slice(Math.max(0, phraseStart - 50), phraseStart));
    if (measure) return measure[1].toLowerCase().replace(/\s+/g, ' ');
    // "turnout of 62 percent", else "80 percent of the nominees": a share of the plural noun after "of".
    const just = near(Math.max(c0, num.start - 25), num.start);
    if (just) return just;
    const of = F().SHARE_OF.exec(text.slice(coreEnd, coreEnd + 60));
    const words = of?.[1].split(/\s+/) ?? [];
    // The plural must end the noun phrase: "40% of the home printer market" is a share of a market.
    const following = of ? /^\s*([\p{L}]*)/u.exec(text.slice(coreEnd + of[0].length))![1] : '';
    const ends = !MARKET_NOUN().test(following);
    if (of && ends && words.every((w) => !NOT_PLURAL().has(w.toLowerCase()) && !lang().PHRASE_END.has(w.toLowerCase()))) {
      return new RegExp(`^(?:${AMOUNT_SUBJECTS.source})$`, 'i').test(of[1]) ? amountSubject(of[1]) : `share of ${of[1]}`;
    }
  }
  return near(c0, c1) ?? near(Math.max(0, num.start - 30), Math.min(text.length, coreEnd + 30)) ?? fallback;
}

/** After "N% of the …": the noun makes it a share of a market, not of people. */
const MARKET_NOUN = perPack((l) => listPattern(l.figures.MARKET_NOUNS, 'i', '^', '$'));

/** "for three weeks", "aged 74", "74 years old"; other counts of time ("three years ago") are not figures. */
function timeReading(text: string, num: NumberMention, after: Token[], before: Token[], base: Pick<Reading, 'qualifier' | 'phraseStart' | 'coreStart'>): Reading | null {
  const { DURATION_SUBJECTS, PERSON_NOUN } = lang();
  const { YEARS_OLD, DURATION_BEFORE } = F();
  const unit = after[0].norm.replace(/s$/, '');
  if (YEARS_OLD.unit.test(after[0].norm) && after[1]?.norm === YEARS_OLD.old) {
    // "Doe was 45 years old", "the victim is 15 years old"; "the church is 30 years old", "120 are under 40
    // years old" give no one's age.
    const copula = before.length - (COPULA().test(before[before.length - 1]?.norm ?? '') ? 1 : 0);
    const name = nameBefore(before.slice(0, copula));
    // ("the victim was 15 years old": the noun right before the verb.)
    const noun = copula > 0 && PERSON_NOUN.test(before[copula - 1].norm) ? before[copula - 1].norm : undefined;
    if (!name && !noun) return null;
    return { ...base, cls: 'age', nouns: ['age'], event: null, subject: name ?? noun!, coreEnd: after[1].end };
  }
  if (DURATION_BEFORE.includes(before[before.length - 1]?.norm ?? '')) {
    // What lasted is named before "for" in the count's own clause ("the curfew will last for three days"):
    // not a noun after it ("fought for seven years over a trial") nor one across a relative pronoun ("an
    // emergency doctor who has known her for 15 years").
    const own = before.slice(firstAt(before, (t) => t.start >= clauseAround(text, base.phraseStart, num.end)[0]));
    const from = own.reduce((at, t, i) => (t.punct || NEW_CLAUSE().test(t.norm) ? i + 1 : at), 0);
    const subj = own[from] ? nearestMatch(DURATION_SUBJECTS, text.slice(own[from].start, base.phraseStart), base.phraseStart - own[from].start) : null;
    if (!subj) return null;
    return { ...base, cls: 'duration', nouns: [`${unit}s`], event: null, subject: subj.toLowerCase(), coreEnd: after[0].end };
  }
  return null;
}

const COPULA = perPack((l) => listPattern(l.figures.COPULAS, '', '^', '$'));
const NEW_CLAUSE = perPack((l) => listPattern(l.figures.NEW_CLAUSE, 'i', '^', '$'));
const COPULA_AFTER = perPack((l) => listPattern(l.figures.COPULAS, 'i', '^\\s+', '\\b'));

/**
 * Whether an event can happen to a class of counted things: deaths, injuries, arrests, flight, votes and
 * infections to living beings (people of any kind, animals); damage and cancellation to things.
 */
function eventFits(cls: string, event: string): boolean {
  if (BEING_EVENTS.has(event)) return BEINGS.has(cls) || cls === 'case' || !countedClasses().has(cls);
  if (THING_EVENTS.has(event)) return !BEINGS.has(cls);
  // Forces and their equipment are deployed; "a haul including six hunting rifles", "an area of 40
  // acres that included…" are not.
  if (event === 'deploy') return BEINGS.has(cls) || cls === 'equipment' || !countedClasses().has(cls);
  return true;
}

const BEING_EVENTS = new Set(['death', 'injury', 'arrest', 'displace', 'infection', 'gather', 'vote', 'eligible']);
const THING_EVENTS = new Set(['damage', 'cancel']);
/** The lexicon's classes of living beings (people by what they are or do, and animals). */
const BEINGS = new Set(['person', 'security', 'military', 'child', 'woman', 'civilian', 'protester', 'militant', 'journalist', 'migrant', 'prisoner', 'worker', 'student', 'visitor', 'electorate', 'voter', 'candidate', 'animal']);

/** Events that happen to people: with no counted noun, the count is of people ("6,000 were arrested"). */
const HUMAN_EVENTS = new Set(['death', 'injury', 'arrest', 'displace', 'missing', 'rescue', 'infection', 'gather', 'vote', 'eligible']);

function unitAt(tokens: Token[], i: number): { noun: UnitNoun; length: number } | null {
  const { UNIT_NOUNS } = lang();
  const phrase = joinNorm(tokens.slice(i, i + 6).filter((t) => !isQuoteMark(t)));
  const noun = UNIT_NOUNS.find((u) => u.pattern.test(phrase));
  if (!noun) return null;
  const matched = noun.pattern.exec(phrase)![0];
  const words = matched.split(' ').length;
  // Count tokens consumed, skipping quote marks inside the phrase.
  let n = 0;
  let seen = 0;
  while (seen < words && i + n < tokens.length) {
    if (!isQuoteMark(tokens[i + n])) seen++;
    n++;
  }
  return { noun, length: n };
}

function unitBefore(before: Token[]): UnitNoun | null {
  for (let i = before.length - 1; i >= 0 && i >= before.length - 15; i--) {
    // A capitalised word inside the sentence is part of a name ("the Federation of Public Workers"), not the thing counted.
    if (i > 0 && /^\p{Lu}/u.test(before[i].text)) continue;
    const u = unitAt(before, i);
    if (u) return u.noun;
  }
  return null;
}

/**
 * Tokens are in text order and do not overlap, so those starting in [from, to) are one run, and so are
 * those ending by a point: found by binary search, where filtering all tokens for every number was
 * linear in the sentence.
 */
function startingIn(tokens: Token[], from: number, to: number): Token[] {
  return tokens.slice(firstAt(tokens, (t) => t.start >= from), firstAt(tokens, (t) => t.start >= to));
}

/** Index of the first token for which `past` holds (it must hold for every later token too). */
function firstAt(tokens: Token[], past: (t: Token) => boolean): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (past(tokens[mid])) hi = mid; else lo = mid + 1; }
  return lo;
}

/** The first event word the phrase starts with (the phrase joined once, not once per event word). */
function eventWord(phrase: string, impliesPerson = false): EventWord | undefined {
  const { EVENT_WORDS } = lang();
  // "on injured reserve", "the injured list": a roster's name, nothing that happened in the event.
  if (F().NOT_AN_EVENT.test(phrase)) return undefined;
  return EVENT_WORDS.find((e) => (!impliesPerson || e.impliesPerson) && e.pattern.test(phrase));
}

const ACCUSED = perPack((l) => listPattern(l.figures.ACCUSED, '', '^', '$'));
const ACCUSED_OF = perPack((l) => listPattern(l.figures.ACCUSED_OF, '', '^', '$'));

/** How many words past the next count its verb is looked for ("… and two civilians were killed"). */
const JOINED_REACH = 5;

function eventAfter(tokens: Token[], from: number, limit: number, reach = 7): { event: string; start: number; end: number; nearMiss?: boolean } | null {
  const after = startingIn(tokens, from, limit);
  for (let i = 0; i < after.length && i < reach; i++) {
    const t = after[i];
    if (t.punct && !isQuoteMark(t)) return null;
    // (Nor past a new clause's subject or opening word: "… in turmoil after he was arrested".)
    if (F().CLAUSE_JOINS.includes(t.norm) || F().CLAUSE_OPENINGS.includes(t.norm)) return null;
    // "two men charged with killing a boy": what they are accused of is not what happened to them.
    if (ACCUSED().test(t.norm) && ACCUSED_OF().test(after[i + 1]?.norm ?? '')) return null;
    const phrase = joinNorm(after.slice(i, i + 5));
    const ev = shouted(after, i) ? undefined : eventWord(phrase);
    if (ev) {
      const words = ev.pattern.exec(phrase)![0].split(' ').length;
      return { event: ev.event, start: t.start, end: after[Math.min(after.length - 1, i + words - 1)].end, ...(i > 0 && unhappened(after[i - 1]) ? { nearMiss: true } : {}) };
    }
  }
  return null;
}

function eventBefore(before: Token[]): { event: string; start: number; distance: number; nearMiss?: boolean } | null {
  for (let d = 1; d <= 4 && d <= before.length; d++) {
    const t = before[before.length - d];
    // Stop at clause punctuation and at another count ("1,240 soldiers and 120 …"), and at a preposition:
    // the number is its object ("voted at 300 stations", "injured by three gunmen").
    if (t.punct && !isQuoteMark(t) || /^\d/.test(t.text) || t.norm === F().AND || PREPOSITIONS().has(t.norm)) return null;
    let ev = shouted(before, before.length - d) ? undefined : eventWord(joinNorm(before.slice(before.length - d, before.length - d + 3)));
    // "missing three games": "missing" before a number is the verb "to miss"; what is missing comes before it.
    if (ev?.event === 'missing' && t.norm === F().MISSING) ev = undefined;
    // "eligible voters choose among 41 candidates": an event word before a counted noun is that noun's.
    if (!ev && d > 1 && unitAt(before.slice(0, before.length - d + 1), before.length - d)) return null;
    if (ev) return { event: ev.event, start: t.start, distance: d, ...(unhappened(before[before.length - d - 1]) ? { nearMiss: true } : {}) };
  }
  return null;
}

/** A word in capitals among words that are not ("told 1290 LEADS radio"): a name, not a verb. */
function shouted(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!/^\p{Lu}{2,}$/u.test(t.text)) return false;
  const word = (n: Token | undefined) => Boolean(n && /\p{L}/u.test(n.text));
  const prev = tokens.slice(0, i).reverse().find(word);
  const next = tokens.slice(i + 1).find(word);
  return [prev, next].some((n) => n && /\p{Ll}/u.test(n.text));
}

/**
 * The word before an event word says it did not happen: "nearly killed", "narrowly"; or it is only
 * meant, planned or feared ("conspiring to kill two rivals", "plans to evacuate 300": an infinitive).
 */
function unhappened(before: Token | undefined): boolean {
  return Boolean(before && (NEAR_MISS().has(before.norm) || before.norm === F().INFINITIVE));
}

const NEAR_MISS = perPack((l): ReadonlySet<string> => new Set(l.figures.NEAR_MISS));
const PREPOSITIONS = perPack((l): ReadonlySet<string> => new Set(l.figures.PREPOSITIONS));

/** Titles written before a name, with or without their dot. */
const NAME_TITLES = perPack((l) => listPattern(l.figures.NAME_TITLES, '', '^', '$'));

/**
 * Whose age "N-year-old" gives, from the words after it: a name ("74-year-old former leader Jane Doe",
 * "the 29-year-old Mr. Doe"), or the person noun ("a 22-year-old student", "a 57-year-old Rivertown
 * woman": a name before a person noun is a place or a team, not the person). A nationality alone ("the
 * 38-year-old Canadian") is loose: it joins the one named person of that age. Anything else ("an
 * 20-year-old dispute", "a 25-year-old league mark", "the 19-year-old was…") is no one's age.
 */
function ageOwnerAfter(rest: Token[]): { subject: string; given?: string; loose?: boolean; end: number } | null {
  const { PERSON_NOUN } = lang();
  const words = rest.filter((t) => !isQuoteMark(t)).slice(0, 8);
  let i = 0;
  // One or two lower-case words that describe the person ("former leader", "protester").
  let noun: Token | null = null;
  while (i < 2 && words[i] && !words[i].punct && /^\p{Ll}/u.test(words[i].text)) {
    if (PERSON_NOUN.test(words[i].norm)) noun = words[i];
    i++;
    if (noun) break;
  }
  if (i > 0 && !noun) return null;
  const run: Token[] = [];
  let title = false;
  while (words[i] && (NAME_TITLES().test(words[i].norm) || words[i].text === '.' && title || isNameWord(words[i].text))) {
    title = NAME_TITLES().test(words[i].norm);
    if (!title && words[i].text !== '.') run.push(words[i]);
    i++;
  }
  const next = words[i];
  if (run.length && next && !next.punct && /^\p{Ll}/u.test(next.text) && !lang().PHRASE_END.has(next.norm) && !lang().LIKELY_VERB.test(next.norm)) {
    // Capitalised words before a noun modify it: "a 16-year-old Rivertown resident", "the 33-year-old
    // Canadian hiker"; before another noun ("a 25-year-old Rivertown league mark") they are no one.
    const demonym = run.length === 1 && isDemonym(run[0].text);
    if (PERSON_NOUN.test(next.norm) && !noun) return { subject: demonym ? `the ${run[0].text} ${next.norm}` : next.norm, end: next.end };
    // "the 38-year-old Canadian lefty": a nationality before a noun still describes a person.
    return demonym && !noun ? { subject: run[0].text, loose: true, end: run[0].end } : null;
  }
  // An acronym or a code ("ABC", "XP7") names a body or a thing, not a person.
  if (run.some((t) => /\d/.test(t.text) || /^\p{Lu}{2,}$/u.test(t.text))) return null;
  if (run.length) {
    const last = run[run.length - 1];
    const name = last.text.replace(/[’']s$/, '');
    if (isDemonym(name) && !noun) return { subject: name, loose: true, end: last.end };
    const given = run.length > 1 ? givenName(run[run.length - 2].text) : undefined;
    return { subject: name, ...(given ? { given } : {}), end: last.end };
  }
  return noun ? { subject: noun.norm, end: noun.end } : null;
}

const BEFORE_AGE = perPack((l) => listPattern(l.figures.BEFORE_AGE, 'i', '^', '$'));

/** "Jane Doe, the 74-year-old …": the name before the apposition. */
function nameBefore(before: Token[]): string | null {
  let i = before.length - 1;
  while (i >= 0 && BEFORE_AGE().test(before[i].text)) i--;
  // (Not a pronoun or a day: "She's 15 years old", "On Sunday, the 19-year-old…".)
  if (i > 0 && isNameWord(before[i].text) && !isDateWord(before[i].text)) return before[i].text.replace(/[’']s$/, '');
  return null;
}

function firstMatch(re: RegExp, s: string): { word: string; end: number } | null {
  re.lastIndex = 0;
  const m = re.exec(s);
  re.lastIndex = 0;
  return m ? { word: m[1].toLowerCase(), end: m.index + m[0].length } : null;
}

function nearestMatch(re: RegExp, text: string, at: number): string | null {
  let best: { d: number; w: string } | null = null;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const d = Math.abs(m.index - at);
    if (!best || d < best.d) best = { d, w: m[1] };
  }
  return best?.w ?? null;
}

const MONEY_WORDS = perPack((l) => listPattern(l.figures.MONEY_WORDS, 'i'));

const REQUIREMENT = perPack((l) => listPattern(l.figures.REQUIREMENT, 'i'));

/** What an amount or a share is of when it is the event's own: one figure across sources. */
const EVENT_AMOUNTS = perPack((l) => listPattern(l.figures.EVENT_AMOUNTS, '', '^', '$'));

/** Classes of things counted by a noun (people, vessels, buildings…), as against amounts and measures. */
export const countedClasses = perPack((l): ReadonlySet<string> => new Set(l.UNIT_NOUNS.map((u) => u.cls).filter((c) => !MEASURED_CLASSES.has(c))));
/** Classes of amounts and measures (of the lexicon's classes, those not counted by a noun). */
const MEASURED_CLASSES = new Set(['money', 'percent', 'magnitude']);

const PAST = perPack((l) => listPattern(l.figures.PAST, 'i'));
const PAST_OPENING = perPack((l) => listPattern(l.figures.PAST_OPENING, 'i'));

/**
 * How many months before the report (its year and month) a mention of the year before is: by the month
 * written before it ("December 2030", "Dec. 26, 2030"), else at least the report's month. A season
 * across the turn of the year ("2030-31") and a report with no month are 0: still this event's time.
 */
function monthsBefore(sentence: string, at: number, year: number, month: number | null): number {
  if (month === null || /^[-–/]\d\d\b/.test(sentence.slice(at + 4, at + 7))) return 0;
  const named = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(?:\\d{1,2},?\\s+)?$`, 'i').exec(sentence.slice(Math.max(0, at - 20), at));
  const m = named ? monthNumber(named[1]) : 12;
  return month + 12 - m;
}

/**
 * An earlier event's toll ("In 2020, a quake killed 117", "three years ago") is background, not this
 * event's: another year is named before the count or in its clause, or the clause says it is past.
 */
function backgroundEra(sentence: string, clause: [number, number], year: number | null, count: { start: number; end: number }, month: number | null = null): string | null {
  // A comparison's base ("an 8-win improvement over the previous year", "up 5% from a year ago") is
  // what this event is measured against, not the count's own time.
  const { COMPARED_WITH_PAST, SINCE_BEFORE, WHEN_AFTER, THAN_BEFORE, YEAR_OF_EVENT, YEAR_AFTER_ARTICLE, EARLIER_EVENT } = F();
  const words = sentence.slice(clause[0], clause[1]).replace(COMPARED_WITH_PAST, ' ');
  // ("prior" only of the count it stands after — "three prior arrests" — not of "no prior record" in the
  // clause of this event's arrests.)
  if (PAST().test(words) || F().PAST_AFTER_COUNT.test(sentence.slice(count.end, count.end + 12))) return 'past';
  // A time set before the sentence's first comma dates all of it: "Earlier this year, a gunman … left
  // three dead" (the count's own clause is the relative one).
  const opening = /^([^,;]{0,40}),/.exec(sentence)?.[1];
  if (opening && opening.trim().split(/\s+/).length <= 5 && clause[0] > opening.length && PAST_OPENING().test(opening)) return 'past';
  if (year === null) return null;
  for (const m of sentence.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) {
    const y = Number(m[1]);
    // The count itself is no year: "at least 1856 people were killed".
    if (m.index >= count.start && m.index < count.end) continue;
    // "…in a row since April 2004": a period running until now starts then; it is no earlier event.
    // ("The strongest since 1939, when 33,000 died" dates that earlier event.)
    if (SINCE_BEFORE.test(sentence.slice(Math.max(0, m.index - 60), m.index))
      && !WHEN_AFTER.test(sentence.slice(m.index + 4, m.index + 20))) continue;
    // "…five rounds sooner than in 2008", "sooner than when he won in 2008": a comparison's base, not the count's time.
    // (A count inside that phrase — "than when he won in the 11th round in 2008" — is of the earlier event.)
    const than = THAN_BEFORE.exec(sentence.slice(Math.max(0, m.index - 70), m.index));
    if (than && Math.max(0, m.index - 70) + than.index >= count.end) continue;
    // The year before the reports' is often still this event's (a report in January on late December),
    // but not when it names an earlier event: "the tsunami of 2004", "the 2004 tsunami", "the 2004 quake".
    const lead = sentence.slice(Math.max(0, m.index - 40), m.index);
    const named = YEAR_OF_EVENT.test(lead) || YEAR_AFTER_ARTICLE.test(lead) && EARLIER_EVENT.test(sentence.slice(m.index + 4, m.index + 40));
    if (y !== year && (y !== year - 1 || named || monthsBefore(sentence, m.index, year, month) > 2) && m.index < clause[1]) return m[1];
  }
  return null;
}

/**
 * Same key, same quantity: what is counted, what happened to it, and what it is of. The currency is
 * not part of it: "$3bn" and "3 billion euros" for one budget line are one figure that disagrees.
 */
export function keyOf(q: Pick<Quantity, 'cls' | 'event' | 'subject' | 'era' | 'value' | 'facet'>): string {
  // A count with no event ("home to 2 million people"), or an amount or share with nothing it is of, is
  // only the same figure when it is the same number.
  // So is any other count the sentence says nothing happened to ("two lorries", "80 employees"): the
  // four lorries that crashed and the six buses parked nearby are not one figure that disagrees.
  // An amount or a share is one figure across sources only when what it is of belongs to the event (the
  // damage, the ransom, the turnout); a price, a revenue, a share of something are of some product, year
  // or company the sentence seldom names — a laptop's and an upgrade's prices are no conflict.
  const vague = (countedClasses().has(q.cls) && !q.event) || q.subject === 'amount' || q.subject === 'share'
    || ((q.cls === 'money' || q.cls === 'percent') && !EVENT_AMOUNTS().test(q.subject ?? ''))
    // Nor are two unnamed people one person: "the girl" aged 12 and "the girl" aged 15.
    || (q.cls === 'age' && !/^\p{Lu}/u.test(q.subject ?? ''))
    // Nor are two earlier events no year dates ("two years ago", "earlier this year") one event.
    || q.era === 'past';
  const parts = [q.cls, q.event ?? '-', q.subject?.toLowerCase() ?? '-', vague ? String(q.value) : '', q.facet ?? ''];
  // Background counts from different years are different events.
  return (q.era ? `bg ${q.era}|` : '') + parts.join('|');
}
