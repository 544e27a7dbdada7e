// Analysis stage, language pack (English): the words the actors' rules read a name's surroundings by
// (actors/) — forms of address, appositions, relative clauses, places, products, pronouns. Part of
// `en` (en.ts); the rules read them as `lang().actors`. The names' words that came to the pack first
// (TITLES, ROLE_NOUNS, ORG_HEADS, NAME_CONNECTORS…) stay in en.ts.
import type { ActorWords } from './pack.js';

/** Nouns of a kind of body, the head of an apposition or a role ("a software company", "a treatment facility"). */
const BODY_NOUNS = 'company|firm|maker|manufacturer|giant|carrier|provider|retailer|chain|conglomerate|newspaper|daily|broadcaster|network|organi[sz]ation|agency|group|team|club|university|college|bank|developer|publisher|operator|producer|supplier|insurer|airline|startup|charity|syndicate|gang|cartel|clan|militia|faction|facility|clinic|hospital|school';

export const actors: ActorWords = {
  HONORIFICS: /^(?:mr|mrs|ms|miss|mx|sir|dame|lord|lady|madam|monsieur|herr|frau)\.?$/i,
  FINITE: /\b(?:will|would|is|are|was|were|has|have|had|can|could|should|may|might|must|did|does)\b/i,
  // (a full stop inside an abbreviation does not end it: "a spokesman for the U.S. Parks Service")
  APPOSITION: /^['’]?s?,\s+((?:the|a|an)\s+(?:[^,.;:()]|(?<=\b\p{Lu})\.){3,120}?)(?=\s+(?:who|which|that)\b|,|(?<!\b\p{Lu})\.|;|$)/u,
  RELATIVE_CLAUSE: /^,\s+(?:who|which)\s+(?!(?:he|she|it|they|we|i)\b)([^,.;:()]{3,80}?)(?=,|\.|;|$)/,
  NOT_HABITUAL_VERB: /^(?:is|has|does|was|lies|sits|stands|borders|overlooks|faces)$/,
  ROLE_QUALIFIER: /^(?:former|late|then|acting)$/i,
  ROLE_CONNECTIVE: /^(?:against|for|with|by|to|from|of|and|the|a|an|on|in|at)$/i,
  ROLE_CONNECTIVE_KEPT: /^(?:the|a|an|and)$/i,
  BODY_ROLE_WORDS: ['company', 'firm', 'maker', 'manufacturer', 'agency', 'newspaper', 'broadcaster'],
  ROLE_LEADS: [/^(?:the|a|an)\s+/i, /^\d+-year-old\s+/i, /^(?:and|,)\s+/i],
  ROLE_EPITHET: /^([“"‘][^”"’]+[”"’])\s*(?:and|,)\s+(.+)$/,

  // — places.ts: names of places, which are never actors —
  /** Words that end the name of a geographic feature or division. */
  PLACE_HEADS: new Set(['sea', 'ocean', 'gulf', 'bay', 'river', 'lake', 'mountain', 'mountains', 'island', 'islands',
    'park', 'valley', 'ranch', 'peninsula', 'strait', 'straits', 'canal', 'desert', 'coast', 'county', 'province', 'region',
    'district', 'street', 'avenue', 'road', 'boulevard', 'square', 'village', 'township', 'borough', 'beach', 'hills',
    'heights', 'falls', 'harbor', 'harbour', 'airport', 'highway', 'freeway', 'bridge', 'glacier', 'volcano', 'prefecture',
    'oblast', 'governorate', 'canyon', 'plaza', 'corridor', 'peak', 'reef', 'archipelago', 'pier', 'wharf', 'marina', 'projects', 'fault', 'hut', 'trail',
    'delta', 'plateau', 'basin', 'trench', 'ridge', 'plate', 'rift', 'plain', 'plains', 'lagoon', 'creek', 'gorge', 'fjord', 'municipality',
    // buildings and grounds, which are where things happen, not who does them
    'courthouse', 'stadium', 'arena', 'towers', 'mall']),
  /** Words that open one ("Mount Arlow", "Lake Verrin", "Cape Dunmore"). */
  PLACE_OPENERS: new Set(['mount', 'mt.', 'mt', 'lake', 'gulf', 'cape', 'fort', 'isle', 'strait', 'ring']),
  /** Compass points: "X North" is a place. */
  COMPASS: new Set(['east', 'west', 'north', 'south', 'northeast', 'northwest', 'southeast', 'southwest']),

  /** Words before a name that make it a place: "in X", "the town of X", "X's mayor" is not one. */
  LOCATIVE_BEFORE: /(?:\b(?:in|near|outside|across|throughout|around|towards?)|\b(?:town|city|village|province|county|state|region|district|suburb|capital|port|island|neighbou?rhood|area)\s+of)\s+(?:the\s+)?$/i,
  /**
   * Words before a name that make it a place whatever the name ("the fishing village of X", "the district
   * of X", "20 km north of X", "30 miles from X", "the outskirts of X").
   */
  PLACE_OF_BEFORE: /(?:\b(?:town|city|village|hamlet|settlement|municipality|province|county|state|region|district|suburb|capital|port|island|neighbou?rhood|area|outskirts)\s+of|\b(?:towns|cities|villages|hamlets|settlements|municipalities|provinces|counties|states|regions|districts|suburbs|islands)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*,?\s+)+and|\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of|\b(?:km|kilometres|kilometers|miles|mi)\s+(?:\p{Ll}+\s+)?(?:from|of))\s+(?:the\s+)?$/iu,
  /** "X province", "X district", "X residents": words after a name that make it a place whatever the name. */
  PLACE_AFTER: /^\s+(?:province|county|district|region|municipality|governorate|prefecture|village|township|residents|villagers|inhabitants|townspeople)\b/,
  /**
   * "X, a town on the river", "X, the worst-hit village", "X, a port city of 500,000": an apposition whose
   * head noun is a kind of place (the noun ends the apposition or a preposition follows it: "a city
   * councillor" is no place).
   */
  PLACE_APPOSITION: /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,4}?(?:town|city|village|hamlet|settlement|municipality|province|district|region|county|state|capital|port|island|suburb|neighbou?rhood|river|lake|mountain|valley|peninsula)(?=\s*[,.;)]|\s+(?:of|on|in|near|at|with|about|where|that|which|some|just|north|south|east|west|close)\b)/u,
  /** Words after: "X, Alaska", "X, Greece" (a place and the larger place it is in), "X province", "the X area of …". */
  LOCATIVE_AFTER: /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)|^\s+(?:province|county|district|region|state|city|village|town|area|neighbou?rhood|suburb|housing\s+projects?)\b/u,
  /** "X in Egypt", "X (Egypt)": a place and the country or state it is in. */
  IN_LARGER_PLACE: /^\s+(?:in\s+|\(\s*)(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)/u,

  // a route's two ends are places: "between X and Y", "from X to Y"
  /** A route's far end before a name ("from Y … to the X"). */
  ROUTE_FAR_END: /\bfrom\b[^.;]{0,80}\bto\s+(?:the\s+)?$/,
  /** What stands before a route's far end as its opening, read as ROUTE_OPENS does. */
  ROUTE_FROM: 'from ',
  /** After a name: the route's other end, or the country this end is in (group 1 or 2). */
  ROUTE_OTHER_END: /^\s+(?:and|to|in)\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)|^\s*\(\s*(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)\s*\)/u,
  /** Right before a name: a route opens ("between", "from"). */
  ROUTE_OPENS: /\b(?:between|from)\s+(?:the\s+)?$/,
  /** Right before a name: a route's first end (group 1) and its join ("between Y and"). */
  ROUTE_FIRST_END: /\b(?:between|from)\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)\s+(?:and|to)\s+(?:the\s+)?$/u,
  /** A preposition right before a single word that places it somewhere ("in X", "through X"). */
  PLACING_PREPOSITION: /^(?:in|near|through|across|throughout|inside|outside|around|towards?)$/i,

  // — cluster.ts: which names are one actor —
  /** A company's legal form, written after its name. */
  LEGAL_FORMS: /^(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|Company|Corporation|Limited|GmbH|AG|SA)\.?$/,
  /**
   * The last word of a public body's name that its short form leaves out ("the Rivertown Police" for
   * "the Rivertown Police Department"). Not "Corps", "Board", "Bureau": those name a body inside another
   * ("Army" / "Army Corps").
   */
  BODY_SUFFIXES: /^(?:Service|Department)$/,
  /** Words after a company's own name that say only that it is a company ("X Technologies", "X Group"). */
  COMPANY_HEADS: new Set(['technologies', 'technology', 'systems', 'industries', 'holdings', 'labs', 'group', 'communications', 'networks', 'electronics', 'enterprises']),
  THE_BEFORE: /\bthe\s+$/i,
  THE_OPENING: /^the /,
  OF: 'of',
  MALE_PRONOUNS: /\b(?:he|his|him|himself)\b/i,
  FEMALE_PRONOUNS: /\b(?:she|her|hers|herself)\b/i,
  HONORIFIC_GENDERS: { mr: 'male', mrs: 'female', ms: 'female', miss: 'female' },
  /** Particles that open a surname ("Lo Bianco", "Di Marco"), beside the name connectors ("Van Dyke"). */
  SURNAME_PARTICLES: ['lo', 'di', 'della', 'dello', 'dos', 'das', 'ter', 'ten'],
  GENERATION_SUFFIX: /^(?:Jr|Sr|II|III|IV)\.?$/,

  // — tokens.ts: words and their casing —
  /** Lower-case particles that begin a hyphenated surname ("al-Assad", "ben-Gurion", "el-Sisi"). */
  NAME_PARTICLES: new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'ben', 'bin', 'ibn', 'abu', 'bou', 'ould', 'de', 'di', 'da', 'del', 'van', 'von']),
  /** Words written with a full stop that ends them: legal forms, generational suffixes, dotted initialisms, a middle initial ("Jon Q. Public"). */
  ABBREVIATION: /^(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|Assn|(?:\p{Lu}\.)*\p{Lu})$/u,
  FUNCTION_WORD: /^(?:a|an|the|of|and|or|to|in|on|at|for|by|with|from|is|was|has|had|said|says)$/,

  // — statements.ts: what an actor said ("made" only as "made it clear/known") —
  MADE: 'made',
  MADE_CLEAR: /^\W*(?:\w+\s+){0,3}?made\s+(?:it\s+)?(?:clear|known|plain)\b/i,
  THAT: /\bthat\b/i,
  PRONOUN_OPENING: /^(?:He|She)\b/,

  // — mentions.ts: where a name starts and ends, and what it names —
  THE: 'the',
  THE_WORD: /^the$/i,
  AND: 'and',
  /** The body an office-holder heads, named after the holder ("Sheriff's Office"). */
  OFFICE_HEAD: /^(?:Office|Department)$/,
  AFTER_BODY_HEAD: /^(?:for|on)$/,
  PORTFOLIO_OF: /^(?:of|for|on)$/,
  SHORT_LEGAL_FORMS: /^(?:Inc|Corp|Co|Ltd|LLC|plc)\.?$/,
  COMPASS_WORD: /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)(?:-?(?:east|west)(?:ern)?)?$/i,
  COLOURS: new Set(['red', 'white', 'blue', 'black', 'green', 'gold', 'golden', 'silver', 'orange', 'purple', 'crimson', 'scarlet']),
  /** Title words that end a descriptive title ("… Minister", "… Spokeswoman") right before a person's name. */
  PERSON_TITLES: new Set(['minister', 'president', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'governor',
    'mayor', 'chairman', 'chairwoman', 'director', 'ambassador', 'commander', 'chief', 'envoy', 'prosecutor', 'senator',
    'councilman', 'councilwoman', 'commissioner', 'manager', 'superintendent', 'inspector', 'coach', 'attorney', 'sheriff',
    'clerk', 'marshal', 'ranger', 'advocate', 'judge', 'detective', 'captain', 'lieutenant', 'sergeant', 'admiral', 'colonel', 'commodore']),
  /** And words that end a portfolio title before a name, though they also end bodies' names ("Office of the Public Defender"). */
  PORTFOLIO_TITLES: ['officer', 'member', 'defender'],
  /** People's nouns written before a name ("protester Jon Roe"), beside the role nouns. */
  PERSON_NOUNS: new Set(['protester', 'protestor', 'demonstrator', 'victim', 'suspect', 'defendant', 'passenger', 'survivor']),
  /** ", a nurse,", ", an off-duty union leader in …": the head noun of an indefinite apposition (no possessive inside). */
  PERSON_APPOSITION: /^,\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+)(?=\s*[,.;]|\s+(?:in|at|from|for|with|of|who)\b)/u,
  ADVERB: /^\p{Lu}\p{Ll}{2,}(?:ively|ally|ously|edly|ingly|fully|lessly|ably|ibly)$/u,
  LEGAL_FORM: /^(?:SA|S\.A\.|AG|NV|N\.V\.|GmbH|SpA|S\.p\.A\.|BV|PLC|Plc|LLP|Pty|SGPS)$/,
  WEEKDAY: /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/,
  WEB_DOMAIN: /\.(?:com|net|org|co\.uk|gov|edu|tv|info)$/i,
  LONE_ABBREVIATION: /^(?:Inc|Corp|Co|Ltd|LLC|Assn|Dept|Gov|Govt|Jr|Sr|Rep|Sen|Insp|Det|Sgt|Capt|Lt|Col|Gen|Supt|Cmdr|Adm|Cpl|Pvt|Hon|Rev|Atty|Cllr)\.?$/,
  /** "McAllister", "LaSalle", "DeShawn" are surnames and given names, not brands ("SeaMicro"). */
  NAME_PREFIX: /^(?:Mc|Mac|La|Le|De|Di|Da|Du|Van|Von|Fitz)\p{Lu}/u,
  TOWN_ENDING: /(?:ville|dale|view|polis)$/,
  CONNECTIVE: /^(?:of|and|or|the|a|an|to|in|on|for|at|by|with)$/,
  QUALIFIED_BODIES: new Set(['committee', 'subcommittee', 'administration']),
  LOCATIVE_PREPOSITION: /^(?:in|near|across|throughout|inside|outside)$/i,
  AUX: new Set(['has', 'have', 'had', 'also', 'would', 'will', 'did', 'does', 'do', 'not', 'never', 'then', 'later',
    'already', 'is', 'was', 'were', 'are', 'been', 'reportedly', 'further', 'again', 'today', 'earlier', 'previously', 'on']),
  COORDINATED: /^\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}]*\s+)+/u,
  RELATIVE_OPENING: /^['’]?s?,\s+(?:who|which)\s+/,
  /** "according to X", "citing X": the words before a name that make it the speaker. */
  ATTRIBUTION_BEFORE: /(?:according to|citing|quoting|cited by|quoted by)(?: the)?$/,
  /** "sanctioned by the WBX", "was charged by the FBI". */
  PASSIVE_AGENT: /\b\p{L}+(?:ed|en|wn)\s+by(?:\s+the)?$/u,
  CREDIT_LINE: /^\s*(?:©|photo\s*:)/i,
  /** "XNA and Dalta news agency", "the news agency XNA", "(Photo: Dalta)". */
  AGENCY_AFTER: /^\s*(?:(?:and|,)\s*\p{Lu}[\p{L}.]*\s*)?news\s+agenc/iu,
  AGENCY_BEFORE: /(?:news\s+agenc(?:y|ies)|wire\s+service)\s*,?\s*(?:the\s+)?$/i,
  PHOTO_BEFORE: /\(\s*photo\s*:\s*$/i,

  // — index.ts: which clusters are actors, and of what kind —
  GENDERED_HONORIFIC: /^(?:Mr|Mrs|Ms|Miss)\.?$/,
  /** The head noun ends the phrase before any complement: "maker of automation software" is a maker. */
  COMPLEMENT: /\s+(?:of|for|with|from|in|at|on|by|that|which|who)\s+/,
  PRODUCT_NOUNS: /^(?:browsers?|software|laptops?|notebooks?|smartphones?|phones?|handsets?|devices?|tablets?|computers?|cars?|sedans?|vehicles?|trucks?|consoles?|chips?|processors?|cpus?|apps?|drugs?|vaccines?|games?|films?|movies?|shows?|albums?|books?|series|system|platform|vessels?|ships?|tankers?|supertankers?|freighters?|frigates?|destroyers?|warships?|dhows?|boats?|yachts?|ferry|ferries|trawlers?|aircraft|planes?|jets?|helicopters?|satellites?)$/,
  SHIP_PREFIX: /^(?:MV|M\/V|MT|MS|SS|RMS|FV|HMS|HMAS|HMCS|HMNZS|USS|USNS|INS|PNS|ROKS|JS|RFS|NRP|TCG|KRI|BRP)$/,
  PRODUCT_BEFORE: /(?:\b(?:its|their|the|a|an)\s+(?:new|latest|old|original|next|current|updated|redesigned)\s+|\b(?:its|their)\s+|\d+(?:\.\d+)?(?:-inch|-in|in|”|")\s+|\p{Lu}[\p{L}-]*['’]s\s+(?:new\s+|latest\s+)?)$/u,
  PRODUCT_AFTER: /^\s+(?:\d(?:\d{3})?|browser|laptops?|notebooks?|smartphones?|phones?|handsets?|devices?|models?|tablets?|computers?|software|update|refresh|users|vulnerability|flaw|patch|owners)\b/,
  /** "his ABC title", "the XYZ champion", "the ABC, DEF and XYZ heavyweight belts". */
  TITLE_AFTER: /^(?:\s*(?:,|and|&)\s*\p{Lu}{2,6})*\s+(?:\p{Ll}+\s+){0,3}(?:titles?|belts?|champion(?:ship)?s?|crowns?)\b/u,
  WHO_AFTER: /^,\s+who\b/,
  HIS_AFTER: /^(?:\s+(?!(?:the|a|an|this|that|these|those|which|who|whose|its|their)\b)[\p{Ll}-]+){1,6}\s+(?:his|her|himself|herself)\b/u,
  WHICH_AFTER: /^,\s+which\b/,
  /**
   * Words only a company has: "X Inc.", "X, Inc.", "X's CEO", "X's shares", "X (NYSE: …)", "X shares
   * fell", "X spokesman", "the telecoms company X", "shares of X", "the chairman of X".
   */
  CORPORATE_AFTER: new RegExp('^(?:,?\\s+(?:Inc|Corp|Co|Ltd|LLC|plc)\\b|\\s*\\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX)\\b'
    + '|[\'’]s\\s+(?:\\p{Ll}+\\s+){0,2}(?:CEO|chief executive|shares|stock|headquarters|employees|subsidiary|customers|shareholders|products|share price|hierarchy|leadership|membership|ranks|bosses)\\b'
    + '|\\s+(?:shares|stock|spokesman|spokeswoman|spokesperson|officials|executives|employees|shareholders)\\b(?!\\s+of\\b))', 'u'),
  CORPORATE_BEFORE: /\b(?:company|firm|maker|manufacturer|giant|carrier|provider|retailer|chain|rival|subsidiary|brand|conglomerate|newspaper|daily|broadcaster|shares\s+of|(?:chairman|chairwoman|chief executive|CEO|spokesman|spokeswoman|spokesperson|employees?|shareholders?|owners?|co-founder|founder)\s+of(?:\s+the)?)\s+$/,
  /** "X newspaper", "told X news paper", "the X news agency": a publication's or a medium's name. */
  PUBLICATION_AFTER: /^\s+(?:news\s*paper|newspaper|daily|weekly|magazine|tabloid|website|broadcaster|television|TV|radio|news\s+agency|news\s+service|wire\s+service)\b/,
  /** "X, the maker of …", "X, a software company", "X, a treatment facility in …". */
  BODY_APPOSITION: new RegExp(`^,\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${BODY_NOUNS})(?=\\s*[,.;)]|\\s+(?:of|that|which|based|in|with|for|whose|and)\\b)`, 'u'),
  BODY_NOUN: new RegExp(`^(?:${BODY_NOUNS})$`),
  /** "X has raised its prices", "X took a day off from its work". */
  ITS_AFTER: /^(?:\s+(?!(?:the|this|that|these|those|which|who|whose|his|her|their)\b)[\p{Ll}-]+){1,6}\s+its\b/u,
  /** People are not named with an article ("the Rivertown Hawks remain unbeaten", "the 1998 Rivertown Hawks", "the No. 1 Hawks"); bodies are. */
  THE_NAME_BEFORE: /\bthe\s+(?:(?:\d{4}|No\.\s*\d+)\s+)?$/i,

  // — hypocoristics.ts: given names that are one name —
  /** Irregular English pet names, by the full names they shorten. */
  PET_NAMES: {
    william: ['bill', 'billy', 'liam'],
    robert: ['bob', 'bobby', 'bert'],
    richard: ['dick', 'rick', 'ricky'],
    james: ['jim', 'jimmy', 'jamie'],
    john: ['jack', 'johnny'],
    margaret: ['peggy', 'maggie', 'meg', 'marge'],
    edward: ['ted', 'teddy', 'ned', 'eddie'],
    theodore: ['ted', 'teddy'],
    henry: ['hank', 'harry'],
    charles: ['chuck', 'charlie'],
    elizabeth: ['liz', 'beth', 'betty', 'betsy', 'lisa'],
    katherine: ['kate', 'katie', 'kathy', 'kay'],
    catherine: ['kate', 'katie', 'cathy', 'kay'],
    kathryn: ['kate', 'katie', 'kathy', 'kay'],
    anthony: ['tony'],
    maurice: ['mo'],
    michael: ['mike', 'mick', 'mickey'],
    rebecca: ['becky'],
    patricia: ['patty', 'trish'],
    susan: ['sue', 'susie'],
    lawrence: ['larry'],
    laurence: ['larry'],
    alexander: ['sandy', 'sasha'],
    // the Greek forms: Alexis and Alekos are what an Alexandros is called
    alexandros: ['alexis', 'alekos'],
  },
  /** A diminutive with a doubled consonant ("Danny", "Robbie"): group 1 and 2 its stem. */
  DIMINUTIVE: /^(\p{L}{2,}?)(\p{L})\2(?:y|ie|ey)$/u,
};
