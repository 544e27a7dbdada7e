// Analysis stage, language pack (English): the words the analysis reads a report by — who speaks and
// how. A rule asks `lang()` (lang/index.ts) for the pack of the corpus's language instead of writing
// its words out, so they are spelt once and a second language is a second pack (like marked's
// rules.ts, one table of patterns per flavour). A rule's findings are data (analysis/types.ts
// `Finding`); the sentences of a note are compose's (model/lang/), so no rule writes English.
import { stemmer } from 'stemmer';
import { actors } from './en-actors.js';
import { figures } from './en-figures.js';
import { summary } from './en-summary.js';
import { text } from './en-text.js';
import { discrepancies, UNIVERSAL_ZONES } from './en-discrepancies.js';
import { alternation, type EventWord, listPattern, type LanguagePack, type StageWords, type UnitNoun, type VerbRow, verbTable } from './pack.js';

// — Reporting verbs: one table. Each rule reads a named selection of it (which verbs count is the
// rule's logic, said where the selection is made); a verb and its forms are spelt only here. —

/** Every reporting verb once: its base, present (third person) and past forms, and its uses. */
const VERBS: VerbRow[] = [
  ['say says said', 'speech saying base medium'], ['tell tells told', 'speech saying base'], ['state states stated', 'speech saying'],
  ['warn warns warned', 'speech saying base'], ['claim claims claimed', 'speech saying base claim'], ['add adds added', 'speech saying'],
  ['stress stresses stressed', 'speech saying'], ['declare declares declared', 'speech saying'], ['note notes noted', 'speech saying'],
  ['vow vows vowed', 'speech saying'], ['assure assures assured', 'speech saying'], ['estimate estimates estimated', 'speech saying figure'],
  ['confirm confirms confirmed', 'speech saying base'], ['assert asserts asserted', 'speech saying'], ['explain explains explained', 'speech saying'],
  ['promise promises promised', 'speech saying base'], ['announce announces announced', 'speech saying base medium'], ['insist insists insisted', 'speech saying base'],
  ['argue argues argued', 'speech saying'], ['admit admits admitted', 'speech saying base'], ['write writes wrote', 'speech saying'],
  ['reply replies replied', 'speech saying'], ['acknowledge acknowledges acknowledged', 'speech saying'],
  ['accuse accuses accused', 'speech base claim'], ['describe describes described', 'speech'], ['call calls called', 'speech'],
  ['denounce denounces denounced', 'speech'], ['praise praises praised', 'speech'], ['reject rejects rejected', 'speech base'],
  ['urge urges urged', 'speech base'], ['demand demands demanded', 'speech base'], ['blame blames blamed', 'speech base claim'], ['deny denies denied', 'speech base'],
  ['point points pointed', 'speech'], ['recall recalls recalled', 'speech'], ['agree agrees agreed', 'speech'], ['make makes made', 'speech'],
  ['express expresses expressed', 'speech'], ['cite cites cited', 'speech medium'], ['condemn condemns condemned', 'speech'], ['pledge pledges pledged', 'speech'], ['speak speaks spoke', 'speech'],
  ['report reports reported', 'act base medium'], ['monitor monitors monitored', 'act'], ['order orders ordered', 'act base'], ['send sends sent', 'act base'],
  ['deploy deploys deployed', 'act base'], ['meet meets met', 'act base'], ['attend attends attended', 'act'], ['sign signs signed', 'act base'],
  ['authorize authorizes authorized', 'act'], ['authorise authorises authorised', 'act'], ['resign resigns resigned', 'act'],
  ['arrest arrests arrested', 'act'], ['kill kills killed', 'act'], ['launch launches launched', 'act'], ['welcome welcomes welcomed', 'act'],
  ['threaten threatens threatened', 'act'], ['provide provides provided', 'act base'], ['ask asks asked', 'act'], ['answer answers answered', 'act'],
  ['question questions questioned', 'act'], ['criticize criticizes criticized', 'act'], ['criticise criticises criticised', 'act'],
  ['testify testifies testified', 'act'], ['respond responds responded', 'act'], ['apologize apologizes apologized', 'act'],
  ['apologise apologises apologised', 'act'], ['plead pleads pleaded', 'act'], ['confess confesses confessed', 'act'], ['sue sues sued', 'act'],
  ['hire hires hired', 'act'], ['fire fires fired', 'act'], ['appoint appoints appointed', 'act'], ['defeat defeats defeated', 'act'],
  ['score scores scored', 'act'], ['surrender surrenders surrendered', 'act'],
  ['allege alleges alleged', 'claim'], ['put puts put', 'figure'], ['give gives gave', 'figure'], ['place places placed', 'figure'],
  ['quote quotes quoted', 'medium'], ['show shows showed', 'medium'], ['broadcast broadcasts broadcast', 'medium'],
];

const { verbs, baseForms, formsOf } = verbTable(VERBS);

/** Verbs of speech (present, past, and the base forms read as verbs) — a sentence where an actor is their subject is a statement by that actor. */
export const SPEECH_VERBS = new Set([...verbs('speech', ['present', 'past']), ...baseForms('speech')]);

/** Verbs of speech and of acting: a name right before one of these is speaking or acting in the story. */
export const ACTION_VERBS = new Set([...SPEECH_VERBS, ...verbs('act', ['present', 'past']), ...baseForms('act')]);

/**
 * Verbs whose object can be the report itself ("said the talks failed"); others need a quote or "that".
 * Every form: it is asked only of words already read as verbs of speech.
 */
export const SAYING_VERBS = new Set(verbs('saying'));

/**
 * Verbs of speech as a news sentence tells them: the past forms, and "says" — the other present forms
 * are as often nouns ("member states", "notes", "claims"), and a noun taken for a verb strips or credits
 * the wrong words.
 */
const TOLD = [...formsOf('say', ['present']), ...verbs('speech', ['past'])];
/** Verbs of saying, as news sentences tell them (as TOLD). */
const SAID = [...formsOf('say', ['present']), ...verbs('saying', ['past'])];

/** A sentence with a verb of speech (or "according to") is a response or a statement rather than the event (summary order). */
export const RESPONSE_VERBS = ['according to', ...TOLD];

/** A pronoun before a verb of saying leaves the speaker to the sentence before ("…, he said"). */
export const PRONOUN_SPEECH_VERBS = SAID;

/**
 * An attribution that opens a sentence ("X said that …", "The Daily Courier reports …") by a verb of saying
 * or reporting, stripped when sentences are compared: two outlets crediting one paper share no news.
 */
export const LEAD_ATTRIBUTION_VERBS = ['told reporters', ...SAID, ...formsOf('report', ['present', 'past'])];

/** A medium reporting ("state television said", "the news agency reported"): past forms, "says" and "reports". */
export const MEDIUM_VERBS = [...formsOf('say', ['present']), ...formsOf('report', ['present']), ...verbs('medium', ['past'])];

/** A name set off by commas, then its verb of speech (", said", ", told", ", added"): the plainest ones only. */
export const APPOSITION_SPEECH_VERBS = [...formsOf('say', ['present']), ...['say', 'tell', 'add', 'state', 'explain', 'note', 'warn'].flatMap((v) => formsOf(v, ['past']))];

