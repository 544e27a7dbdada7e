// Analysis stage, language pack (English): the words the figures' rules read the surroundings of a
// number by (figures/) — what makes it a change, a range, an age, a price, an earlier event's toll.
// Part of `en` (en.ts); the rules read them as `lang().figures`. What is counted and what happened to
// it (UNIT_NOUNS, EVENT_WORDS) stay in en.ts, beside the other counting words.
import { MONTHS } from './en-text.js';
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

/** Nouns of an earthquake and its shocks. */
const SHOCK = '(?:earthquakes?|quakes?|temblors?|tremors?|aftershocks?|after-shocks?|foreshocks?|shocks?|shakers?|jolts?)';
/** Month names, written out (shocks.ts). */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** A unit of a length of time, group 1 singular. */
const TERM_UNIT = '(second|minute|hour|day|week|month|year)s?';
/** What a length of time at large is called. */
const AT_LARGE = '(?:on the run|at large|in hiding|on the lam|manhunt|search for him|search for her)';

/** Compass directions, written out or abbreviated: "north-northwest", "west southwest", "NNW". */
const COMPASS = '(?:north|south)(?:east|west)?|east|west';
/** A direction: a compass point written out or abbreviated. */
const DIRECTION = `(?:due\\s+)?(?:${COMPASS})(?:[-\\s](?:${COMPASS})){0,2}|[NSEW]{1,3}`;

