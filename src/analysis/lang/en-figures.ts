// Analysis stage, language pack (English): the words the figures' rules read the surroundings of a
// number by (figures/) — what makes it a change, a range, an age, a price, an earlier event's toll.
// Part of `en` (en.ts); the rules read them as `lang().figures`. What is counted and what happened to
// it (UNIT_NOUNS, EVENT_WORDS) stay in en.ts, beside the other counting words.
import { MONTHS } from '../text/numbers.js';
import { alternation, type FigureWords } from './pack.js';

/** Words of a list, space-separated (an entry with a space is written in its own quotes). */
const w = (s: string): string[] => s.split(' ');

const EARLIER_EVENT_NOUNS = w('tsunami earthquake quake temblor disaster floods? storm hurricane typhoon cyclone wildfire fire blast explosion attacks? bombings? crash eruption riots? war massacre famine epidemic outbreak');
const EVENT_NOUN = alternation(EARLIER_EVENT_NOUNS);
/** Month names, then a day, between the preposition or article and the year ("the December 26, 2004 …"). */
const MONTH_DAY = `(?:(?:${MONTHS})\\.?\\s+(?:\\d{1,2},?\\s+)?)?`;

/** Ordinal words and their values. */
const ORDINAL_WORDS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
});
const ORDINAL_SUFFIXES = w('st nd rd th');
/** Nouns of a crowd. */
const CROWD = `(?:${alternation(w('crowd audience attendance gathering'))})`;

/** Ordinal words and digits as one alternation with no group ("sixth", "21st"). */
const ORDINAL = `${alternation(Object.keys(ORDINAL_WORDS))}|\\d{1,3}(?:${alternation(ORDINAL_SUFFIXES)})`;
const TIMES_ADVERBS: Record<string, number> = { twice: 2, thrice: 3 };
/** "three months ago": the number words MONTHS_AGO reads. */
const MONTH_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };

export const figures: FigureWords = {
  HYPHEN_CURRENCIES: { euro: 'EUR', dollar: 'USD', pound: 'GBP', yen: 'JPY', rand: 'ZAR', franc: 'CHF', rupee: 'INR' },
  MARGIN_UNITS: w('win game point seat vote run goal stroke shot place spot yard percentage-point'),
  MARGIN_NOUNS: w('improvement increase gain rise drop decline fall swing lead margin deficit cushion victory win defeat loss'),
  CHANGE_NOUNS: w('improvement increase gain rise drop decline fall swing'),
  MARGIN_OF: { victory: 'margin of victory', win: 'margin of victory', defeat: 'margin of defeat', loss: 'margin of defeat' },
  NOT_MARGIN_AFTER: w('streak record column total percentage tally run bonus skid slump'),
  BORE_UNITS: w('gauge caliber calibre'),
  GUN_KINDS: w('semi-?automatic automatic pump sawed-off sawn-off'),
  STRENGTH: 'strong',
  PERCENT_HYPHENS: w('percent per'),
  AGE_HYPHEN: /^years?-old$/,
  PERCENT_WORDS: ['%', 'percent', 'per cent'],
  RIVAL_ESTIMATE: /\b(?:put|puts|estimated|estimates|gave|gives|placed|places|set|sets)\s+(?:the|their|its)\s+(?:number|figure|toll|count|total|crowd|turnout)\s+(?:at|as)\s+$/i,
  TOLL_BEFORE: /\b(?:death toll|toll|number of (?:dead|deaths|victims|people killed|fatalities))\b[^,.;:]{0,40}?\b(?:rose|has risen|had risen|risen|climbed|reached|stood|stands|is|was|hit|jumped|increased|went up)(?:\s+(?:to|at))?\s+$/i,
  RANGE_BEFORE: /\bbetween\s+$/i,
  RANGE_BETWEEN: /^\s+and\s+$/,
  NEGATED_COUNT: /\b(?:no|not|never|nor|without)(?:\s+(?:a\s+single\s+|even\s+)?|-)$/i,
  SAME_AMOUNT_AGAIN: /^(?:-[A-Za-z]+)?\s*\((?:\s*(?:about|around|roughly|some|approximately|or|nearly|almost))?\s*$/i,
  ADDRESS_AFTER: /^\s+block\b/i,
  REQUIREMENT: [...w('threshold quorum required requires requirement'), 'needed to', 'need to', 'needs to', 'only be (?:declared|considered|recognised|recognized)', 'to be (?:valid|binding)', 'valid only'],
  DIED_AT: /\b(?:dies|died|die|dying|passed away)\s+(?:\w+\s+){0,3}at\s+(?:the\s+age\s+of\s+|age\s+)?$/i,
  PARENT_OF: /\b(?:mother|father|mom|mum|dad|grandmother|grandfather|parent)s?\s+of\s+$/i,
  COMPARATIVES: w('faster slower higher lower more less fewer cheaper dearer bigger smaller larger better worse longer shorter stronger weaker thinner lighter heavier above below up down'),
  CHANGE_VERBS: w('up down rose rise rises fell fall falls dropped drop drops jumped climbed gained lost declined increased decreased grew shrank slid slipped soared plunged surged tumbled by'),
  FURTHER_AFTER: w('other more additional further'),
  FURTHER_BEFORE: w('other another additional further'),
  MONEY_WORDS: w('sterling pence paid pay pays cost costs costing price priced worth fine fined fee salary wage bill charge charged spent spend raised donated compensation sum cash bonus award awarded prize budget fund funding loan debt profit revenue sale sold bought buy'),
  IRREGULAR_PAST: {
    took: 'taken', stole: 'stolen', found: 'found', caught: 'caught', struck: 'struck', brought: 'brought', kept: 'kept',
    hid: 'hidden', freed: 'freed', seen: 'seen', taken: 'taken', stolen: 'stolen', hidden: 'hidden', beaten: 'beaten', beat: 'beaten',
    sold: 'sold', bought: 'bought', built: 'built', fed: 'fed', led: 'led', hired: 'hired', fired: 'fired', sworn: 'sworn', drawn: 'drawn',
  },
  REGULAR_PAST: /[^e]ed$/,
  NOT_DONE: w('hundred armed unarmed aged talented skilled retired united limited related married unmarried interested concerned supposed alleged accused reported expected estimated based named called dubbed featured scheduled planned needed wanted used owned red bed shed fled need speed seed feed deed breed embed proceed exceed succeed'),
  DETERMINERS: [...w('the their his her its our some all about around nearly almost roughly approximately another an? only just'), 'at least', 'at most', 'more than', 'fewer than', 'less than', 'over', 'up to', 'as many as', 'as much as'],
  PASSIVE: /^\s*(?:(?:who|which|that)\s+)?(?:(?:have|has|had)\s+)?(?:been|were|was|are|is|being)\s+(?:(?:all|also|then|later|reportedly|allegedly|since|now)\s+)?([a-z]+)\b/,
  GENERIC_PEOPLE: w('people persons person individuals others men adults'),
  PARTITIVE: w('members units pieces items elements'),
  NOT_PLURAL: w('always perhaps whereas besides sometimes towards afterwards backwards forwards upwards downwards nevertheless unless thus plus minus bus gas yes his its this hers ours yours theirs was has does goes says is'),
  SINGULAR_ENDINGS: w('ss us is ous'),
  AND_OTHER: { joins: w('and or'), others: w('other more') },
  AND: 'and',
  CLAUSE_JOINS: w('and but'),
  PART_OF_WHOLE: /^\s+of\s+(?:the|its|their|his|her|our|all)\s+(?:[\d,.]+\s+)?/,
  ALSO_COUNTED: /^[\s,]*(?:and|as well as)?\s*$/i,
  INCLUDING: [...w('including'), 'among them', 'of whom', 'among whom', 'of them', 'among the dead', 'among those'],
  TOTAL: /\b(?:combined|overall|in total|in all|altogether|nationwide total)\b|\b(?:raising|bringing|taking|pushing)\s+the\s+(?:death\s+)?(?:toll|total|number)\b/i,
  PRICE_BEFORE: /\b(?:costs?|costing|priced at|sells? for|retails? for|starts? at|starting at)\s+(?:(?:about|around|just|only|roughly|some|under|over|from)\s+)?$/i,
  MARKET_NOUNS: w('market markets sector industry business segment share base traffic spending budget revenue'),
  SHARE_OF: /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+)?((?:[a-z-]+\s+){0,2}?[a-z-]+s)\b(?!['’])/i,
  COPULAS: w('is was are were turned turns'),
  YEARS_OLD: { unit: /^years?$/, old: 'old' },
  DURATION_BEFORE: w('for lasted'),
  ACCUSED: w('charged accused suspected convicted guilty acquitted indicted tried responsible'),
  ACCUSED_OF: w('with of for in'),
  NAME_TITLES: w('mr mrs ms miss dr sir dame rev prof'),
  BEFORE_AGE: w('the a an aged ,'),
  EVENT_AMOUNTS: w('damage loss cost ransom bail fine compensation reward aid bailout pledge donation turnout vote approval majority support total'),
  EARLIER_EVENT_NOUNS,
  YEAR_OF_EVENT: new RegExp(`\\b(?:${EVENT_NOUN})\\s+(?:of|in)\\s+${MONTH_DAY}$`, 'i'),
  YEAR_AFTER_ARTICLE: new RegExp(`\\bthe\\s+${MONTH_DAY}$`, 'i'),
  EARLIER_EVENT: new RegExp(`^\\s+(?:[\\w-]+\\s+){0,2}?(?:${EVENT_NOUN})\\b`, 'i'),
  COMPARED_WITH_PAST: /\b(?:over|from|than|on|compared (?:with|to))\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:previous\s+\w+|last year|(?:a|one) year ago|year before)\b/gi,
  PAST: ['previous', 'last year', 'in the past', 'years ago', 'decades ago'],
  SINCE_BEFORE: /\bsince\b[^,;.()]{0,50}$/i,
  WHEN_AFTER: /^\s*,?\s*(?:when|in which|that)\b/i,
  THAN_BEFORE: /\bthan\b[^,;.()]{0,60}$/i,

  ORDINAL_WORDS,
  ORDINAL_SUFFIXES,
  NOT_NAMES: w('The A An In On At By For With From And But Or He She It They We I His Her Its Their This That These Those There Then When While After Before Since During As If Although Though So Yet Now Still Even Also Only Just Not No Nor Both Either Neither Each Every Some Any All Most Many Few Several Such What Which Who Whom Whose Where Why How Mr Mrs Ms Dr Jr Sr January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow Tonight Overall Meanwhile However Instead Later Earlier Finally Additionally Afterwards Afterward Nonetheless Nevertheless Moreover Furthermore Indeed Besides Otherwise Again Already Together Here'),
  CONTRACTION: /^(?:I|You|We|They|He|She|It|That|There|What)[’'](?:m|re|ve|ll|d|s)$/,
  NAME_SUFFIXES: w('Jr Sr'),
  OBJECT_BEFORE: /\b(?:over|against|by|from|with|to|of|for|at|in|on|as|beat|beats|beating|defeated|defeats|stopped|stops|stopping|floored|dropped|and)\s+(?:the\s+)?$/i,

  FUTURE: w('will would shall expected scheduled due planned plans? next upcoming coming'),
  MONTH_PREPOSITIONS: w('[Ii]n [Oo]n [Dd]uring [Tt]he [Bb]y [Ff]rom'),
  MONTH_PARTS: w('early late mid-?'),
  MONTHS_AGO: /\blast month\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|several|a few|\d+)\s+months\s+(?:ago|earlier|before)\b/gi,
  monthsAgo: (m) => (/^last/i.test(m) ? 1 : Number(/^\d+/.exec(m)?.[0]) || MONTH_COUNTS[m.split(/\s/)[0].toLowerCase()] || 2),

  POLLED: ['respondents', 'those (?:polled|surveyed|asked)'],

  TIMES_ADVERBS,
  TIMES_AFTER: /^\s+times\b/i,
  FOR_THE_NTH: new RegExp(`\\bfor\\s+the\\s+(${ORDINAL})\\s+time\\b`, 'gi'),
  NOT_A_COUNT: /^\s*(?:as|the|a|an|that|than|per|more|less|over|higher|lower|larger|bigger|greater|smaller|faster|slower|daily|weekly|monthly|yearly|annually|every|each|in a row)\b|^\s+\w+er\s+than\b|^\s+(?:longer|shorter|slower|quicker|cheaper|older|younger|heavier|lighter|taller|wider|deeper|stronger|weaker|worse|better)\b/i,
  PERIOD: /^[^.;,]{0,15}?\b(?:since|in the (?:past|last)|over the (?:past|last)|this (?:year|season|month|week))\b/i,
  NEW_CLAUSE: w('and but or while when who which'),
  OBJECT_PRONOUNS: w('him her them it me us you himself herself themselves'),
  PARTICLES: w('down up out off over away back in'),
  LABEL_DETERMINERS: w('the a an his her their its my our your'),

  PERSON_AFTER: /^(?:[\s,]+[\p{L}\d-]+){0,3}?\s+(?:man|male|woman|female|person|suspect|inmate|prisoner|boy|girl|teenager|driver|fugitive)\b/iu,
  WEIGHT_UNIT: /^(?:-|\s)(pounds?|lbs?\.?|kilograms?|kilos?|kg)\b/i,
  HEIGHT_UNIT: /^(?:-|\s)(foot|feet|ft\.?|metres?|meters?|m)\b(?:[-\s](\d{1,2})(?:[-\s]inch(?:es)?)?)?/i,
  WEIGH_BEFORE: /\b(?:weigh(?:s|ed|ing)?|weight of)\s+(?:\S+\s+){0,2}$/i,
  POUND_UNIT: /^(?:pound|lb)/i,
  FOOT_UNIT: /^(?:foot|feet|ft)/i,
  TALL_AFTER: /^\s+tall\b/i,

  CROWD_OF: new RegExp(`\\b${CROWD}\\s+(?:of|at|was|numbered|estimated at)\\s+$`, 'i'),
  CROWD_ESTIMATED: new RegExp(`\\b(?:estimated|put|puts|estimates)\\s+the\\s+${CROWD}\\s+at\\s+$`, 'i'),
  CROWD_ADJECTIVE: new RegExp(`^(?:[-\\s](?:person|people|strong))?\\s+${CROWD}\\b`, 'i'),
  PEOPLE_AFTER: /^\s+people\b/i,
  ARTICLE_BEFORE: /\b(?:the|a|an)\s+$/i,
  TURNED_BEFORE: /(\p{Lu}[\p{L}’'-]*),\s+who\s+(?:has\s+)?turn(?:ed|s)\s+$/u,
  TURNED: /turn(?:ed|s)\s+$/i,
  NOT_AN_AGE_AFTER: /^\s*(?:%|percent|years?\b(?!\s+old)|[-\s]?(?:million|billion))/i,

  COUNTED: /^(?:(?:head|assistant)\s+coach|coach|manager|president|prime minister|chancellor|chairman|chairwoman|chair|chief executive|director|governor|mayor|leader|captain|commissioner|secretary|premier|(?:[\w-]+\s+)?(?:title|championship|crown|medal|trophy|cup|award)|term)s?\b/i,
  CONTESTS: /^(?:(?:title\s+)?(?:fight|bout|match|game|race|victory|win))s?\b/i,
  STREAK: /^\s*(?:straight|consecutive|successive)\b|\bin a row\b/i,
  SCOPED: /^[^.;]{0,30}?\b(?:since|under|in\s+\S+\s+(?:years|seasons|months)|over the (?:past|last))\b/i,
  IN_A_ROW_AFTER: /^\s*in a row\b/i,
  VICTORY_HEAD: /^(?:victory|win)s?$/i,
  GAME_AFTER: /^\s+(game|match|race|start)\b/i,
  SEASON_BEFORE: /\b(?:the\s+)?(season|year|campaign)[’']s\s+$/i,
  SEASON_AFTER: /^\s+of\s+the\s+(?:\S+\s+)?(season|year|campaign)\b/i,
  RESULT_BEFORE: /\b(?:won|lost|wins?|loses|lose|dropped|drops)\s+(?:their|his|her|its|the)\s+$/i,
  VICTORY_WORD: /^(?:victor|win)/i,
  VERSUS: new RegExp(`\\b(${ORDINAL})\\s+(?:(?:career|professional|pro)\\s+)?(victory|win|defeat|loss)\\s+(?:over|against|to)\\s+((?:\\p{Lu}[\\p{L}’'-]*\\s+){0,2}\\p{Lu}[\\p{L}’'-]*)`, 'giu'),
  STREAK_AFTER: /^\s+((?:[\p{L}-]+\s+)?)(fights?|bouts?|games?|matches|wins|victories|races|titles)\s+(?:in a row|straight)\b/iu,

  STOP: /\b(?:stop(?:s|ped|ping)?|stoppage|knock(?:s|ed|ing)? out|knockout|KO'?d|TKO|wins?|won|beat(?:s|ing)?|defeat(?:s|ed|ing)?|finish(?:es|ed)|ended|over when)\b/gi,
  OUT: /\b(?:eliminated|ousted|bounced|exited)\b/gi,
  DOWN: /\b(?:floor(?:s|ed|ing)?|drop(?:s|ped|ping)?|knock(?:s|ed|ing)? down|knockdown|(?:put|putting|puts|sent|sends|sending)\s+(?:\w+\s+){0,2}(?:down|on(?:to)? the canvas|to (?:his|her) knees)|(?:on(?:to)?|hit) the canvas)\b/gi,
  ROUND_AFTER: /^[\s-]+rounds?\b/i,
  ROUND_THE_BEFORE: /\b(?:in|of|during|into)\s+the\s+$/i,
  BARE_ROUND_AFTER: /^\s*(?:[,.;:!?)]|$|\s+(?:and|but|as|when|after|with)\b)/i,
  IN_BEFORE: /\bin\s+$/i,
  ROUNDS_AFTER: /^\s+rounds?\b/i,
  ROUNDS_END_AFTER: /^\s*(?:[,.;:!?)]|$|\s(?:with|as|after|before|to|on|at|and)\b)/i,
  ROUND_CLAUSE_MARK: /[;:,]|\s(?:and|but)\s/,
  WIN_VERB: /^(?:wins?|won|beat|defeat)/i,
  LAST_JOIN: /\s(?:and|but)\s(?!.*\s(?:and|but)\s)/,
  DOWN_PARTICIPLE: /^,\s+((?:putting|sending|dropping|flooring|knocking)\b[^,;.]{0,30})/i,

  RECORD_BEFORE: /(?:\b(?:record|mark)\s+(?:of|at|to)\s+|\b(?:improved|improves|improving|fell|falls|falling|dropped|drops|dropping|moved|moves|went|goes|slipped|slips|climbed|climbs|rose|rises)\s+(?:(?:his|her|their|its)\s+(?:record\s+)?)?to\s+)$/i,
  RECORD_AFTER: /^\s+(?:record|mark|career)\b/i,
  KO_AFTER: /^(?:\s*\(|,\s*|\s+with\s+)(\d{1,3})\s+(?:KOs?\b|knockouts?\b|(?:wins|victories)\s+(?:coming\s+)?by\s+(?:way\s+of\s+)?(?:knockout|KO)\b)/i,
  SCORE_WORDS: /\b(?:score|scored|won|beat|beats|lost|defeated|trailing|led|leads|leading|halftime|half-time|victory|win|defeat|loss)\s+(?:\w+\s+){0,3}$/i,
  WINS_AFTER: /^\s+(?:wins|victories)\b/i,
  RECORD_OR_DEFEATS: /\brecord\b|\band\s+\S+\s+(?:defeats|losses)\b/i,
  DEFEATS_AFTER: /^\s+(?:defeats|losses)\b/i,
  WINS_OR_RECORD: /\b(?:wins|victories|victory|win|record)\b/i,
  BY_KO_AFTER: /^\s+by\s+(?:KO|knockout)\b/i,
  BY_WORD_AFTER: /^\s+by\s+\w+/i,
  NTH_WIN: /\b(\d{1,3}(?:st|nd|rd|th))\s+(?:career\s+|professional\s+|pro\s+)?(?:victory|win)\b/gi,
  IN_A_ROW: /\b(?:straight|consecutive|in a row)\b/i,

  GAP: /^\s+(days?|weeks?|months?|years?)\s+(after|before|following|prior to|(?:that\s+)?(?:have|has|had)\s+passed\s+since)\s+([^,;:.()]{3,60})/i,
  GAP_CUT: /^(?:and|but|when|while|as|that|which|who|to|in|on|at|for|with|by|from|over|about|into|against|saying)$/i,
  GAP_PART: /^(?:end|start|beginning|close)$/i,
  GAP_BEFORE: /^(?:before|prior to)$/i,
  GAP_DETERMINER: /(?:(?<![\p{L}])(?:the|their|his|her|its|this|that|a|an)|[’']s)\s+/giu,
  GAP_NAMED: /^(the\s+)?((?:\p{Lu}[\p{L}’'-]*\s*){1,4})$/u,

  COMPARED: /^\s+(rounds?|games?|laps?|strokes?|points?|places?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|seasons?|inches|feet|pounds|kilos|kilograms|centimetres|centimeters)\s+(sooner|faster|quicker|slower|older|younger|longer|shorter|taller|heavier|lighter)\b/i,
  PLURAL_UNIT: /^(?!inches|feet|pounds|kilos|kilograms)(.*?)s?$/,
};