/** An attribution that closes a sentence (", officials said", ", she told reporters"): "told" needs its listener. */
export const TRAIL_ATTRIBUTION_VERBS = ['told \\S+', ...SAID.filter((w) => w !== 'told'), ...formsOf('report', ['present', 'past']), 'according to [^,.]+'];

// — Reporting, as sentences show it —

/** Verbs that report speech or opinion: the sentence is a response, not the event (summary order). */
const REPORTING = new RegExp(`\\b(?:${alternation(RESPONSE_VERBS)})\\b`, 'i');

/** The doer reports its own action: "X said it has agreed to …", "announced that they will …", "says he has resigned". */
const SELF_REPORT = new RegExp(`\\b(?:${alternation(RESPONSE_VERBS)})\\s+(?:\\p{L}+\\s+)?(?:that\\s+)?(?:(?:it|they)\\s+(?:has|have|had|will|is|are|was|were)|(?:he|she)\\s+(?:has|had)\\s+\\p{L}+ed)\\b`, 'iu');

/** A speaker given only as a pronoun ("…, he said", "he added"). */
const PRONOUN_SPEAKER = new RegExp(`\\b(?:he|she|they)\\s+(?:${alternation(PRONOUN_SPEECH_VERBS)})\\b`, 'i');

const LEAD_ATTRIBUTION = [
  /^according to [^,]{1,80},\s*/i,
  new RegExp(`^(?:[^\\s,]+\\s+){0,8}?(?:${alternation(LEAD_ATTRIBUTION_VERBS)})(?: that)?\\s*[:,]?\\s*`, 'i'),
];
const TRAIL_ATTRIBUTION = new RegExp(`,\\s+(?:[^\\s,]+\\s+){0,6}?(?:${alternation(TRAIL_ATTRIBUTION_VERBS)})\\s*\\.?$`, 'i');

/** "state television said", "State TV reported": the state's broadcaster acts in the story, unnamed. */
const MEDIUM_VERB = `(?:has\\s+|had\\s+|also\\s+)?(?:${alternation(MEDIUM_VERBS)})\\b`;
const STATE_MEDIUM = new RegExp(`\\b([Ss]tate(?:-run|-owned)?\\s+(?:television|TV|radio|media|news\\s+agency))\\s+${MEDIUM_VERB}`, 'g');

/** ", said", ", told", ", added" right after a name set off by commas. */
const APPOSITION_SPEAKS = new RegExp(`^,\\s+(?:${alternation(APPOSITION_SPEECH_VERBS)})\\b`);
/** A medium named before what it is, then a reporting verb: "… news agency reported", "… television said". */
const MEDIUM_REPORTS = new RegExp(`^\\s+(?:news\\s+agency|news\\s+service|wire\\s+service|state\\s+(?:television|TV|radio|media)|television|TV|radio|newspaper|daily)\\s+${MEDIUM_VERB}`);

