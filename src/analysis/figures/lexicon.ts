// Analysis stage (figures): the news-language vocabulary of counting — what is counted (units), what
// happened to it (events), and what amounts of money or shares are about. General English, no event's names.

export interface UnitNoun {
  /** Lower-case pattern matched at a word start, e.g. "security forces". */
  pattern: RegExp;
  /** Class that decides grouping: "person", "military", "equipment", "money"… */
  cls: string;
  /** Canonical wording shown in labels ("troops" for soldiers/troops/servicemen). */
  lemma: string;
  /** Currency code for money nouns. */
  currency?: string;
}

const u = (words: string, cls: string, lemma: string, extra: Partial<UnitNoun> = {}): UnitNoun => ({
  pattern: new RegExp(`^(?:${words})\\b`), cls, lemma, ...extra,
});

/** Longer phrases first so "security forces" wins over "forces". */
export const UNIT_NOUNS: UnitNoun[] = [
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
export const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/;

export interface EventWord {
  pattern: RegExp;
  event: string;
  /** The word names the counted thing too ("deaths" counts people). */
  impliesPerson?: boolean;
}

const e = (words: string, event: string, impliesPerson = false): EventWord => ({
  pattern: new RegExp(`^(?:${words})\\b`), event, impliesPerson,
});

export const EVENT_WORDS: EventWord[] = [
  e('death toll|deaths|fatalities|dead|lives lost', 'death', true),
  e('killed|died|die|dies|killing|kills|kill|perished|lost their lives|murdered|slain|drowned|were shot dead|shot dead|toll', 'death'),
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

/** Events that happen to people: with no counted noun, the count is of people ("6,000 were arrested"). */
export const HUMAN_EVENTS = new Set(['death', 'injury', 'arrest', 'displace', 'missing', 'rescue', 'infection', 'gather', 'vote', 'eligible']);

/** How a label says what happened. */
export const EVENT_PARTICIPLE: Record<string, string> = {
  death: 'killed', injury: 'injured', arrest: 'arrested', deploy: 'deployed', displace: 'displaced or evacuated',
  damage: 'damaged or destroyed', missing: 'missing', rescue: 'rescued', affected: 'affected', infection: 'infected',
  involve: 'involved', cancel: 'cancelled', cut: 'cut', take: 'taken', gather: 'taking part', vote: 'who voted',
  eligible: 'eligible to vote', win: 'won',
};

/** What an amount of money or a share is about ("a $3bn budget", "turnout of 62%"), including verbs that
 * name it ("the economy loses €236m a day"). `amountSubject` turns a match into the label's noun. */
export const AMOUNT_SUBJECTS = /\b(pay rise|pay increase|pay|pensions?|defen[cs]e|health|education|welfare|military spending|budget|aid|damages?|costs?|deficit|loans?|package|funds?|funding|spending|revenues?|debts?|fines?|compensation|reward|salar(?:y|ies)|wages?|prices?|turnout|inflation|unemployment|growth|support|approval|share|gdp|interest rates?|rates?|taxe?s?|tariffs?|sales|profits?|loss(?:es)?|investment|bailout|grants?|donations?|ransom|bail|votes?|majority|output|exports?|imports?|pledges?|earnings|loses|lost|losing|spent|spends|spend|owe[sd]?|pledged|donated|fined)\b/gi;

const SUBJECT_OF_VERB: Record<string, string> = {
  loses: 'loss', lost: 'loss', losing: 'loss', spent: 'spending', spends: 'spending', spend: 'spending',
  owe: 'debt', owes: 'debt', owed: 'debt', pledged: 'pledge', donated: 'donation', fined: 'fine',
};
/** Nouns whose plural is the label ("sales", "earnings"). */
const PLURAL_SUBJECTS = new Set(['sales', 'earnings']);

/** The label noun for an AMOUNT_SUBJECTS match: singular, and a noun for a verb ("loses" → "loss"). */
export function amountSubject(match: string): string {
  const w = match.toLowerCase();
  if (SUBJECT_OF_VERB[w]) return SUBJECT_OF_VERB[w];
  if (PLURAL_SUBJECTS.has(w) || w.endsWith('ss') || !w.endsWith('s')) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(?:ss|x)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** A label that already names a measure ("loss", "turnout", "amount"): no "number of" before it. */
export function isAmountLabel(label: string): boolean {
  return /^(?:amount|share|total)$/.test(label) || new RegExp(`^(?:${AMOUNT_SUBJECTS.source})$`, 'i').test(label);
}

/** What a length of time is about ("a five-day shutdown", "a 48-hour curfew"). */
export const DURATION_SUBJECTS = /\b(shutdown|curfew|strike|state of emergency|emergency|blackout|outage|closure|ceasefire|truce|mourning|lockdown|detention|siege|standoff|protests?|ban|suspension|sentence|trial|campaign|operation|mission|deployment|visit|talks|search)\b/gi;

/**
 * Nouns for a person whose age a text gives ("a 22-year-old student"): an age is a figure about a person,
 * named or not — "a 20-year-old dispute", "the 40-year-old bridge" give the age of no one.
 */
export const PERSON_NOUN = /^(?:man|woman|men|women|boy|girl|teenager|teen|youth|child|baby|toddler|infant|son|daughter|mother|father|wife|husband|brother|sister|grandmother|grandfather|victim|suspect|driver|gunman|shooter|attacker|climber|hiker|skier|swimmer|student|pupil|protester|demonstrator|resident|villager|worker|employee|officer|policeman|policewoman|soldier|pilot|passenger|player|coach|defendant|inmate|prisoner|fugitive|mayor|president|minister|leader|governor|candidate|singer|actor|actress|star|journalist|reporter|doctor|nurse|teacher|chief|executive|founder|survivor|owner|farmer|fisherman|tourist|pedestrian|cyclist|motorist|rider|boxer|fighter|champion|challenger|veteran|guard|nurse|priest|pastor|lawyer|judge|businessman|businesswoman|entrepreneur|director|manager|chairman|spokesman|spokeswoman|citizen|national|native|male|female|person|individual|girlfriend|boyfriend|neighbour|neighbor|friend|patient|customer|employee|volunteer|firefighter|rescuer|activist|politician|lawmaker|senator|cleric|monk|nun|athlete|footballer|cricketer|golfer|runner|jockey|trainer|referee|umpire|witness|bystander|shopkeeper|shopper|owner|tenant|landlord|heir|widow|widower)s?$/;
