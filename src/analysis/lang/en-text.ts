// Analysis stage, language pack (English): the words the shared text utilities read a sentence by
// (text/) — what bounds a clause, what a quote must not end on, what abbreviation no sentence ends
// after. Part of `en` (en.ts); the utilities read them as `lang().text`.
import type { TextWords } from './pack.js';

/** Number words by value; without a prototype, so "constructor" is no number word. */
const numberWords = (table: Record<string, number>): Record<string, number> => Object.assign(Object.create(null) as Record<string, number>, table);
/** Short scale suffixes, only trusted after a currency sign ("$3bn", "€20m"). */
const SHORT_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };
/** Month names and abbreviations as one alternation (dates are not counts). */
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';

export const text: TextWords = {
  CLAUSE_MARK: /[;()—–]|[:,](?=\s)|\s(?:and|but|while)\s/g,
  PHRASE_OPENER: /^(?:at|to|in|on|for|with|from|by|as|after|before|during|since|into|near|amid|under|over|while|when|where|which|who|that|because|although|though|if|and|but|or)$/i,
  /** "…at the request of the". */
  HANGING: /\s(?:the|a|an|of|to|at|in|on|for|with|from|by|as|and|or|but|that|which|who|its|their|his|her|this|these)$/i,
  /** "the No. 7 seed", "Vol. 2". */
  NUMBER_ABBREVIATION: /(?:^|[^\p{L}])(?:No|Nos|Vol|Fig|Art)\.$/u,

  // — numbers.ts: the numbers a text states —
  UNITS: numberWords({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}),
  TENS: numberWords({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}),
  SCALES: numberWords({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // "two dozen": 24, never 2.
  dozen: 12,
}),
  SHORT_SCALES,
  /** A scale word right after digits ("1.5 million", "2-3 million"); "dozen" is read after number words only. */
  SCALE_AFTER: /^[\s-]?(hundred|thousand|million|billion|trillion)\b/i,
  /** A short scale right after digits ("$3bn", "$120-130MM"). */
  SHORT_SCALE_AFTER: new RegExp(`^\\s?(${Object.keys(SHORT_SCALES).join('|')})\\b`, 'i'),
  /** A scale right after the digits: a dot before it is a decimal point ("1.125 million", "$1.125MM", "$2.250bn"). */
  SCALE_AHEAD: new RegExp(`^\\s?(?:hundred|thousand|million|billion|trillion|${Object.keys(SHORT_SCALES).join('|')})\\b`, 'i'),
  /** Vague amounts as intervals: "dozens" is more than two dozen and fewer than a hundred. */
  VAGUE: [
  [/^hundreds of thousands\b/i, 200_000, 999_999],
  [/^tens of thousands\b/i, 20_000, 99_999],
  [/^(?:several|a few) thousand\b/i, 2_000, 9_999],
  [/^(?:several|a few) hundred\b/i, 200, 999],
  [/^(?:several|a few) dozen\b/i, 24, 99],
  [/^hundreds of millions\b/i, 200_000_000, 999_999_999],
  [/^tens of millions\b/i, 20_000_000, 99_999_999],
  [/^billions\b/i, 2_000_000_000, 999_999_999_999],
  [/^millions\b/i, 2_000_000, 999_999_999],
  [/^thousands\b/i, 2_000, 9_999],
  [/^hundreds\b/i, 200, 999],
  [/^dozens\b/i, 24, 99],
  [/^scores\b/i, 40, 199],
  [/^half a dozen\b/i, 6, 6],
  [/^a dozen\b/i, 12, 12],
],
  STARTERS: ['a', 'hundreds', 'tens', 'several', 'millions', 'billions', 'thousands', 'dozens', 'scores', 'half'],
  CURRENCY_SIGNS: [
  // Other dollars are written with their country's letters before the sign: "NT$", "C$", "HK $" (one
  // letter only when glued: "A $5 million deal" is an article).
  [/US\s?\$\s?$/, 'USD'], [/(?<![A-Za-z])(?:(?:NT|NZ|HK|AU|CA|MX)\s?|[ACSR])\$\s?$/, 'other dollars'], [/\$\s?$/, 'USD'], [/€\s?$/, 'EUR'], [/£\s?$/, 'GBP'], [/¥\s?$/, 'JPY'], [/₹\s?$/, 'INR'],
  [/₽\s?$/, 'RUB'], [/\b(USD|EUR|GBP|NIS|CHF|JPY|CNY|INR|RUB|KZT|UAH|TRY)\s?$/, ''],
],
  OTHER_DOLLARS: { NT: 'TWD', NZ: 'NZD', HK: 'HKD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', S: 'SGD', R: 'BRL', MX: 'MXN' },
  /** A currency named by a word after the amount ("2m euros"). */
  CURRENCY_WORD_AFTER: /^\s+(?:euros?|dollars?|pounds?|yen|yuan|rupees?|rand|francs?|roubles?|rubles?|dirhams?|pesos?|kronor|kroner|zloty|shekels?)\b/i,
  MONTHS,
  MONTH_BEFORE: new RegExp(`\\b(?:${MONTHS})\\.?\\s+$`),
  MONTH_AFTER: new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`),
  /** "R26 million" (a road "R26" has none). */
  RAND_SCALE: /^\d[\d.,]*\s?(?:million|billion|trillion|bn|m)\b/i,
  /** Not a model's designation ("M 16 rifles", "F 16 jets"). */
  NOT_MODEL_CODE: /^(?:A|I|US|UK|UN|EU)$/,
  CLOCK_AFTER: /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|hrs\b)/i,
  THOUSAND_K: /^k\b/i,
  A: 'a',
  A_SCALE: /^a\s+(?:hundred|thousand|million|billion)\b/i,
  AND: 'and',
  AND_NUMBER: /^and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i,
  RANGE_AFTER: /^\s?(?:-|–|—|to)\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d:/])/,
  HYPHEN_SCALE: /^-(hundred|thousand|million|billion|trillion)(?=-[A-Za-z])/i,
  FRACTION_START: /[ahtAHT]/,
  /** "half a million" (500,000), "a quarter of a billion", "two-thirds of a million". */
  FRACTION: /^(half|a\s+quarter\s+of|three[\s-]quarters\s+of|a\s+third\s+of|two[\s-]thirds\s+of)\s+a\s+(thousand|million|billion|trillion)\b/i,
  FRACTIONS: { half: 1 / 2, quarter: 1 / 4, quarters: 3 / 4, third: 1 / 3, thirds: 2 / 3 },
};