/** Day names: the day an event happened (eventTimes.ts), a time after a verb of saying (", police said Saturday"). */
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * A closing credit to an office, not a person (", police said Saturday.", ", officials said.", ", according
 * to the U.S. Geological Survey."): the sentence before it narrates what happened, and the credit only says
 * who told the reporter. A named person's credit (", Norberg said.") stays that person's statement.
 */
const CREDITED = '(?:the\\s+[^,]+?|\\p{Ll}[^,]*?)';
const CLOSING_CREDIT = new RegExp(
  `,\\s+${CREDITED}\\s+(?:${alternation(TRAIL_ATTRIBUTION_VERBS.filter((v) => !v.startsWith('according')))})`
  + `(?:\\s+(?:on\\s+)?(?:${alternation(WEEKDAYS)}|today|yesterday|tonight|last night))?\\s*\\.?$`
  + `|,\\s+according to ${CREDITED}\\.?$`, 'u');

// — Function words —

/** Words that carry no content of their own (the rules pass over them when they look for names and terms). */
const STOPWORDS = new Set([
  ...`a an the and or but of to in on at by for with from as that this these those is are was were be been being has
have had it its his her their they he she we you i not no so than then there which who whom what when where
while after before since during about into over under up down out off also more most other such only own same
very will would can could should may might must`.split(/\s+/),
  ...formsOf('say'),
]);

/** Words that say nothing of what a sentence reports: left out of the terms sentences are compared by (summary, actors). */
const TERM_STOPWORDS = new Set([
  ...`a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my no nor not now of off on
once only or other our ours out over own same she should so some such than that the their theirs them then
there these they this those through to too under until up very was we were what when where which while who
whom why will with would you your according would will one two also its it’s us they’re he’s there’s`.split(/\s+/),
  ...formsOf('say'), ...formsOf('tell', ['past']),
]);

/** Words that end the noun phrase after a number ("1,200 people *who*…", "40 troops *said*…"). */
const PHRASE_END = new Set([
  ...`have has had having were was are is be been being will would could can may might should must according in on
at to from since for by with after before during who which that than as when where while if because into
across near amid among against ago earlier later last this next`.split(/\s+/),
  ...formsOf('say'), ...formsOf('tell', ['past']), ...formsOf('report', ['past']),
]);

// — Names: how news English names people and bodies (actors/; figures read titles and role nouns too) —

/** Organisation heads written abbreviated, and the word each stands for. */
const ORG_HEAD_ABBREVIATIONS: Record<string, string> = { assn: 'association', assoc: 'association', dept: 'department', univ: 'university' };

/** Titles written before a name ("President X", "Secretary of State X"); multi-word titles first. */
const TITLES: string[][] = [
  ['secretary', 'of', 'state'], ['secretary', 'general'], ['prime', 'minister'], ['foreign', 'minister'],
  ['defence', 'minister'], ['defense', 'minister'], ['interior', 'minister'], ['deputy', 'prime', 'minister'],
  ['vice', 'president'], ['supreme', 'leader'], ['crown', 'prince'], ['chief', 'executive'],
  ['president'], ['premier'], ['chancellor'], ['minister'], ['secretary'], ['king'], ['queen'], ['prince'],
  ['princess'], ['emperor'], ['sheikh'], ['general'], ['gen.'], ['colonel'], ['col.'], ['admiral'], ['senator'], ['sen.'],
  ['governor'], ['gov.'], ['mayor'], ['ambassador'], ['spokesman'], ['spokeswoman'], ['spokesperson'],
  ['chairman'], ['chairwoman'], ['chair'], ['director'], ['leader'], ['pope'], ['cardinal'], ['archbishop'],
  ['bishop'], ['rabbi'], ['imam'], ['judge'], ['justice'], ['dr'], ['dr.'], ['prof.'], ['professor'], ['mr'], ['mr.'],
  ['mrs'], ['mrs.'], ['ms'], ['ms.'], ['miss'], ['sir'], ['lord'], ['lady'], ['chief'], ['commander'], ['head'], ['ceo'],
  ['speaker'], ['lawmaker'], ['deputy'], ['representative'], ['rep.'], ['former'], ['acting'], ['interim'],
  ['coach'], ['sheriff'], ['undersheriff'], ['detective'], ['det.'], ['sergeant'], ['sgt.'], ['sgt'], ['lieutenant'],
  ['lt.'], ['captain'], ['capt.'], ['officer'], ['trooper'], ['attorney'], ['prosecutor'], ['attorney-general'],
  ['cfo'], ['coo'], ['gm'], ['general', 'manager'], ['manager'], ['councilman'], ['councilwoman'], ['council', 'member'],
  ['commissioner'], ['congressman'], ['congresswoman'], ['assemblyman'], ['assemblywoman'], ['alderman'],
  ['superintendent'], ['inspector'], ['constable'], ['magistrate'], ['chancellor'], ['clerk'], ['marshal'], ['ranger'],
  ['advocate'], ['member'], ['commodore'], ['insp'], ['insp.'], ['public', 'defender'], ['d.a'], ['d.a.'],
];

/** Occupational nouns that introduce a person's role in a descriptor ("researcher at …", "a doctor at …"). */
const ROLE_NOUNS = new Set([
  'researcher', 'analyst', 'professor', 'expert', 'scholar', 'scientist', 'economist', 'doctor', 'nurse', 'surgeon',
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'leader', 'head', 'chief', 'director',
  'official', 'ambassador', 'envoy', 'diplomat', 'secretary', 'chairman', 'chairwoman', 'commander', 'general',
  'officer', 'correspondent', 'journalist', 'reporter', 'editor', 'lawyer', 'attorney', 'judge', 'prosecutor',
  'activist', 'witness', 'resident', 'student', 'teacher', 'worker', 'founder', 'owner', 'manager', 'ruler',
  'premier', 'chancellor', 'governor', 'mayor', 'senator', 'lawmaker', 'politician', 'candidate', 'member',
  'adviser', 'advisor', 'aide', 'assistant', 'monarch', 'king', 'queen', 'prince', 'cleric', 'priest', 'bishop', 'father', 'mother',
]);

/** Words that head the name of an organisation or public body. */
const ORG_HEADS = new Set([
  'organization', 'organisation', 'ministry', 'council', 'committee', 'commission', 'agency', 'office', 'department',
  'union', 'alliance', 'bloc', 'pact', 'treaty', 'convention', 'league', 'federation', 'association', 'institute',
  'institution', 'foundation', 'fund', 'bank', 'party', 'movement', 'front', 'army', 'navy', 'force', 'forces',
  'guard', 'police', 'service', 'services', 'court', 'parliament', 'assembly', 'senate', 'congress', 'government',
  'administration', 'authority', 'authorities', 'board', 'bureau', 'group', 'company', 'corporation', 'inc', 'ltd',
  'university', 'college', 'school', 'hospital', 'clinic', 'network', 'watch', 'international', 'society', 'center',
  'centre', 'church', 'command', 'directorate', 'secretariat', 'cabinet', 'tribunal', 'media', 'news', 'times', 'post',
  'mission', 'delegation', 'coalition', 'panel', 'observatory', 'programme', 'program', 'initiative', 'corps', 'brigade',
  'unit', 'team', 'club', 'corp', 'co', 'llc', 'plc', 'technologies', 'systems', 'labs', 'industries', 'holdings', 'airlines', 'patrol', 'survey', 'crescent', 'communications', 'telecom', 'trust', 'council', 'chamber', 'academy', 'laboratory', 'observers', 'monitors',
  'rescue', 'mafia', 'cartel', 'institutes', 'networks', 'associates', 'magistrates',
  // heads as news writes them abbreviated ("the Medical Assn. of X", "the Fire Dept.")
  ...Object.keys(ORG_HEAD_ABBREVIATIONS),
]);


/**
 * Words that end the name of something no one is — a law, an award, an event ("… Act", "… Prize",
 * "… Finals", "… Expo") — so a name ending in one is no actor.
 */
const NON_ACTOR_HEADS = new Set([
  'act', 'amendment', 'doctrine', 'prize', 'award', 'awards', 'medal', 'trophy', 'cup', 'finals', 'final', 'draft',
  'expo', 'festival', 'tournament', 'olympics', 'marathon', 'bowl', 'series', 'championship', 'championships',
]);

/** Words that open the name of something no one is: an operation, a storm ("Operation …", "Hurricane …"). */
const NON_ACTOR_OPENERS = new Set(['operation', 'hurricane', 'hurricanes', 'typhoon', 'cyclone', 'tropical']);

/** Words that close a newspaper's name ("… Post", "… Times", "… Herald"). */
const PUBLICATION_HEADS = new Set(['post', 'times', 'herald', 'tribune', 'journal', 'gazette', 'telegraph', 'chronicle', 'courier', 'observer', 'inquirer', 'globe', 'news', 'daily']);

/** Organisation heads after which a new capitalised name may start ("Human Rights Organization Halvern"). */
const BODY_HEADS = new Set([
  'organization', 'organisation', 'ministry', 'council', 'committee', 'commission', 'agency', 'office', 'department',
  'union', 'alliance', 'institute', 'foundation', 'fund', 'bank', 'party', 'court', 'bureau', 'group', 'university',
  'mission', 'delegation', 'coalition',
]);

/** Stems too generic to show that two organisation names denote the same body. */
const GENERIC_ORG_STEMS = new Set([
  'organ', 'organis', 'organiz', 'council', 'committe', 'commiss', 'agenc', 'offic', 'depart', 'union', 'group',
  'nation', 'intern', 'intern', 'servic', 'forc', 'govern', 'ministri', 'ministri', 'author', 'feder', 'assoc',
]);



/** Lower-case words allowed inside a capitalised name ("Ministry of Health", "Ludwig van Beethoven"). */
const NAME_CONNECTORS = new Set(['of', 'the', 'for', 'on', 'and', 'de', 'van', 'von', 'der', 'den', 'da', 'du', 'al', 'bin', 'ibn', 'la', 'le', 'del']);

/** Capitalised function words that start sentences and are never names. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'if', 'at', 'on', 'in', 'of', 'for', 'to', 'from', 'by', 'with', 'as', 'after',
  'before', 'during', 'since', 'until', 'while', 'when', 'where', 'which', 'who', 'what', 'why', 'how', 'this', 'that',
  'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your',
  'however', 'according', 'instead', 'meanwhile', 'also', 'now', 'then', 'there', 'here', 'some', 'many', 'most',
  'all', 'both', 'each', 'every', 'no', 'not', 'yes', 'so', 'yet', 'still', 'even', 'only', 'just', 'today',
  'yesterday', 'tomorrow', 'last', 'next', 'first', 'other', 'another', 'such', 'more', 'less', 'over', 'under',
  'about', 'against', 'among', 'between', 'through', 'into', 'onto', 'upon', 'within', 'without', 'although', 'though',
  'because', 'unless', 'whether', 'once', 'read', 'see', 'share', 'follow', 'related', 'source', 'photo', 'video',
  'tags', 'comments', 'advertisement', 'trust',
]);

/** Role nouns of two words first, so "prime minister" is not read as "minister". */
const ROLE_WORDS = ['prime minister', 'foreign minister', 'defence minister', 'defense minister', 'interior minister', 'head of state', ...ROLE_NOUNS];
/** Lower-case or capitalised ("President of X"). */
const ROLE = `(?:${ROLE_WORDS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})`;
const THE = '(?:[Tt]he|[Ii]ts|[Tt]heir)';
const PLACE = `\\p{Lu}[\\p{L}-]+`;
/**
 * A person referred to by role and place (actors/descriptions.ts): groups 1 and 2 are the role and the
 * place, or, where group 3 is set, group 3 is the role and group 1 or 2 the place.
 */
const ROLE_DESCRIPTIONS = [
  // "the president of Ruritania"
  new RegExp(`\\b${THE}\\s+(${ROLE})\\s+of\\s+(?:the\\s+)?(${PLACE})`, 'gu'),
  // "the Ruritanian president", "Ruritania's president"
  new RegExp(`(?:\\b${THE}\\s+(${PLACE})|\\b(${PLACE})['’]s)\\s+(${ROLE})\\b`, 'gu'),
];

// — Counting: what is counted, what happened to it, what an amount is about (figures/) —

const u = (words: string, cls: string, lemma: string, extra: Partial<UnitNoun> = {}): UnitNoun => ({
  pattern: new RegExp(`^(?:${words})\\b`), cls, lemma, ...extra,
});

/** Longer phrases first so "security forces" wins over "forces". */
const UNIT_NOUNS: UnitNoun[] = [
  u('security forces|security guards|security personnel|security officers|security services|security force members|law enforcement officers|law enforcement personnel', 'security', 'security forces'),
  u('police officers|policemen|policewomen|police personnel|police', 'security', 'police'),
  // Officers and guards of any service: "police" would name a force the text does not.
  u('(?:correctional|prison|transport|jail|detention) (?:officers|guards)|prison staff|officers|guards|wardens', 'security', 'officers'),
  u('military personnel|military servicemen|service ?members|servicemen|soldiers|troops|peacekeepers|paratroopers|marines|reservists|conscripts', 'military', 'troops'),
  u('armou?red vehicles|military vehicles|vehicles|trucks|cars|buses', 'equipment', 'vehicles'),
  u('aircraft|warplanes|planes|jets|helicopters|drones', 'equipment', 'aircraft'),
  u('ships|warships|boats|vessels', 'equipment', 'vessels'),
  u('tanks', 'equipment', 'tanks'),
  u('pieces of (?:military )?(?:equipment|hardware)|units of (?:military )?equipment|military equipment|equipment|military hardware|hardware|missiles|rockets', 'equipment', 'equipment'),
  // Arms by kind: two pistols and three guns are not one count.
  u('(?:semi-?automatic )?(?:pistols|handguns)', 'pistol', 'pistols'),
  u('shotguns', 'shotgun', 'shotguns'),
  u('rifles', 'rifle', 'rifles'),
  u('guns|firearms|weapons', 'weapon', 'weapons'),
  u('schoolchildren|children|child|kids|minors|infants|babies|toddlers|teenagers', 'child', 'children'),
  u('women', 'woman', 'women'),
  u('civilians', 'civilian', 'civilians'),
  u('protesters|protestors|demonstrators|rioters|marchers|activists', 'protester', 'protesters'),
  u('militants|fighters|terrorists|insurgents|rebels|gunmen|attackers|bandits|extremists|jihadists|looters', 'militant', 'militants'),
  u('journalists|reporters', 'journalist', 'journalists'),
  u('migrants|refugees|asylum seekers|displaced people|evacuees', 'migrant', 'refugees and migrants'),
  u('prisoners|hostages|detainees|inmates', 'prisoner', 'prisoners'),
  u('workers|employees|staff|strikers|miners|doctors|nurses|teachers|medics', 'worker', 'workers'),
  u('students|pupils', 'student', 'students'),
  u('tourists|pilgrims|passengers|fans|spectators|visitors', 'visitor', 'visitors'),
  // Voters are people, votes are ballots: "1.8 million eligible voters" is no count of votes.
  u('eligible voters|registered voters', 'electorate', 'eligible voters'),
  u('voters', 'voter', 'voters'),
  u('ballots|votes', 'vote', 'votes'),
  u('candidates', 'candidate', 'candidates'),
  u('seats', 'seat', 'seats'),
  u('polling stations|polling places', 'station', 'polling stations'),
  u('trains|flights|train services|bus services|services', 'service', 'services'),
  u('jobs|posts|positions', 'job', 'jobs'),
  u('houses|homes|buildings|dwellings|apartments|flats|households|structures|shops|stores|schools|hospitals', 'building', 'buildings'),
  u('hectares|acres|square kilometres|square kilometers|square miles', 'area', 'area'),
  u('tonnes|tons|barrels|litres|liters|cubic metres', 'volume', 'amount'),
  u('cases|infections', 'case', 'cases'),
  u('cattle|livestock|animals|sheep|head of cattle', 'animal', 'animals'),
  u('dollars|us dollars', 'money', 'USD', { currency: 'USD' }),
  u('euros', 'money', 'EUR', { currency: 'EUR' }),
  u('pounds sterling|pounds', 'money', 'GBP', { currency: 'GBP' }),
  u('yuan|renminbi', 'money', 'CNY', { currency: 'CNY' }),
  u('rubles|roubles', 'money', 'RUB', { currency: 'RUB' }),
  u('rupees', 'money', 'INR', { currency: 'INR' }),
  u('yen', 'money', 'JPY', { currency: 'JPY' }),
  u('shekels', 'money', 'ILS', { currency: 'ILS' }),
  u('tenge', 'money', 'KZT', { currency: 'KZT' }),
  u('hryvnias?', 'money', 'UAH', { currency: 'UAH' }),
  u('francs', 'money', 'CHF', { currency: 'CHF' }),
  u('lira', 'money', 'TRY', { currency: 'TRY' }),
  u('percent|per cent|percentage points', 'percent', '%'),
  u('magnitude', 'magnitude', 'magnitude'),
  u('people|persons|person|individuals|residents|inhabitants|villagers|citizens|victims|bodies|patients|survivors|men|adults|others|families', 'person', 'people'),
];

/** Time units: a count of them is a figure only as a length ("a five-day strike", "for three weeks"). */
const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/;

const e = (words: string, event: string, impliesPerson = false): EventWord => ({
  pattern: new RegExp(`^(?:${words})\\b`), event, impliesPerson,
});

const EVENT_WORDS: EventWord[] = [
  e('death toll|deaths|fatalities|dead|lives lost', 'death', true),
  e('killed|died|die|dies|killing|kills|kill|perished|lost their lives|murdered|murdering|slain|drowned|were shot dead|shot dead|toll', 'death'),
  e('injuries|wounded|injured|injuring|wounding|hurt|hospitali[sz]ed|casualties', 'injury', false),
  e('arrests|detentions', 'arrest', true),
  e('arrested|arresting|detaining|detained|jailed|imprisoned|apprehended|rounded up|in custody|taken into custody|held', 'arrest'),
  e('sent|deployed|dispatched|stationed|mobili[sz]ed|deployment|flown in|arrived|includes|included|include|numbered|comprising|comprises|comprised|consists of|strong', 'deploy'),
  e('evacuated|evacuating|displacing|displaced|homeless|fled|evacuations|relocated|forced to flee|forced from their homes|forced out of their homes|had to leave their homes|left their homes|left homeless|lost their homes', 'displace'),
  e('damaged|damaging|destroying|destroyed|collapsed|flooded|burned|burnt|razed|demolished|torched', 'damage'),
  e('missing|unaccounted for|searching for|search for|looking for', 'missing'),
  e('rescued|saved', 'rescue'),
  e('affected', 'affected'),
  e('infected|tested positive', 'infection'),
  e('involved|took part|participated|numbering|joined|on strike|walked out|went on strike|striking', 'involve'),
  e('cancelled|canceled|suspended|grounded|called off', 'cancel'),
  e('marched|rallied|demonstrated|protested|took to the streets|gathered|turned out', 'gather'),
  e('voted|cast their ballots|cast ballots|cast their votes|went to the polls', 'vote'),
  e('eligible to vote|registered to vote|eligible', 'eligible'),
  e('won|wins|winning|secured|garnered', 'win'),
  e('will go|axed|slashed|cut|lost|shed|eliminated', 'cut'),
  e('stole|stolen|stealing|grabbed|took away', 'take'),
];


/** How a label says what happened. */
const EVENT_PARTICIPLE: Record<string, string> = {
  death: 'killed', injury: 'injured', arrest: 'arrested', deploy: 'deployed', displace: 'displaced or evacuated',
  damage: 'damaged or destroyed', missing: 'missing', rescue: 'rescued', affected: 'affected', infection: 'infected',
  involve: 'involved', cancel: 'cancelled', cut: 'cut', take: 'taken', gather: 'taking part', vote: 'who voted',
  eligible: 'eligible to vote', win: 'won',
};

/** What an amount of money or a share is about ("a $3bn budget", "turnout of 62%"), including verbs that
 * name it ("the economy loses €236m a day"). `amountSubject` turns a match into the label's noun. */
const AMOUNT_SUBJECTS = /\b(pay rise|pay increase|pay|pensions?|defen[cs]e|health|education|welfare|military spending|budget|aid|damages?|costs?|deficit|loans?|package|funds?|funding|spending|revenues?|debts?|fines?|compensation|reward|salar(?:y|ies)|wages?|prices?|turnout|inflation|unemployment|growth|support|approval|share|gdp|interest rates?|rates?|taxe?s?|tariffs?|sales|profits?|loss(?:es)?|investment|bailout|grants?|donations?|ransom|bail|votes?|majority|output|exports?|imports?|pledges?|earnings|loses|lost|losing|spent|spends|spend|owe[sd]?|pledged|donated|fined)\b/gi;

const SUBJECT_OF_VERB: Record<string, string> = {
  loses: 'loss', lost: 'loss', losing: 'loss', spent: 'spending', spends: 'spending', spend: 'spending',
  owe: 'debt', owes: 'debt', owed: 'debt', pledged: 'pledge', donated: 'donation', fined: 'fine',
};
/** Nouns whose plural is the label ("sales", "earnings"). */
const PLURAL_SUBJECTS = new Set(['sales', 'earnings']);

/** The label noun for an AMOUNT_SUBJECTS match: singular, and a noun for a verb ("loses" → "loss"). */
function amountSubject(match: string): string {
  const w = match.toLowerCase();
  if (SUBJECT_OF_VERB[w]) return SUBJECT_OF_VERB[w];
  if (PLURAL_SUBJECTS.has(w) || w.endsWith('ss') || !w.endsWith('s')) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(?:ss|x)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** A label that already names a measure ("loss", "turnout", "amount"): no "number of" before it. */
function isAmountLabel(label: string): boolean {
  return /^(?:amount|share|total)$/.test(label) || new RegExp(`^(?:${AMOUNT_SUBJECTS.source})$`, 'i').test(label);
}

/** What a length of time is about ("a five-day shutdown", "a 48-hour curfew"). */
const DURATION_SUBJECTS = /\b(shutdown|curfew|strike|state of emergency|emergency|blackout|outage|closure|ceasefire|truce|mourning|lockdown|detention|siege|standoff|protests?|ban|suspension|sentence|trial|campaign|operation|mission|deployment|visit|talks|search)\b/gi;

/**
 * Nouns for a person whose age a text gives ("a 22-year-old student"): an age is a figure about a person,
 * named or not — "a 20-year-old dispute", "the 40-year-old bridge" give the age of no one.
 */
const PERSON_NOUN = /^(?:man|woman|men|women|boy|girl|teenager|teen|youth|child|baby|toddler|infant|son|daughter|mother|father|wife|husband|brother|sister|grandmother|grandfather|victim|suspect|driver|gunman|shooter|attacker|climber|hiker|skier|swimmer|student|pupil|protester|demonstrator|resident|villager|worker|employee|officer|policeman|policewoman|soldier|pilot|passenger|player|coach|defendant|inmate|prisoner|fugitive|mayor|president|minister|leader|governor|candidate|singer|actor|actress|star|journalist|reporter|doctor|nurse|teacher|chief|executive|founder|survivor|owner|farmer|fisherman|tourist|pedestrian|cyclist|motorist|rider|boxer|fighter|champion|challenger|veteran|guard|nurse|priest|pastor|lawyer|judge|businessman|businesswoman|entrepreneur|director|manager|chairman|spokesman|spokeswoman|citizen|national|native|male|female|person|individual|girlfriend|boyfriend|neighbour|neighbor|friend|patient|customer|employee|volunteer|firefighter|rescuer|activist|politician|lawmaker|senator|cleric|monk|nun|athlete|footballer|cricketer|golfer|runner|jockey|trainer|referee|umpire|witness|bystander|shopkeeper|shopper|owner|tenant|landlord|heir|widow|widower)s?$/;

/** A kinship noun just before a relative's name: "his son Jon Roe", "the victim's father, Jon Roe". */
const KIN_BEFORE_NAME = /\b(?:son|daughter|father|mother|dad|mom|mum|brother|sister|grandson|granddaughter|grandfather|grandmother|nephew|niece|uncle|aunt|cousin|husband|wife|widow|widower|stepson|stepfather)s?\s*,?\s*$/i;

// — Around a number: names, places and the words after them (figures) —

/** A whole word of a list, in any case. */
const anyOf = (words: readonly string[]): RegExp => new RegExp(`^(?:${alternation(words)})$`, 'i');
const SAYS = formsOf('say', ['present', 'past']);

/** Regular verb endings, as patterns: a past in -ed, a present in -s. */
const VERB_ENDINGS = ['\\w+ed', '\\w+s'];
/** Adverbs that stand between a name and its verb ("Doe never…", "Doe reportedly…"). */
const AFTER_NAME_ADVERBS = 'never also then later still already now reportedly allegedly apparently recently'.split(' ');
/** Auxiliaries and forms of "be" and "have". */
const AUXILIARIES = 'is was are were had have will would could can may might must should'.split(' ');
/** Common irregular past tenses: those of the verb table read from it, then others news often uses. */
const IRREGULAR_PASTS = [
  ...['say', 'tell', 'make', 'give', 'meet', 'write'].flatMap((v) => formsOf(v, ['past'])),
  ...'fell won lost ran left went came took got shot hit led became sat stood drove fled knew saw spent wore began broke thought sought felt held kept paid sold taught'.split(' '),
];
/** A verb after a name: a regular past or present form, an adverb or auxiliary, or a common irregular past. */
const LIKELY_VERB = listPattern([...VERB_ENDINGS, ...AFTER_NAME_ADVERBS, ...AUXILIARIES, ...IRREGULAR_PASTS], '', '^', '$');

const AFTER_PLACE_NAME = anyOf(['on', 'in', 'at', 'and', 'or', 'but', 'to', 'from', 'by', 'for', 'with', 'after', 'before', 'during', 'since', 'when', 'where', ...SAYS, 'according', 'late', 'early', 'this', 'last', 'next', 'between', 'near', 'as', 'while']);
const ENDS_NOUN_REFERENCE = anyOf(['which', 'who', 'that', 'was', 'is', 'were', 'are', 'had', 'has', 'have', 'when', 'where', 'while', ...SAYS, 'according']);
const BEFORE_APPOSED_NAME = anyOf([...SAYS, 'and', 'by', 'with', 'of', 'to']);

// — Attribution: who gave a figure (figures/attribution.ts) —

/** Who gave a figure, named by a reporting verb: a verb of saying, or "reported". */
const ATTRIBUTING = alternation([...SAID, ...formsOf('report', ['present', 'past'])]);

/** Who, up to a clause mark or a dash ("according to police -- the clerks …"); an abbreviation's full stops are inside the name ("the U.S. Geological Survey"). */
const WHO_WORDS = String.raw`(?:[^,.;:()—–-]|-(?![-\s])|\.(?=\S)|(?<=(?:^|[\s.])\p{Lu})\.(?=\s+\p{Lu}))+`;

/** "according to the ministry", "citing …", ", police said", "Jane Doe told …": the first group is who. */
const ATTRIBUTION = [
  new RegExp(`^((?:the |a )?[\\p{L}’' -]{2,40}?)\\s+(?:${alternation(verbs('figure', ['present', 'past']))})\\s+(?:the|their|its)\\s+(?:number|figure|toll|count|total|crowd)\\b`, 'iu'),
  new RegExp(`\\baccording to ((?:the |a |an )?${WHO_WORDS})`, 'iu'),
  new RegExp(`\\bciting ((?:the |a |an )?${WHO_WORDS})`, 'iu'),
  new RegExp(`,\\s*((?:the |a )?[\\p{L}][\\p{L}’' -]{1,50}?)\\s+(?:${ATTRIBUTING})\\b[^,;:]{0,30}$`, 'u'),
  new RegExp(`^((?:the )?[\\p{Lu}][\\p{L}’'-]*(?:\\s+[\\p{Lu}][\\p{L}’'-]*){0,4})\\s+(?:${ATTRIBUTING})\\b`, 'u'),
];

/** "The army blamed “rebels”, allegedly numbering 5,000": who blames makes the claim the number is part of. */
const CLAIMANT = new RegExp(`^((?:the |a )?[\\p{L}][\\p{L}’'-]*(?:\\s+[\\p{L}][\\p{L}’'-]*){0,3}?)(?:\\s+(?:has|have|had))?\\s+(?:${alternation(verbs('claim', ['past']))})\\b`, 'iu');

/** A pronoun names no one a reader could check (nor does an indefinite one: "some said", "others told"). */
const PRONOUN = /^(?:he|she|they|it|we|i|you|some|many|most|others|one|someone|somebody|everyone|everybody|nobody|few|all|both)$/i;

/** A verb of saying that is also one of doing, with an amount as its object ("added 74 yards", "added two goals"). */
const DOING_NOT_SAYING = /\b(?:added|adds|adding)\s+(?:another\s+|a\s+further\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+(?:dozen|hundred|thousand))\b)/i;

/** A conjunction that opens the clause a speaker is the subject of (", and police said"): not part of the name. */
const SPEAKER_CONJUNCTION = /^(?:and|but|or|though|although|while|yet|so)\s+/i;
/**
 * Words before a reporting verb that are no speaker: a passive's subject (", and no damage was reported",
 * "though no arrests have been reported") or a clause about something else (", and a case in which the
 * owner says …").
 */
const NOT_A_SPEAKER = /\b(?:was|were|is|are|been|be|being|has|have|had)$|\b(?:which|who|whom|whose|where)\b/i;

/** "he said", "said she": the speaker is the person named before. */
const PRONOUN_SAID = new RegExp(`\\b(?:he|she)\\s+(?:${alternation(SAID)})\\b|\\b(?:${alternation(SAID)})\\s+(?:he|she)\\b`, 'i');

/** A name (group 1) right before a reporting verb: "Ruritania’s President Jane Doe said". */
const SPEAKER = new RegExp(`((?:\\p{Lu}[\\p{L}’'-]*\\s+){0,4}\\p{Lu}[\\p{L}’'-]*)[,”"]?\\s+(?:pointed out|${alternation(TOLD)})\\b`, 'gu');

/** Words in a capitalised run that are not the person's name: titles, and what opens a sentence. */
const NOT_NAME = /^(?:the|a|an|president|prime|minister|secretary|chairman|chairwoman|general|mr|mrs|ms|dr|king|queen|foreign|defence|defense|interior|state|former|senator|governor|mayor|chancellor|spokesman|spokeswoman|he|she|it|they|we|but|and|then|when|after|in|on)\.?$/i;

/** A lone capitalised word of an organisation ("Ministry said") is not a person. */
const BODY_WORD = /^(?:Ministry|Government|Police|Army|Agency|Office|Council|Committee|Court|Parliament)$/;

/** Words by which a report passes on a claim without vouching for it. */
const CLAIM_HEDGE = /\b(?:allegedly|alleged|reportedly|purportedly|supposedly|claimed|claims|said to|believed to|unconfirmed|unverified)\s+(?:\S+\s+){0,4}$/i;

// — Hedges (discrepancies/hedges.ts) —

/** Words that say a report is not (or no longer) confirmed: "could not be verified", "has since been deleted". */
const UNCONFIRMED = /\b(?:did not confirm|(?:has|have|had) not (?:been )?confirmed|not been confirmed|could not be (?:independently )?(?:verified|confirmed)|unconfirmed|unverified|(?:has|have|had|was|were) (?:since |later )?been (?:deleted|removed|withdrawn|retracted)|(?:was|were) (?:deleted|retracted|withdrawn)|unclear whether|it is unclear|not clear whether|is unknown|are unknown|remains unknown|disputed)\b/i;
/** Words for reported information (a hedge must be about these, not about events). */
const DATA_WORDS = /\b(?:numbers?|figures?|data|toll|count|tally|report|announcement|post|statement|information|claims?)\b/i;
/** Who gives a figure on official authority. */
const OFFICIAL_SOURCE = /\b(?:authorit(?:y|ies)|ministry|officials?|government|police|state|president|spokes(?:man|woman|person)|agency|service|commission)\b/i;

// — Summary: what a supporting sentence must share with the sentence it backs (summary/support.ts) —

/** A negation of the statement: "pleaded not guilty" does not back "was found guilty", "no one died" does not back "one died". */
const NEGATION = /\b(?:not|never|no|nobody|none|no-one|neither|nor)\b|n[’']t\b/i;

/** The words of each stage a report puts its subject at (the stages: pack.ts STAGES). */
const STAGE_WORDS: StageWords = {
  proceedings: {
    arrested: /\b(?:arrest(?:s|ed)?|detained|in custody|taken into custody)\b/i,
    charged: /\b(?:charged|indicted|indictment|charges? (?:against|of|with))\b/i,
    pleaded: /\b(?:plead(?:s|ed)?|pled)\b/i,
    tried: /\b(?:trial|on trial|tried)\b/i,
    convicted: /\b(?:convicted|conviction|found guilty|guilty verdict)\b/i,
    acquitted: /\b(?:acquitted|acquittal|cleared of)\b/i,
    sentenced: /\b(?:sentenced|sentencing)\b/i,
  },
  harm: {
    killed: /\b(?:killed|killing|dead|died|dies|death|deaths|fatal(?:ly)?|body|bodies)\b/i,
    injured: /\b(?:injured|injuries|injury|wounded|hurt)\b/i,
  },
};

// — Discrepancies: how reports tell one event in ways that cannot both be true (analysis/discrepancies/) —

/**
 * Verbs that tell one event in ways that exclude each other (contrastingPredicates.ts): a person resigned
 * or was removed; a party confirmed or denied. Words that fit both sides are left out: "forced to resign",
 * "forced out" and "toppled" (by a scandal) are compatible with "resigned".
 */
const CONTRASTING_VERBS = {
  departure: [
    /\b(?:resign(?:ed|s|ing)?|resignation|stepped down|steps down|step down|quit|left office|retired)\b/gi,
    /\b(?:ousted|oust(?:s|ing)?|dismissed|sacked|removed|deposed|relieved of)\b/gi,
  ],
  admission: [
    /\b(?:confirmed|admitted|acknowledged)\b/gi,
    /\b(?:denied|rejected the claim|dismissed the claim|refuted)\b/gi,
  ],
} as const;

/**
 * Words just before a verb that say the act has not happened: only called for, offered, refused,
 * threatened, denied or still to come ("growing demands for her resignation", "refused to quit", "would
 * be sacked", "has not resigned").
 */
const NOT_HAPPENED = /\b(?:calls?|called|calling|demands?|demanded|demanding|urged?|urging|pressure|pressed|refused|refuses|refusing|threatened|threatens|threatening|offered|offers|rumou?rs?|speculation|will|would|could|may|might|should|must|not|never|no)\b(?:\s+\S+){0,3}\s+$|\bto\s+(?:be\s+)?$/i;

/** After a verb of removal: what was put aside is talk, not a person ("dismissed calls to step down", "dismissed the criticism"). */
const TALK_OBJECT = /^\s+(?:the\s+|such\s+|these\s+|those\s+|all\s+|any\s+)?(?:calls?|claims?|suggestions?|reports?|speculation|criticism|rumou?rs?|allegations?|accusations?|concerns?|fears?|demands?|questions?|idea|notion|talk)\b/i;

/** Month names and their abbreviations, January first (eventTimes.ts). */
const MONTH_NAMES = [['January', 'Jan'], ['February', 'Feb'], ['March', 'Mar'], ['April', 'Apr'], ['May'], ['June', 'Jun'], ['July', 'Jul'], ['August', 'Aug'], ['September', 'Sept', 'Sep'], ['October', 'Oct'], ['November', 'Nov'], ['December', 'Dec']];

/**
 * Nouns that name an event that happens once in a story, each family one event (eventTimes.ts): two
 * sources' "the quake" and "the temblor" are one quake.
 */
const EVENT_NOUNS: Record<string, string[]> = {
  earthquake: ['earthquake', 'quake', 'temblor', 'tremor', 'jolt'],
  explosion: ['explosion', 'blast'],
  fire: ['fire', 'blaze'],
  crash: ['crash', 'collision'],
  eruption: ['eruption'],
  shooting: ['shooting'],
};

/** Events that come many to one story: a time beside one is not the main event's ("a 3.4 aftershock at 4:05 a.m."). */
const SERIAL_EVENTS = /\b(?:aftershocks?|foreshocks?)\b/i;

/** Before an event noun: this is another event than the story's ("another quake", "an earlier blast"). */
const OTHER_EVENT = /\b(?:another|second|third|earlier|previous|prior|later|last|next|similar|smaller|larger|bigger|past|historic|\d{4})\s+(?:[\p{L}.-]+\s+){0,2}$/iu;

/**
 * Verbs of a dated act done to or by a named actor, each family one act told in several words
 * (eventTimes.ts): "fired on Monday" and "sacked on Tuesday" date the same dismissal. Speech verbs are
 * not here: an announcement's day is not the act's.
 */
const EVENT_VERBS: Record<string, string[]> = {
  arrest: ['arrested', 'detained', 'captured', 'caught', 'apprehended', 'recaptured'],
  charge: ['charged', 'indicted'],
  escape: ['escaped', 'fled'],
  dismissal: ['fired', 'sacked', 'dismissed', 'ousted'],
  appointment: ['hired', 'appointed'],
  resignation: ['resigned', 'quit'],
  death: ['died', 'killed'],
  release: ['released', 'freed'],
  conviction: ['convicted'],
  sentencing: ['sentenced'],
};

/** Between an event's word and its time: a word that opens another clause, so the time is another act's ("arrested … were released Wednesday"). */
const CLAUSE_OPENERS = /\b(?:that|which|who|whom|whose|when|where|while|since|until|as|because|and|but|or|if|than|was|were|is|are|announced|said|says)\b/i;
/** The only words that may stand between an event noun and its time: how it happened ("the fire broke out at", "the quake was recorded at"). */
const OCCURRENCE_WORDS = /^(?:was|were|is|are|has|have|had|been|broke|out|started|began|begun|struck|strikes|hit|hits|erupted|occurred|happened|took|place|reported|recorded|registered|rocked|shook|jolted|at|on|in|the|of|early|late)$/i;
/** A verb whose subject happened: an event noun before it is the event the sentence dates ("the quake struck the town at …"). */
const OCCURRENCE_VERBS = /^(?:struck|strikes|hit|hits|erupted|occurred|happened|rocked|shook|jolted|broke|started|began|tore|ripped|swept|destroyed|damaged)$/i;
/** Between a time and the event noun it names: a possessive or a part of the day only ("Friday's fire", "the Saturday night shooting"). */
const TIME_BEFORE_NOUN = /^(?:['’]s)?(?:\s+(?:night|morning|evening|afternoon|overnight)(?:['’]s)?)?\s+$/i;
/** A day told as its night or late hours ("Friday night", "late Friday"): the next day's early hours may be the same moment. */
const LATE_IN_DAY = { before: /\blate\s+(?:on\s+)?$/i, after: /^\s+(?:night|evening)\b/i };
/** A day told as its early hours ("early Saturday", "Saturday before dawn"). */
const EARLY_IN_DAY = { before: /\b(?:early|overnight)\s+(?:on\s+)?$/i, after: /^\s+(?:before dawn|overnight)\b/i };

/** Before a clock time or a day: the time is given roughly ("about 9 a.m.", "shortly after 2 a.m.", "early Monday"). */
const ROUGH_TIME = /\b(?:about|around|approximately|roughly|some|nearly|almost|just|shortly|soon|early|late|before|after|by|until|since|between)\s+(?:before\s+|after\s+)?$/i;
/** Words that put a clock time in universal time rather than the place's own ("0915 GMT"). */
const UNIVERSAL_TIME = new RegExp(`^\\s*(?:${alternation([...UNIVERSAL_ZONES, 'Z\\b', 'Zulu', 'universal time'])})`, 'i');
/** A time-zone abbreviation after a clock time ("4:15 am PST", "9 p.m. ET", "14:00 CET"). */
const ZONE_ABBREVIATION = /^\s*\(?([A-Z]{1,3}T)\b/;

// — Discrepancies: who held a role only one person can hold (discrepancies/roleHolders.ts) —

/**
 * Roles one person holds in a story of one act: a source that names its holder names the same person
 * as every other source, unless some source counts several ("two suspects", "another gunman").
 */
const SINGLE_ROLES = ['suspect', 'gunman', 'shooter', 'attacker', 'assailant', 'killer', 'bomber', 'hijacker', 'kidnapper', 'culprit', 'victim', 'winner', 'successor'];
/** Plural forms of those roles, which tell a story with several. */
const SINGLE_ROLE_PLURALS = ['suspects', 'gunmen', 'shooters', 'attackers', 'assailants', 'killers', 'bombers', 'hijackers', 'kidnappers', 'culprits', 'victims', 'winners', 'successors'];
/** Right before a role: more than one holds it ("a second suspect", "one of the victims", "both gunmen"). */
const SEVERAL_HOLDERS = /\b(?:second|third|fourth|another|other|both|all|each|either|neither|two|three|four|five|several|many|one of the|first)\s+(?:[\w-]+\s+)?$/i;
/** Words that may stand between "the" and a role ("the alleged gunman", "the 34-year-old suspect"). */
const ROLE_PREMODIFIERS = ['alleged', 'suspected', 'accused', 'lone', 'prime', 'main', 'chief', 'only', 'sole', 'presumed', 'confessed', 'convicted', 'would-be', '\\d+-year-old'];
/** Verbs that name a role's holder: "police named the suspect as X", "the victim was identified as X". */
const NAMING_VERBS = ['named', 'identified', 'described'];

// — Discrepancies: the result of one match (discrepancies/matchScores.ts) —

/** Verbs a final score follows ("beat the Lions 3-1", "won 3-2"); up to four words may stand between. */
const RESULT_VERBS = ['beat', 'beats', 'defeated', 'defeats', 'downed', 'edged', 'routed', 'thrashed', 'crushed', 'won', 'wins', 'lost', 'loses', 'drew', 'tied', 'blanked', 'overcame', 'outlasted', 'outscored'];
/** Nouns a final score comes before ("a 31-24 victory", "a 3-1 home win"). */
const RESULT_NOUNS = ['victory', 'win', 'defeat', 'loss', 'triumph', 'rout', 'draw', 'tie', 'shutout'];
/** In the clause of a score: it is not the final one, or not this match's ("led 2-0 at halftime", "last season's 3-1 win"). */
const NOT_FINAL_SCORE = /\b(?:half-?time|at the break|first half|second half|quarter|period|inning|set|lead|led|leading|trailed|trailing|down|up|last (?:season|year|week|month|time)|previous|earlier|in (?:19|20)\d\d|record|mark|series|aggregate)\b/i;

// — Discrepancies: when a contest was stopped (discrepancies/stoppageTimes.ts) —

/** Verbs of a referee or official stopping a contest ("stopped the fight", "waved it off"). */
const STOP_VERBS = ['stopped', 'stopping', 'stops', 'stop', 'halted', 'waved off', 'waved it off', 'called off'];
/** Words after a time that make it what was left of a period ("with four seconds remaining"). */
const REMAINING_WORDS = ['remaining', 'left', 'to go'];
/** Nouns of a timed period of a contest ("a three-minute round"). */
const PERIOD_NOUNS = ['round', 'period', 'frame'];
/** Units a time of a period is counted in, with their length in seconds. */
const TIME_UNITS: Record<string, number> = { second: 1, seconds: 1, minute: 60, minutes: 60 };

// — Discrepancies: how a conflicting figure is named (discrepancies/figureConflicts.ts) —

/** A figure label that already says what it measures ("depth", "age of …", "cost (USD)"); others are numbers of things ("number of troops deployed"). */
const MEASURED_LABEL = /^(?:age|length|magnitude|intensity|time|duration|weight|height|depth|distance|size|speed|area|width|temperature|round)\b|\(|\bnumber\b|in a row$/;

export const en: LanguagePack = {
  code: 'en',
  stem: stemmer,
  SPEECH_VERBS, ACTION_VERBS, SAYING_VERBS, REPORTING, SELF_REPORT, CLOSING_CREDIT, PRONOUN_SPEAKER, LEAD_ATTRIBUTION, TRAIL_ATTRIBUTION,
  STATE_MEDIUM, APPOSITION_SPEAKS, MEDIUM_REPORTS,
  TITLES, ROLE_NOUNS, ORG_HEADS, ORG_HEAD_ABBREVIATIONS, NON_ACTOR_HEADS, NON_ACTOR_OPENERS, PUBLICATION_HEADS, BODY_HEADS, GENERIC_ORG_STEMS, NAME_CONNECTORS, FUNCTION_WORDS, ROLE_DESCRIPTIONS,
  UNIT_NOUNS, TIME_UNIT, EVENT_WORDS, EVENT_PARTICIPLE, AMOUNT_SUBJECTS, amountSubject, isAmountLabel, DURATION_SUBJECTS, PERSON_NOUN, KIN_BEFORE_NAME,
  STOPWORDS, TERM_STOPWORDS, PHRASE_END, LIKELY_VERB, AFTER_PLACE_NAME, ENDS_NOUN_REFERENCE, BEFORE_APPOSED_NAME,
  ATTRIBUTION, CLAIMANT, PRONOUN, SPEAKER_CONJUNCTION, NOT_A_SPEAKER, DOING_NOT_SAYING, PRONOUN_SAID, SPEAKER, NOT_NAME, BODY_WORD, CLAIM_HEDGE,
  UNCONFIRMED, DATA_WORDS, OFFICIAL_SOURCE,
  NEGATION, STAGE_WORDS,
  CONTRASTING_VERBS, NOT_HAPPENED, TALK_OBJECT,
  WEEKDAYS, MONTH_NAMES, EVENT_NOUNS, SERIAL_EVENTS, OTHER_EVENT, EVENT_VERBS, CLAUSE_OPENERS, OCCURRENCE_WORDS, OCCURRENCE_VERBS,
  TIME_BEFORE_NOUN, LATE_IN_DAY, EARLY_IN_DAY, ROUGH_TIME, UNIVERSAL_TIME, ZONE_ABBREVIATION,
  SINGLE_ROLES, SINGLE_ROLE_PLURALS, SEVERAL_HOLDERS, ROLE_PREMODIFIERS, NAMING_VERBS,
  RESULT_VERBS, RESULT_NOUNS, NOT_FINAL_SCORE,
  STOP_VERBS, REMAINING_WORDS, PERIOD_NOUNS, TIME_UNITS,
  MEASURED_LABEL,
  summary,
  figures,
  discrepancies,
  actors,
  text,
};
