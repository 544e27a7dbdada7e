// Analysis stage, language pack (English): the words the claim rules read a report by
// (discrepancies/) — what a list, a force, a price, a prison term, a surprise, a clock time and a date
// are written with. Part of `en` (en.ts); the rules read them as `lang().discrepancies`. The words of
// the rules that came to the pack first (CONTRASTING_VERBS, EVENT_NOUNS, SINGLE_ROLES, RESULT_VERBS,
// STOP_VERBS…) stay in en.ts.
import { alternation, type DiscrepancyWords } from './pack.js';

/** Words of a list, space-separated. */
const w = (s: string): string[] => s.split(' ');

/** Universal time after a clock time ("0915 GMT"): CLOCK reads a 24-hour time by it, en.ts UNIVERSAL_TIME its zone. */
export const UNIVERSAL_ZONES = w('GMT UTC');

/** What a move, a hiring or a trade is called when a source finds it a surprise or long coming (surprise.ts). */
const ACT = '(move|decision|firing|dismissal|sacking|resignation|departure|announcement|appointment|hiring|choice|exit|trade|deal)';

export const discrepancies: DiscrepancyWords = {
  AND: w('and'),
  PLURAL_NOUN: '[\\p{Ll}-]+s',
  singular: (noun) => noun.replace(/s$/, ''),

  AUXILIARY_BEFORE: /\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?$/i,

  DATED_EVENT_WORDS: [
    'convict(?:ed|ion)', 'sentence[ds]?', 'arrest(?:ed)?',
    ...w('charged indicted acquitted jailed imprisoned released paroled escaped killed died murdered attacked born married divorced founded elected appointed fired hired resigned signed opened closed built launched struck hit'),
  ],

  FORCE_NOUNS: w('troops soldiers forces peacekeepers servicemen contingents? units'),
  DEMONYM_ENDING: /(?:ian|ean|ish|ese|ic|i|an|ch|ek|ik|yz|men|ss)$/,
  NOT_DEMONYMS: new Set(w('The Special Security Armed Government Rebel Allied Foreign Local Federal National Islamic Public Republican Peacekeeping')),
  IDENTIFYING_APPOSITION: /^,\s*(?:i\.e\.|that is|namely|the so-called|so-called)[^,.;]*/,
  // from a word's start only: linear, like the rule's list pattern
  LED: /(?<![\p{L}\p{M}])(\p{Lu}\p{L}+)-led\b/gu,

  NOT_GOODS: new Set(w('rising rise rises higher high soaring surging spiralling falling lower low local world global consumer retail sharp steep record increased increasing the of in on their its our new current market average')),
  PRICE_NOUN: 'prices?',
  PRICE_MOVES: w('rising soaring surging spiralling higher high increased increasing local world global consumer retail the'),
  PRICE_TRIGGER_BEFORE: ['against', 'over', '(?:rise|rises|increase|increases|hike|hikes|jump|surge|spike)\\s+in'],
  PRICE_TRIGGER_AFTER: w('hikes? rises? increases? surge spike'),
  PROTEST_NOUNS: w('protests? demonstrations? riots? unrest uprising strikes? rallies rally'),

  SERVING: /\bserv(?:e|es|ed|ing)\s+(a|an|one|[\w-]+)\s+((?:consecutive\s+)?(?:life|prison|jail)\s+(?:sentence|term)s?)\b/gi,
  ONE_WORDS: w('a an'),
  TERM_SINGULAR: /(?:sentence|term)$/i,
  termKind: (words) => words.toLowerCase().replace(/s$/, '').replace(/^consecutive\s+/, ''),

  SURPRISE: new RegExp(`\\b(?:surprising|surprise|unexpected|stunning|shock|shocking)\\s+${ACT}\\b|\\b(?:the|this|his|her|their|its)\\s+${ACT}\\s+(?:came|comes|was|is)\\s+(?:as\\s+)?an?\\s+(?:surprise|shock)\\b`, 'gi'),
  EXPECTED: new RegExp(`\\b(?:the|this|that|his|her|their|its)\\s+${ACT}\\s+(?:has|had)\\s+been\\s+(?:in\\s+the\\s+making|coming|expected|anticipated)\\b|\\b(?:long|widely)[-\\s](?:expected|anticipated|awaited|rumou?red)\\s+${ACT}\\b|\\b(?:the|this|that|his|her|their|its)\\s+${ACT}\\s+(?:came|comes|was|is)\\s+(?:as\\s+)?no\\s+surprise\\b`, 'gi'),

  CLOCK: new RegExp(String.raw`\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|\b(noon|midnight)\b|\b([01]\d|2[0-3])[:.]?([0-5]\d)\s*(?=${alternation([...UNIVERSAL_ZONES, 'local time', 'hours\\b'])})`, 'gi'),
  NAMED_TIMES: { noon: 720, midnight: 0 },
  AFTERNOON: 'p',
  DAY_ORDINAL: '(?:st|nd|rd|th)?',
  DAY_OF: '(?:of\\s+)?',

  AT_CLOCK: /\bat\s+(\d{1,2}):([0-5]\d)\b(?!\s*[ap]\.?\s?m\b)/g,
  LEFT_WITH: '\\bwith\\s+(?:just\\s+|only\\s+)?',
  MINUTES_LONG: '-minute',

  THE: 'the',
  NAMED_AS: 'as',
  PASSIVE_BE: w('was has\\s+been had\\s+been is'),
  POSSESSIVE: "['’]s",
};