export const figures: FigureWords = {
  GENERATION_SUFFIXES: w('Jr Sr II III'),
  LEADING_ARTICLE: /^(?:The|A) /,
  LENGTH_UNIT_KEYS: [[/^nautical/, 'nautical miles'], [/^mi/, 'miles'], [/^k/, 'km'], [/^(?:m|metre|meter)/, 'metres'], [/^(?:f|foot)/, 'feet']],
  GAP_OF: 'of',
  TIME_SUBJECT: /^time (?:left|after|before)\b/,
  singular: (word) => {
    if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
    if (/(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
    return word.replace(/s$/, '');
  },

  QUALIFIERS: [
    ['at least', ['at least', 'no fewer than', 'no less than', 'a minimum of', 'not less than', 'not fewer than']],
    ['more than', ['more than', 'over', 'in excess of', 'upwards of', 'above', 'exceeding', 'well over', 'just over']],
    ['nearly', ['nearly', 'almost', 'close to', 'just under', 'approaching', 'nearing', 'short of']],
    ['up to', ['as many as', 'up to', 'at most', 'no more than', 'a maximum of', 'not more than']],
    ['fewer than', ['fewer than', 'less than', 'under', 'below']],
    ['about', ['about', 'around', 'some', 'approximately', 'roughly', 'an estimated', 'estimated', 'circa', 'an approximate', 'approx\\.', 'almost exactly', 'or so']],
  ],

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
  DIED_AT: /\b(?:dies|died|die|dying|dead|passed away)\s+(?:\w+\s+){0,3}(?:at|aged)\s+(?:the\s+age\s+of\s+|age\s+)?$/i,
  REPORTED_IN: 'as reported in',
  PARENT_OF: /\b(?:mother|father|mom|mum|dad|grandmother|grandfather|parent)s?\s+(?:of|to)\s+$/i,
  SPECULATION_BEFORE: /\bthere\s+(?:might|may|could)\s+(?:well\s+)?(?:have\s+been|be)\s+$/i,
  NEAR_MISS: w('nearly almost narrowly barely'),
  PREPOSITIONS: w('at in on from into onto near by with across within inside outside'),
  OBJECT_ENDS: w('before after during while when as and but then'),
  NOT_AN_EVENT: /^(?:injured|disabled)\s+(?:reserve|list)\b/,
  JOINED_COUNTS: /^\s*(?:,\s*)?(?:and|or)\s*$/i,
  SPATIAL_NOUNS: w('blocks doors houses buildings streets miles kilometres kilometers km yards feet metres meters steps paces'),
  DISTANCE_AFTER: /^\s+(?:away|(?:(?:north|south)(?:east|west)?|east|west)(?:ward)?\s+of)\b/i,
  DISTANCE_FROM: /^\s+(?:from|down\s+the|up\s+the)\b/i,
  OF_COMPLEMENT: /^\s+of(?:\s+[\p{L}’'-]+){1,3}(?=\s)/u,
  SUPERLATIVE: /^(?:most|least|best|worst|greatest|biggest|largest|oldest|youngest|highest|fastest|finest|strongest|richest|top)\b/i,
  MISSING: 'missing',
  OWN_PREDICATE: /^\s*(?:(?:who|which|that)\s+)?(?:(?:have|has|had)\s+)?(?:(?:been|were|was|are|is|being)\s+)?(?:(?:all|also|then|later|reportedly|allegedly|since|now)\s+)?$/,
  COMPARATIVES: w('faster slower higher lower more less fewer cheaper dearer bigger smaller larger better worse longer shorter stronger weaker thinner lighter heavier above below up down'),
  CHANGE_VERBS: w('up down rose rise rises fell fall falls dropped drop drops jumped climbed gained lost declined increased decreased grew shrank slid slipped soared plunged surged tumbled by'),
  FURTHER_AFTER: w('other more additional further'),
  FURTHER_BEFORE: w('other another additional further'),
  MONEY_WORDS: w('sterling pence paid pay pays cost costs costing price priced worth fine fined fee salary wage bill charge charged spent spend raised donated compensation sum cash bonus award awarded prize budget fund funding loan debt profit revenue sale sold bought buy'),
  IRREGULAR_PAST: {
    took: 'taken', stole: 'stolen', shot: 'shot', found: 'found', caught: 'caught', struck: 'struck', brought: 'brought', kept: 'kept',
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
  CLAUSE_OPENINGS: w('he she they we i you it after before because although though since until unless if'),
  INFINITIVE: 'to',
  ANOTHER: 'another',
  THEN_BEFORE: /\bthen[-–\s]*$/i,
  WIN: 'win',
  LIMIT_BEFORE: /\b(?:limit|cap|ceiling|maximum|minimum)\s+(?:of|is|was|at)\s+$/i,
  PART_OF_WHOLE: /^\s+of\s+(?:the|its|their|his|her|our|all)\s+(?:[\d,.]+\s+)?/,
  ALSO_COUNTED: /^[\s,]*(?:and|as well as)?\s*$/i,
  INCLUDING: [...w('including'), 'among them', 'of whom', 'among whom', 'of them', 'among the dead', 'among those'],
  TOTAL: /\b(?:combined|overall|in total|in all|altogether|nationwide total)\b|\b(?:raising|bringing|taking|pushing)\s+the\s+(?:death\s+)?(?:toll|total|number)\b/i,
  PRICE_BEFORE: /\b(?:costs?|costing|priced at|sells? for|retails? for|starts? at|starting at)\s+(?:(?:about|around|just|only|roughly|some|under|over|from)\s+)?$/i,
  MEASURE_OF: /\b(?:a|an|the|his|her|their|its)\s+((?:[a-z-]+\s+){1,2}(?:level|rate|concentration|content|reading))\s+of\s+$/i,
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
  // ("the previous day/night" is often the event's own time; "no previous convictions" dates nothing)
  PAST: ['(?<!\\bno\\s)previous(?!\\s+(?:day|night|evening|morning|afternoon|week|weekend)\\b)', 'last year', 'earlier this year', 'in the past', 'years ago', 'decades ago'],
  PAST_OPENING: ['last year', 'earlier this year', 'in the past', 'years ago', 'decades ago'],
  PAST_AFTER_COUNT: /^\s+prior\b(?!\s+to\b)/i,
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
  TIMES_EMPTY_VERBS: w('did done happened occurred'),
  TIMES_EMPTY_OBJECTS: w('it this that so'),
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
  RECORD_AFTER: ['record', 'mark', 'career'],
  RECORD_CHANGED_TO: /\b(?:improved|improves|improving|fell|falls|falling|dropped|drops|dropping|moved|moves|went|goes|slipped|slips|climbed|climbs|rose|rises|evened|evens)\s+(?:(?:his|her|their|its)\s+(?:record\s+)?)?to\s+\d+\s*[-–]\s*\d+/i,
  WEIGHT_AFTER_HEIGHT: /^,\s?\d{3}\b(?![-\d])/,
  KO_AFTER: /^(?:\s*\(|,\s*|\s+with\s+)(\d{1,3})\s+(?:KOs?\b|knockouts?\b|(?:wins|victories)\s+(?:coming\s+)?by\s+(?:way\s+of\s+)?(?:knockout|KO)\b)/i,
  SCORE_WORDS: /\b(?:score|scored|won|beat|beats|lost|defeated|trailing|led|leads|leading|halftime|half-time|victory|win|defeat|loss)\s+(?:\w+\s+){0,3}$/i,
  WINS_AFTER: ['wins', 'victories'],
  RECORD_OR_DEFEATS: /\brecord\b|\band\s+\S+\s+(?:defeats|losses)\b/i,
  DEFEATS_AFTER: ['defeats', 'losses'],
  WINS_OR_RECORD: ['wins', 'victories', 'victory', 'win', 'record'],
  BY_KO_AFTER: /^\s+by\s+(?:KO|knockout)\b/i,
  BY_WORD_AFTER: /^\s+by\s+\w+/i,
  NTH_WIN: /\b(\d{1,3}(?:st|nd|rd|th))\s+(?:career\s+|professional\s+|pro\s+)?(?:victory|win)\b/gi,
  IN_A_ROW: ['straight', 'consecutive', 'in a row'],

  GAP: /^\s+(days?|weeks?|months?|years?)\s+(after|before|following|prior to|(?:that\s+)?(?:have|has|had)\s+passed\s+since)\s+([^,;:.()]{3,60})/i,
  GAP_CUT: ['and', 'but', 'when', 'while', 'as', 'that', 'which', 'who', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'over', 'about', 'into', 'against', 'saying'],
  GAP_PART: ['end', 'start', 'beginning', 'close'],
  GAP_BEFORE: ['before', 'prior to'],
  GAP_DETERMINER: /(?:(?<![\p{L}])(?:the|their|his|her|its|this|that|a|an)|[’']s)\s+/giu,
  GAP_NAMED: /^(the\s+)?((?:\p{Lu}[\p{L}’'-]*\s*){1,4})$/u,

  COMPARED: /^\s+(rounds?|games?|laps?|strokes?|points?|places?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|seasons?|inches|feet|pounds|kilos|kilograms|centimetres|centimeters)\s+(sooner|faster|quicker|slower|older|younger|longer|shorter|taller|heavier|lighter)\b/i,
  PLURAL_UNIT: /^(?!inches|feet|pounds|kilos|kilograms)(.*?)s?$/,

  MENTIONS_SHOCK: new RegExp(`\\b${SHOCK}\\b|\\bmagnitude\\b|\\bRichter\\b`, 'i'),
  AFTERSHOCK_CUE: new RegExp(`\\b(?:followed\\s+by|aftershocks?|after-shocks?|a\\s+second\\s+${SHOCK})\\b`, 'i'),
  FORESHOCK_CUE: new RegExp(`\\b(?:foreshocks?|preceded\\s+by)\\b|\\b(?:earlier|before)\\b[^.;]{0,60}?\\b(?:an?|another)\\s+(?:[\\w.-]+\\s+){0,3}?${SHOCK}\\b`, 'i'),
  EARLIER_SHOCK_CUE: new RegExp(`\\b(?:in|of)\\s+(?:${MONTH}\\s+)?(?:\\d{1,2},?\\s+)?(?:19|20)\\d\\d\\b|\\bthe\\s+(?:19|20)\\d\\d\\s+(?:[\\w-]+\\s+){0,2}?(?:${SHOCK}|tsunami|disaster)\\b|\\b(?:last|previous|prior|former)\\s+(?:[\\w-]+\\s+){0,2}?${SHOCK}\\b|\\b(?:since|than)\\s+(?:the|a|an)\\s+(?:[\\w.-]+\\s+){0,3}?${SHOCK}\\b|\\b(?:since|than)\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}$`, 'i'),
  SHOCK_LATER_YEAR: new RegExp(`^(?:[^.;]|\\.\\d)*?\\b(?:in|of)\\s+(?:${MONTH}\\.?\\s+)?(?:\\d{1,2},?\\s+)?((?:19|20)\\d\\d)\\b`, 'i'),
  SHOCK_GENERAL: new RegExp(`\\b(?:are|is)\\s+(?:\\w+\\s+)?(?:common|frequent|typical|usual|routine|rare)\\b|\\bfrequent\\b|\\b(?:maximum|could|capable|would|might)\\b`
    // "A 5.0 quake is large for the area": any shock of that size, in the present tense.
    + `|\\ban?\\s+(?:magnitude[- ])?\\d(?:\\.\\d)?(?:-magnitude)?\\s+(?:[\\w-]+\\s+)?${SHOCK}\\s+(?:is|are|can|could|would)\\b`, 'i'),
  SHOCK_REFERS_BACK: new RegExp(`^\\s*(?:(?:the|that|this)\\s+(?:[\\w-]+\\s+)?${SHOCK}|it|that one)\\b`, 'i'),
  MAIN_SHOCK_AGAIN: new RegExp(`^\\s*the\\s+(?:main|larger|bigger|stronger|first|initial|big)\\s+${SHOCK}`, 'i'),
  SHOCK_NOUN_AFTER: new RegExp(`^\\s+(?:[\\w-]+\\s+)?${SHOCK}\\b`, 'i'),
  SEVERAL_SHOCKS: /\b(?:earthquakes|quakes|temblors|tremors|shocks|shakers)\b(?:[^.;,]|\.\d){0,40}$/i,
  SHOCK_NOUN: new RegExp(`^\\S*\\s*(?:[\\w-]+\\s+){0,2}?(${SHOCK})\\b`, 'i'),

  MAGNITUDE: 'magnitude',
  AFTERSHOCK_NOUN: /^after-?shock/,
  FORESHOCK_NOUN: /^foreshock/,
  THE_AFTERSHOCK: /^\s*the\s+after-?shocks?\b/i,
  MAGNITUDE_BEFORE: /\bmagnitude(?:\s+(?:of|at|to|as))?\s*[-–]?\s*$/i,
  MAGNITUDE_AFTER: /^\s+(?:in\s+)?magnitude\b/i,
  RICHTER_AFTER: /^\s+on\s+the\s+(?:[\w-]+\s+)?Richter\b/i,
  MEASURING_BEFORE: /\b(?:measur(?:ing|ed|es)|register(?:ing|ed|s)|(?:put|puts|rated|rates|estimated)\s+(?:it|the\s+(?:earth)?quake)\s+(?:at|as))\s+(?:a\s+)?$/i,
  MAGNITUDE_HYPHEN: /\bmagnitude[-–](\d(?:\.\d)?)\b/gi,
  MAGNITUDE_LIST: /^\s*(?:,|and|or|to|-|–)\s*(?:a\s+)?$/i,
  OR_MORE_AFTER: /^\s+or\s+(?:above|more|greater|higher|larger|stronger)\b/i,
  MAGNITUDE_TAIL: /^(?:-magnitude|\s+in\s+magnitude|\s+on\s+the\s+(?:[\w-]+\s+)?Richter\s+scale)\b/i,

  AT_LARGE_SPELLED: new RegExp(`\\b(?:(a|an|one)\\s+|(?<=\\b(?:after|for|within|nearly|almost|about)\\s))${TERM_UNIT}(?:-?long)?\\s+${AT_LARGE}`, 'gi'),
  AT_LARGE_LONG: new RegExp(`\\b(?:a\\s+)?${TERM_UNIT.replace('s?', '')}-?long\\s+(?:manhunt|search)\\b`, 'gi'),
  TENURE: /\bafter\s+(?:(just|only|barely|nearly|almost|about|more than)\s+)?(a\s+single|a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z]+\s+)?(season|year|month|term)s?\b/gi,
  LEFT_POST: /\b(?:fired|firing|fires|sacked|sacking|dismissed|dismissing|ousted|ousting|push(?:ed|ing|es)\s+out|shown the door|let go|relieved of|resign(?:ed|s|ing)|quit|quits|step(?:ped|s)?\s+down|stepping down|depart(?:ed|s|ing))\b/i,
  CLOCK_LEFT: /^\s+(seconds?|minutes?)\s+(?:remaining|left|to go|to play)\b(?:\s+(?:of|in)\s+the\s+([\w-]+\s+(?:round|quarter|half|period|inning|frame|set|game|match|fight|bout)))?/i,
  AT_LARGE_AFTER: new RegExp(`^(?:-|\\s+)${TERM_UNIT}(?:-?long)?\\s+${AT_LARGE}`, 'i'),
  CLOCK_WITH: /\bwith\s+(?:(?:about|around|roughly|some|just|only|nearly|almost|less than|more than)\s+)?$/i,
  WITH_BEFORE: /\bwith\s+\S*\s*$/i,
  RUN_BEFORE: /\b(unbeaten|undefeated|winning|losing|winless)\s+(?:run|streak|spell)\s+(?:to|of)\s+$/i,
  RUN_UNIT_AFTER: /^\s+(years?|months?|weeks?|seasons?)\b/i,
  LEFT_ON_AFTER: /^\s+(years?|months?|seasons?)(?:\s+and\s+[^,;.]{1,30}?)?\s+(?:left|remaining)\s+(?:on|in)\s+(?:the|his|her|their|its)\s+(contract|deal|term|sentence|lease)\b/i,
  TERM_UNIT_HYPHEN: /^(?:year|season|month)s?$/i,
  CONTRACT_AFTER: /^[\w-]*(?:,\s*[^,;]{1,30}?)?\s+(contract|deal|extension)\b/i,
  HELD_BEFORE: /\b(?:signed|signs|signing|agreed to|inked|finished|completed|(?:first|second|third|final|last) (?:year|season) of|under)\s+(?:(?:a|an|his|her|their|its|the)\s+)?$/i,
  LIFE_AFTER: /^\s+(?:consecutive\s+)?life\s+(?:sentences|terms)\b/i,
  TENURE_NUMBERS: { 'a single': 1, a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 },
  SERVING_BEFORE: /\bserv(?:e|es|ed|ing)\s+$/i,
  STRESS_ONLY: ['just', 'only', 'barely'],

  LENGTH_UNIT: /^(nautical\s+miles?|miles?|kilometres?|kilometers?|kms?|metres?|meters?|feet|foot|ft|yards?)\b/i,
  GLUED_LENGTH: /(?<![\p{Sc}\w.,])(\d{1,3}(?:,\s?\d{3})+|\d+(?:\.\d+)?)(kms?|ft|mi|m(?=\s+(?:deep|below|beneath|under|down|from|away|high|up|off|into|onto|while|when|to|north|south|east|west)\b))\b/gu,
  FALL_BEFORE: /\b(?:fell|falls?|falling|fallen|plunged|plunging|plummeted|tumbled|dropped|slid|climbed|descended)\s+(?:\w+\s+)?$/i,
  TOWARDS: new RegExp(`^\\s*(?:away\\s+)?(?:(?:${DIRECTION})\\s+of|(?:(?:${DIRECTION})\\s+)?(?:away\\s+from|from|off(?:\\s+the\\s+coast\\s+of)?|outside(?:\\s+of)?|offshore\\s+(?:of|from)|inland\\s+from))\\s+`, 'i'),
  DEPTH_BEFORE: /\bdepths?\s+of\s+$/i,
  DEPTH_AFTER: /^\s*(?:deep\b|underground\b|(?:below|beneath|under)\s+(?:the\s+)?(?:ground|ground level|surface|earth(?:['’]s surface)?|sea\s*(?:bed|floor|level)?|seabed|ocean(?:\s+floor)?)\b)/i,
  EVENT_ITSELF: /^(?:the\s+)?(?:(?:main|initial|first)\s+)?(?:quake|earthquake|temblor|tremor|epicent(?:er|re)|blast|explosion|fire|blaze|crash(?:\s+site)?|scene|shock|storm|eye)\b/i,
  EVENT_AT: /\b(?:cent(?:ere|re)d|struck|hit|occurred|happened|located|caught|arrested|found|crashed|erupted|started|began|broke out|landed|sank|exploded)\s+(?:in|near|at|outside|on|off)\s+[^,;.]{1,40},\s*$/i,
  TOWN_OF: /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:town|city|village|hamlet|community|port|capital|settlement|resort|suburb|island|province|region|district|county|state)\s+of\s+/iu,
  WHERE_PLACE: /^where\s+[^,.;:()"“”]{3,40}/i,
  THE_WORD: /^the$/i,
  PLACE_CONNECTORS: ['of', 'de', 'del', 'la', 'le', 'upon', 'on', 'am', 'sur'],
  THE_BEFORE_REFERENCE: /^the\s/i,
  TENTHS: 'tenths',
  TENTHS_OF: /^\s+of\s+an?\s+(mile|kilometre|kilometer|metre|meter)\b/i,
  ROUGHLY_BEFORE: /(?:about|around|some|approximately|nearly|almost|more than|over)\s+$/i,
  FIRST_PERSON_OPENING: /^\s*(?:I|I['’]m|we|we['’]re|my|our)\b/i,
  SAME_LENGTH_AGAIN: /^\s*\(\s*(?:about|some|around|approximately|roughly|nearly|almost|or)?\s*$/i,
  DEEP_END: /deep$/i,
  AT_DEPTH_BEFORE: /\b(?:at\s+)?(?:a\s+)?depths?\s+of\s+$/i,
};
