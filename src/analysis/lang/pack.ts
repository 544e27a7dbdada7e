// Analysis stage, language packs: what a pack must hold — the words and patterns the rules read a
// report by — and the verb-table machinery a pack builds its selections with. The rules ask
// `lang()` (lang/index.ts) for the pack of the corpus's language; a language is one file that
// satisfies `LanguagePack` (the type checker lists what a new one still lacks).
import type { ContrastKind, QualifierKind } from '../types.js';

/** What a verb does in a report. */
export type VerbUse =
  /** Its subject speaks: a sentence where an actor is the subject is that actor's statement. */
  | 'speech'
  /** Its object can be the report itself ("said the talks failed"); other verbs of speech need a quote or "that". */
  | 'saying'
  /** Its subject acts in the story (orders, meets, signs). */
  | 'act'
  /** Its subject puts a number on something ("police put the number at …"). */
  | 'figure'
  /** Its subject blames or claims: a number inside what it says is part of that claim ("blamed 5,000 rebels"). */
  | 'claim'
  /** A newspaper, agency or broadcaster does it when it acts in the story ("state television showed …"). */
  | 'medium'
  /** Its base form after a name is the verb ("officials deny", "will meet"); other base forms there are mostly nouns ("the Apple launch"). */
  | 'base';

export type Tense = 'base' | 'present' | 'past';
const TENSES: Tense[] = ['base', 'present', 'past'];

/** One row a verb: its forms ("say says said": base, present, past) and its uses ("speech saying"). */
export type VerbRow = [forms: string, uses: string];

/** The selections a pack makes of its verb table. */
export interface VerbTable {
  /** The forms of the verbs of one use, in the given tenses, in table order. */
  verbs(use: VerbUse, tenses?: Tense[]): string[];
  /** The base forms of the verbs of one use that are read as verbs after a name. */
  baseForms(use: VerbUse): string[];
  /** One verb's forms in the given tenses. */
  formsOf(base: string, tenses?: Tense[]): string[];
}

export function verbTable(rows: readonly VerbRow[]): VerbTable {
  const verbs = (use: VerbUse, tenses: Tense[] = TENSES): string[] => [...new Set(rows.filter(([, uses]) => uses.split(' ').includes(use))
    .flatMap(([forms]) => forms.split(' ').filter((_, i) => tenses.includes(TENSES[i]))))];
  const baseForms = (use: VerbUse): string[] => {
    const based = new Set(verbs('base', ['base']));
    return verbs(use, ['base']).filter((w) => based.has(w));
  };
  const formsOf = (base: string, tenses: Tense[] = TENSES): string[] => {
    const row = rows.find(([f]) => f.split(' ')[0] === base);
    if (!row) throw new Error(`no verb "${base}" in the table`);
    return row[0].split(' ').filter((_, i) => tenses.includes(TENSES[i]));
  };
  return { verbs, baseForms, formsOf };
}

/** A word list as a regular-expression alternation, in its order. */
export const alternation = (words: readonly string[]): string => words.join('|');

/**
 * A pack's word list as the pattern a rule reads it by: the words as one group, `before` and `after`
 * around it (word edges unless told) — the one place a list becomes a regular expression. Where the
 * words go (a sentence's start, right before a number) is the rule's; which words, the pack's. A list's
 * entries are regular-expression sources ("deaths?", "so(?!\\s+far\\b)").
 */
export function listPattern(words: readonly string[], flags = '', before = '\\b', after = '\\b'): RegExp {
  return new RegExp(`${before}(?:${alternation(words)})${after}`, flags);
}

/**
 * A language's vocabulary for the analysis. Each entry says what the rules use it for; the pack says
 * which words of its language do that (and why, where it is not plain).
 */
export interface LanguagePack {
  /** The primary language subtag the pack reads ("en"). */
  code: string;
  /** A lower-case word's stem ("agencies" → "agenc"): sentences' terms and organisations' names are compared by stems. */
  stem(word: string): string;

  // — Reporting verbs —
  /** Verbs of speech: a sentence where an actor is their subject is a statement by that actor. */
  SPEECH_VERBS: ReadonlySet<string>;
  /** Verbs of speech and of acting: a name right before one of these speaks or acts in the story. */
  ACTION_VERBS: ReadonlySet<string>;
  /** Verbs of speech whose object can be the report itself ("said the talks failed"); others need a quote or "that". */
  SAYING_VERBS: ReadonlySet<string>;
  /** A verb of speech or opinion anywhere in a sentence: it is a response, not the event (summary order). */
  REPORTING: RegExp;
  /** The doer reports its own action ("X said it has agreed to …"): that is what happened (summary order). */
  SELF_REPORT: RegExp;
  /** A closing credit to an office (", police said Saturday."): the sentence before it narrates the event (summary order). */
  CLOSING_CREDIT: RegExp;
  /** A speaker given only as a pronoun ("…, he said"): the line leans on the one before (summary quality). */
  PRONOUN_SPEAKER: RegExp;
  /** An attribution that opens a sentence, stripped when sentences are compared (summary points). */
  LEAD_ATTRIBUTION: RegExp[];
  /** An attribution that closes a sentence (", officials said"), stripped likewise. */
  TRAIL_ATTRIBUTION: RegExp;
  /** The state's broadcaster acting in the story, unnamed (group 1: "state television"): actors. */
  STATE_MEDIUM: RegExp;
  /** A name set off by commas, then its verb of speech (", said"): actors. */
  APPOSITION_SPEAKS: RegExp;
  /** A medium named before what it is, then a reporting verb ("… news agency reported"): actors. */
  MEDIUM_REPORTS: RegExp;

  // — Names (actors/) —
  /** Titles written before a name ("President X", "Secretary of State X"), as lower-case words; longer titles first. */
  TITLES: readonly (readonly string[])[];
  /** Occupational nouns that introduce a person's role in a descriptor ("researcher at …"). */
  ROLE_NOUNS: ReadonlySet<string>;
  /** Words that head the name of an organisation or public body (abbreviated forms included). */
  ORG_HEADS: ReadonlySet<string>;
  /** Organisation heads written abbreviated, and the head each stands for ("dept" → "department"). */
  ORG_HEAD_ABBREVIATIONS: Readonly<Record<string, string>>;
  /** Words that end the name of something no one is — a law, an award, an event: a name ending in one is no actor. */
  NON_ACTOR_HEADS: ReadonlySet<string>;
  /** Words that open the name of something no one is — an operation, a storm ("Operation …", "Hurricane …"). */
  NON_ACTOR_OPENERS: ReadonlySet<string>;
  /** Words that close a newspaper's name ("… Post", "… Times", "… Herald"). */
  PUBLICATION_HEADS: ReadonlySet<string>;
  /** Organisation heads after which a new capitalised name may start ("Human Rights Organization Halvern"). */
  BODY_HEADS: ReadonlySet<string>;
  /** Stems too generic to show that two organisation names denote the same body. */
  GENERIC_ORG_STEMS: ReadonlySet<string>;
  /** Lower-case words allowed inside a capitalised name ("Ministry of Health", "Ludwig van Beethoven"). */
  NAME_CONNECTORS: ReadonlySet<string>;
  /** Capitalised function words that start sentences and are never names. */
  FUNCTION_WORDS: ReadonlySet<string>;
  /**
   * A person referred to by role and place ("the president of X", "X's prime minister"), global: groups 1
   * and 2 are the role and the place, or, where group 3 is set, group 3 is the role and group 1 or 2 the place.
   */
  ROLE_DESCRIPTIONS: RegExp[];

  // — Counting (figures/) —
  /** What a number counts, by the noun after it ("security forces" before "forces"): longer phrases first. */
  UNIT_NOUNS: readonly UnitNoun[];
  /** A unit of time: a count of them is a figure only as a length ("a five-day strike"). */
  TIME_UNIT: RegExp;
  /** What happened to what is counted ("killed", "were arrested"), by event class. */
  EVENT_WORDS: readonly EventWord[];
  /** How a label says what happened, by event class ("death" → "killed"). */
  EVENT_PARTICIPLE: Readonly<Record<string, string>>;
  /** What an amount of money or a share is about ("a $3bn budget", "turnout of 62%"), global; group 1 the word. */
  AMOUNT_SUBJECTS: RegExp;
  /** The label noun for an AMOUNT_SUBJECTS match ("loses" → "loss", "pensions" → "pension"). */
  amountSubject(match: string): string;
  /** A label that already names a measure ("loss", "turnout", "amount"): no "number of" before it. */
  isAmountLabel(label: string): boolean;
  /** What a length of time is about ("a five-day shutdown"), global; group 1 the word. */
  DURATION_SUBJECTS: RegExp;
  /** A noun for a person whose age a text gives ("a 22-year-old student"), singular or plural. */
  PERSON_NOUN: RegExp;
  /** A kinship noun written just before a relative's name ("his son, Jon Roe"), anchored at the end of the text before it. */
  KIN_BEFORE_NAME: RegExp;

  // — Function words —
  /** Words with no content of their own: passed over where the rules look for names and terms. */
  STOPWORDS: ReadonlySet<string>;
  /** Words that say nothing of what a sentence reports: left out of the terms sentences are compared by. */
  TERM_STOPWORDS: ReadonlySet<string>;
  /** Words that end the noun phrase after a number ("1,200 people *who*…"). */
  PHRASE_END: ReadonlySet<string>;

  /** A word right after a name that is a verb ("Rosa Doe lived alone", "Doe has…"), not a noun the name modifies (figures). */
  LIKELY_VERB: RegExp;
  /** A word a reference place's name does not run into ("Millbrook on Monday", "Port Avery, said police"): figures/distances.ts. */
  AFTER_PLACE_NAME: RegExp;
  /** A word that ends a common-noun reference ("the merchant vessel when it…"): figures/distances.ts. */
  ENDS_NOUN_REFERENCE: RegExp;
  /** A lower-case word that may stand before a name whose age follows in commas ("said Doe, 49,"): figures/ages.ts. */
  BEFORE_APPOSED_NAME: RegExp;

  // — Who gave a figure (figures/attribution.ts) —
  /** Patterns whose first group is who gave a figure ("according to the ministry", ", police said"). */
  ATTRIBUTION: RegExp[];
  /** Who blames or claims, a number inside the claim being part of it (group 1). */
  CLAIMANT: RegExp;
  /** A pronoun: names no one a reader could check. */
  PRONOUN: RegExp;
  /** A conjunction opening a speaker's clause ("and"): dropped from who gave a figure. */
  SPEAKER_CONJUNCTION: RegExp;
  /** Words before a reporting verb that are no speaker: a passive's subject, a relative clause. */
  NOT_A_SPEAKER: RegExp;
  /** Around the end of a speaker match: a verb of saying used as one of doing, an amount its object ("added 74 yards"): no speaker. */
  DOING_NOT_SAYING: RegExp;
  /** "he said": the speaker is the person named before. */
  PRONOUN_SAID: RegExp;
  /** A name (group 1) right before a reporting verb; global. */
  SPEAKER: RegExp;
  /** A word of a capitalised run that is not the person's name (titles, sentence openers). */
  NOT_NAME: RegExp;
  /** A lone capitalised word of an organisation ("Ministry said"): not a person. */
  BODY_WORD: RegExp;
  /** Words that pass on a claim without vouching for it, right before a number. */
  CLAIM_HEDGE: RegExp;

  // — Hedges (discrepancies/hedges.ts) —
  /** A report said not to be (or no longer) confirmed. */
  UNCONFIRMED: RegExp;
  /** Reported information (a hedge must be about this, not about events). */
  DATA_WORDS: RegExp;
  /** Who gives a figure on official authority. */
  OFFICIAL_SOURCE: RegExp;

  // — What a supporting sentence must share with the one it backs (summary/support.ts) —
  /** A negation of the statement. */
  NEGATION: RegExp;
  /** The words that put a report's subject at each stage (STAGES): one pattern a stage. */
  STAGE_WORDS: StageWords;

  // — Discrepancies: one event told in ways that cannot both be true (discrepancies/contrastingPredicates.ts) —
  /** For each kind of contrast, the verbs of its two sides (global patterns). */
  CONTRASTING_VERBS: Record<ContrastKind, readonly [RegExp, RegExp]>;
  /** Right before such a verb: the act has not happened (only called for, refused, to come). */
  NOT_HAPPENED: RegExp;
  /** Right after a verb of removal: what was put aside is talk, not a person ("dismissed calls to step down"). */
  TALK_OBJECT: RegExp;

  // — Discrepancies: when one event happened (discrepancies/eventTimes.ts) —
  /** Day names, Monday first. */
  WEEKDAYS: readonly string[];
  /** Month names with their abbreviations, January first. */
  MONTH_NAMES: readonly (readonly string[])[];
  /** Nouns of an event that happens once in a story, by family ("earthquake": quake, temblor…). */
  EVENT_NOUNS: Readonly<Record<string, readonly string[]>>;
  /** Events that come many to one story (aftershocks): a time beside one is not the main event's. */
  SERIAL_EVENTS: RegExp;
  /** Right before an event noun: another event than the story's ("another quake", "the 2004 quake"). */
  OTHER_EVENT: RegExp;
  /** Past forms of dated acts done to or by an actor, by family ("dismissal": fired, sacked…). */
  EVENT_VERBS: Readonly<Record<string, readonly string[]>>;
  /** Between an act and a time: a word opening another clause, so the time is another act's. */
  CLAUSE_OPENERS: RegExp;
  /** The only words that may stand between an event noun and its time ("the fire broke out at"). */
  OCCURRENCE_WORDS: RegExp;
  /** A verb whose subject happened ("the quake struck the town at …"); matches one word. */
  OCCURRENCE_VERBS: RegExp;
  /** Between a time and the event noun after it: a possessive or a part of the day only ("Friday's fire"). */
  TIME_BEFORE_NOUN: RegExp;
  /** A day told as its night ("Friday night", "late Friday"): before and after the day's name. */
  LATE_IN_DAY: { before: RegExp; after: RegExp };
  /** A day told as its early hours ("early Saturday"): before and after the day's name. */
  EARLY_IN_DAY: { before: RegExp; after: RegExp };
  /** Right before a time: it is given roughly ("about", "shortly after"). */
  ROUGH_TIME: RegExp;
  /** Right after a clock time: it is in universal time ("GMT"). */
  UNIVERSAL_TIME: RegExp;
  /** Right after a clock time: a zone abbreviation (group 1: "PST"). */
  ZONE_ABBREVIATION: RegExp;

  // — Discrepancies: who held a role one person holds (discrepancies/roleHolders.ts) —
  /** Roles one person holds in a story of one act ("suspect", "gunman", "victim"). */
  SINGLE_ROLES: readonly string[];
  /** Their plurals, in the same order: a source using one tells a story with several. */
  SINGLE_ROLE_PLURALS: readonly string[];
  /** Right before a role: more than one holds it ("a second suspect"). */
  SEVERAL_HOLDERS: RegExp;
  /** Words that may stand between the article and a role (regular-expression sources: "alleged", "\\d+-year-old"). */
  ROLE_PREMODIFIERS: readonly string[];
  /** Verbs that name a role's holder ("named the suspect as X", "was identified as X"). */
  NAMING_VERBS: readonly string[];

  // — Discrepancies: the result of one match (discrepancies/matchScores.ts) —
  /** Verbs a final score follows ("beat the Lions 3-1"). */
  RESULT_VERBS: readonly string[];
  /** Nouns a final score comes before ("a 31-24 victory"). */
  RESULT_NOUNS: readonly string[];
  /** In a score's clause: not the final score, or not this match's ("at halftime", "last season"). */
  NOT_FINAL_SCORE: RegExp;

  // — Discrepancies: when a contest was stopped (discrepancies/stoppageTimes.ts) —
  /** Verbs of stopping a contest ("stopped the fight"). */
  STOP_VERBS: readonly string[];
  /** Words after a time that make it what was left of a period ("remaining"). */
  REMAINING_WORDS: readonly string[];
  /** Nouns of a timed period of a contest ("round"). */
  PERIOD_NOUNS: readonly string[];
  /** Time units by their words, in seconds ("seconds": 1). */
  TIME_UNITS: Readonly<Record<string, number>>;

  // — Discrepancies: how a conflicting figure is named (discrepancies/figureConflicts.ts) —
  /** A figure label that says what it measures ("depth"); others are numbers of things ("number of …"). */
  MEASURED_LABEL: RegExp;

  /** The words the summary's rules read a sentence by (summary/). */
  summary: SummaryWords;
  /** The words the figures' rules read a number's surroundings by (figures/). */
  figures: FigureWords;
  /** The words the claim rules read a report by (discrepancies/), beside the discrepancy words above. */
  discrepancies: DiscrepancyWords;
  /** The words the actors' rules read a name's surroundings by (actors/), beside the names' words above (TITLES, ORG_HEADS…). */
  actors: ActorWords;
  /** The words the shared text utilities read a sentence by (text/): clauses, sentence ends. */
  text: TextWords;
}

/** The shared text utilities' words (text/). */
export interface TextWords {
  // — clauses.ts: the clause around a phrase —
  /** What bounds a clause: its punctuation, or a conjunction between spaces (global). */
  CLAUSE_MARK: RegExp;
  /** Words that open a phrase: a quote cut for length stops before one, never after. */
  PHRASE_OPENER: RegExp;
  /** Words a quote must not end on, after a space at the end: they leave the phrase hanging. */
  HANGING: RegExp;

  // — sentences.ts: where a sentence ends —
  /** An abbreviation of "number" ending a span ("No."): before a number, no sentence ends there. */
  NUMBER_ABBREVIATION: RegExp;

  // — numbers.ts: the numbers a text states —
  /** Number words below twenty, lower case, by value (no prototype: "constructor" is no number word). */
  UNITS: Readonly<Record<string, number>>;
  /** Tens words, lower case, by value (no prototype). */
  TENS: Readonly<Record<string, number>>;
  /** Scale words, lower case, by value (no prototype): after number words; HYPHEN_SCALE and SCALE_AFTER say which after digits. */
  SCALES: Readonly<Record<string, number>>;
  /** Short scale suffixes, lower case, by value: only trusted after a currency sign ("$3bn"). */
  SHORT_SCALES: Readonly<Record<string, number>>;
  /** Right after digits: a scale word (group 1). */
  SCALE_AFTER: RegExp;
  /** Right after digits: a short scale (group 1). */
  SHORT_SCALE_AFTER: RegExp;
  /** After a grouped number with a dot: a scale word, so the dot is a decimal point ("1.125 million"). */
  SCALE_AHEAD: RegExp;
  /** Vague amounts as intervals, in the order they are tried ("dozens": 24–99). */
  VAGUE: readonly (readonly [RegExp, number, number])[];
  /** Further first words of a vague amount or a number in words, beside UNITS and TENS ("a", "dozens"). */
  STARTERS: readonly string[];
  /** Before digits: a currency sign or code and its code ('other dollars': OTHER_DOLLARS by its letters; '': the code matched, group 1). */
  CURRENCY_SIGNS: readonly (readonly [RegExp, string])[];
  /** Other dollars by the letters before the sign ("NT$"). */
  OTHER_DOLLARS: Readonly<Record<string, string>>;
  /** After an amount: a currency named by a word ("2m euros"). */
  CURRENCY_WORD_AFTER: RegExp;
  /** Month names and abbreviations as one alternation (figures/reportDates.ts and en-figures.ts read dates with it). */
  MONTHS: string;
  /** Right before a number: a month (a date). */
  MONTH_BEFORE: RegExp;
  /** Right after a number: an ordinal ending and a month (a date). */
  MONTH_AFTER: RegExp;
  /** From the digits after the rand's "R": an amount with a scale ("R26 million"). */
  RAND_SCALE: RegExp;
  /** A short capitalised code before a number that is no model's designation ("US 16"). */
  NOT_MODEL_CODE: RegExp;
  /** Right after a number: it is a clock time ("a.m.", "GMT"). */
  CLOCK_AFTER: RegExp;
  /** Right after a number: a short scale for thousands, trusted without a currency ("20k"). */
  THOUSAND_K: RegExp;
  /** The article that counts one before a scale ("a hundred"), and that phrase. */
  A: string;
  A_SCALE: RegExp;
  /** The "and" inside a number in words ("two hundred and fifty"), and what may follow it. */
  AND: string;
  AND_NUMBER: RegExp;
  /** After a number: a range's second number (group 1: "-40", "to 40"). */
  RANGE_AFTER: RegExp;
  /** After a number in words: a hyphenated scale before a hyphenated word ("two-million-euro"; group 1). */
  HYPHEN_SCALE: RegExp;
  /** The first letters a fraction of a scale word can open with (a quick test before FRACTION). */
  FRACTION_START: RegExp;
  /** A fraction of a scale word ("half a million"): group 1 the fraction's words, group 2 the scale word (SCALES). */
  FRACTION: RegExp;
  /** A fraction's value by the word of FRACTION's group 1 that names it ("quarters": 3/4). */
  FRACTIONS: Readonly<Record<string, number>>;
}

/**
 * The actors' words (actors/): what a role, a place, a product, a pronoun is written with around a
 * name. A pattern is given whole where the rule reads its words in place (its groups are what the
 * rule reads, as said of each).
 */
export interface ActorWords {
  // — roles.ts: the role the sources give an actor —
  /** Forms of address ("Mr", "Dame"): stripped from names, but no roles. */
  HONORIFICS: RegExp;
  /** Finite verbs that make words after a comma a clause, not an apposition. */
  FINITE: RegExp;
  /** After a name: an apposition (group 1, from its article) up to a relative pronoun or the clause's end ("X, a charity based in …"). */
  APPOSITION: RegExp;
  /** After a name: a relative clause that opens on no pronoun subject (group 1: its words, "X, which tracks …"). */
  RELATIVE_CLAUSE: RegExp;
  /** A relative clause's first verb that says what or where a thing is ("lies", "is"), not what it does. */
  NOT_HABITUAL_VERB: RegExp;
  /** Capitalised qualifiers of a role before a name ("Former", "Acting"). */
  ROLE_QUALIFIER: RegExp;
  /** Prepositions, articles and "and": a role read before a name starts after the last of them. */
  ROLE_CONNECTIVE: RegExp;
  /** Those connectives that do not cut the window (articles, "and": "actress and former reporter"). */
  ROLE_CONNECTIVE_KEPT: RegExp;
  /** Kinds of body that, beside role nouns, titles and organisation heads, make an apposition cut before its verb a role. */
  BODY_ROLE_WORDS: readonly string[];
  /** A role as a profile shows it: the leading article, age and join it drops, in this order. */
  ROLE_LEADS: readonly RegExp[];
  /** A quoted epithet before the plain role (group 1 the epithet, group 2 the role). */
  ROLE_EPITHET: RegExp;

  // — places.ts: names of places, which are never actors —
  /** Lower-case words that end the name of a geographic feature, a division, a building or grounds ("… Sea", "… County"). */
  PLACE_HEADS: ReadonlySet<string>;
  /** Lower-case words that open one ("Mount …", "Lake …"). */
  PLACE_OPENERS: ReadonlySet<string>;
  /** Compass points, lower case: a name's second word that makes it a place ("X North"). */
  COMPASS: ReadonlySet<string>;
  /** Right before a name: it may be a place ("in X", "the town of X"). */
  LOCATIVE_BEFORE: RegExp;
  /** Right before a name: it is a place whatever the name ("the district of X", "20 km north of X"). */
  PLACE_OF_BEFORE: RegExp;
  /** Right after a name: it is a place whatever the name ("X province", "X residents"). */
  PLACE_AFTER: RegExp;
  /** After a name: an apposition whose head noun is a kind of place ("X, a town on the river"). */
  PLACE_APPOSITION: RegExp;
  /** After a name: the larger place it is in (group 1: "X, <state>") or a place noun ("X province"). */
  LOCATIVE_AFTER: RegExp;
  /** After a name: the country or state it is in (group 1: "X in <country>", "X (<country>)"). */
  IN_LARGER_PLACE: RegExp;
  /** Before a name: it is a route's far end ("from Y … to the X"). */
  ROUTE_FAR_END: RegExp;
  /** The text a route's far end is read with in place of its own (ROUTE_OPENS matches it). */
  ROUTE_FROM: string;
  /** After a name: the route's other end, or the country this end is in (group 1 or 2). */
  ROUTE_OTHER_END: RegExp;
  /** Right before a name: a route opens ("between", "from"). */
  ROUTE_OPENS: RegExp;
  /** Right before a name: a route's first end (group 1) and its join ("between Y and"). */
  ROUTE_FIRST_END: RegExp;
  /** A preposition right before a single word that places it somewhere ("in X", "through X"). */
  PLACING_PREPOSITION: RegExp;

  // — cluster.ts: which names are one actor —
  /** A company's legal form written after its name ("Inc", "GmbH"). */
  LEGAL_FORMS: RegExp;
  /** The last word of a public body's name its short form leaves out ("… Police Department" / "… Police"). */
  BODY_SUFFIXES: RegExp;
  /** Lower-case words after a company's own name that say only that it is a company ("X Technologies"). */
  COMPANY_HEADS: ReadonlySet<string>;
  /** Right before a name: the definite article ("the X" is never a first name). */
  THE_BEFORE: RegExp;
  /** The definite article opening a nickname, lower case ("the hammer"): the nickname without it is a name too. */
  THE_OPENING: RegExp;
  /** The word "of" inside a name ("Bank of X"): the name's last word says what the body is of. */
  OF: string;
  /** Pronouns of a man and of a woman after a name: its bearer's gender when the lists do not know the first name. */
  MALE_PRONOUNS: RegExp;
  FEMALE_PRONOUNS: RegExp;
  /** The gender an honorific gives a surname, by the honorific in lower case without its full stop ("mrs" → female). */
  HONORIFIC_GENDERS: Readonly<Record<string, 'male' | 'female'>>;
  /** Particles that open a surname, beside NAME_CONNECTORS ("lo", "di"). */
  SURNAME_PARTICLES: readonly string[];
  /** A generational suffix after a surname ("Jr.", "III"): the same person with or without it. */
  GENERATION_SUFFIX: RegExp;

  // — tokens.ts: words and their casing —
  /** Lower-case particles that begin a hyphenated surname ("al-X", "ben-X"): the name is capitalised all the same. */
  NAME_PARTICLES: ReadonlySet<string>;
  /** Words written with a full stop that ends them: legal forms, generational suffixes, dotted initialisms, a middle initial. */
  ABBREVIATION: RegExp;
  /** Function words, lower case: never a surname in a headline written in capitals. */
  FUNCTION_WORD: RegExp;

  // — statements.ts: what an actor said —
  /** A verb of speech only in a phrase ("made it clear"): alone, nothing is reported. */
  MADE: string;
  /** After a name: that phrase ("made it clear", "made known"). */
  MADE_CLEAR: RegExp;
  /** "that" after a reporting verb: something is reported. */
  THAT: RegExp;
  /** A sentence opening on a pronoun subject ("He said …"): it continues the last person who spoke. */
  PRONOUN_OPENING: RegExp;

  // — mentions.ts: where a name starts and ends, and what it names —
  /** The definite article as written in running text ("the"), and as a whole word in any case. */
  THE: string;
  THE_WORD: RegExp;
  /** "and" inside a capitalised run: it joins two names, or stays inside a body's name. */
  AND: string;
  /** The body an office-holder heads, named after the holder ("Sheriff's Office"): the possessive does not end the name. */
  OFFICE_HEAD: RegExp;
  /** Connectors that stay inside a name only right after a body's head word ("Center for X"). */
  AFTER_BODY_HEAD: RegExp;
  /** Between a body's head and its portfolio's first word ("Office of X and Y"). */
  PORTFOLIO_OF: RegExp;
  /** A company's legal form (the short list) read off a name before its acronym is compared. */
  SHORT_LEGAL_FORMS: RegExp;
  /** A compass or position word: never a role before a name ("North X" is a place). */
  COMPASS_WORD: RegExp;
  /** Colours, lower case: a given name that is one opens a team's name ("Red X"). */
  COLOURS: ReadonlySet<string>;
  /** Title words, lower case, that end a descriptive title right before a person's name ("… Minister"). */
  PERSON_TITLES: ReadonlySet<string>;
  /** Further words that end a portfolio title before a name, though they also end bodies' names ("… Defender"). */
  PORTFOLIO_TITLES: readonly string[];
  /** People's nouns written before a name ("protester X"), beside the role nouns. */
  PERSON_NOUNS: ReadonlySet<string>;
  /** After a name: the head noun of an indefinite apposition (group 1: ", a nurse,"). */
  PERSON_APPOSITION: RegExp;
  /** A capitalised sentence adverb by its ending ("Defensively"). */
  ADVERB: RegExp;
  /** A company's legal form closing a name ("… AG"). */
  LEGAL_FORM: RegExp;
  /** A day's name: the date a name acted on, not part of it. */
  WEEKDAY: RegExp;
  /** A web address's ending: the name is a site's or its owner's. */
  WEB_DOMAIN: RegExp;
  /** A legal form or title's abbreviation alone: names nothing by itself ("Inc", "Rep"). */
  LONE_ABBREVIATION: RegExp;
  /** Surname prefixes before an inner capital ("Mc", "Van"): a surname, not a brand written in camel case. */
  NAME_PREFIX: RegExp;
  /** An ending only towns have ("-ville"): a lone word with it stays a place. */
  TOWN_ENDING: RegExp;
  /** Function words right after a name: no body noun follows. */
  CONNECTIVE: RegExp;
  /** Body nouns in lower case that a name before them qualifies ("the X committee"): the body acts, not the name. */
  QUALIFIED_BODIES: ReadonlySet<string>;
  /** A preposition of place before a lone name ("in X"): a place the tagger did not know. */
  LOCATIVE_PREPOSITION: RegExp;
  /** Words skipped between a name and its verb: auxiliaries, adverbs, "on". */
  AUX: ReadonlySet<string>;
  /** After a name: another name joined by "and" (its verb is both's). */
  COORDINATED: RegExp;
  /** After a name: a relative clause opens (its verb is the name's too). */
  RELATIVE_OPENING: RegExp;
  /** The words before a name that make it the speaker ("according to", "citing"). */
  ATTRIBUTION_BEFORE: RegExp;
  /** The words before an acronym that make it a passive's agent ("charged by the"). */
  PASSIVE_AGENT: RegExp;
  /** A line that is a photo credit or copyright. */
  CREDIT_LINE: RegExp;
  /** After a name: it is a news agency credited ("and X news agency"). */
  AGENCY_AFTER: RegExp;
  /** Before a name: a news agency or wire service credited. */
  AGENCY_BEFORE: RegExp;
  /** Before a name: a photo credit's opening ("(Photo:"). */
  PHOTO_BEFORE: RegExp;

  // — index.ts: which clusters are actors, and of what kind —
  /** Honorifics that give a surname's gender ("Mrs"): a profile shows them with a surname several people bear. */
  GENDERED_HONORIFIC: RegExp;
  /** Where a role's head noun ends, before its complement ("maker of …"): the split between them. */
  COMPLEMENT: RegExp;
  /** A role's head noun that is a kind of product ("browser", "sedan"): the name is the product's. */
  PRODUCT_NOUNS: RegExp;
  /** A ship's prefix ("MV", "HMS"): the name is a vessel's. */
  SHIP_PREFIX: RegExp;
  /** Right before a name: a product's ("its new X", "a 17-inch X", "Maker's X"). */
  PRODUCT_BEFORE: RegExp;
  /** Right after a name: a product's ("X 7", "X users", "X browser"). */
  PRODUCT_AFTER: RegExp;
  /** After an acronym: a title it awards ("the ABC heavyweight title"). */
  TITLE_AFTER: RegExp;
  /** After a name: a relative clause a person opens (", who"). */
  WHO_AFTER: RegExp;
  /** After a name: a person's pronoun before any definite noun phrase ("… his"). */
  HIS_AFTER: RegExp;
  /** After a name: a relative clause a thing opens (", which"). */
  WHICH_AFTER: RegExp;
  /** After a name: words only a company has ("Inc.", "'s CEO", "shares"). */
  CORPORATE_AFTER: RegExp;
  /** Before a name: words only a company has ("the telecoms company", "shares of"). */
  CORPORATE_BEFORE: RegExp;
  /** After a name: a publication's or medium's noun ("newspaper", "news agency"). */
  PUBLICATION_AFTER: RegExp;
  /** After a name: an apposition whose head noun is a kind of body (", a software company"). */
  BODY_APPOSITION: RegExp;
  /** A role's head noun that is a kind of body, whole. */
  BODY_NOUN: RegExp;
  /** After a name: the next possessive is "its", no definite noun phrase between. */
  ITS_AFTER: RegExp;
  /** Right before a name: "the", perhaps a year or a rank between ("the 1998 X", "the No. 1 X"). */
  THE_NAME_BEFORE: RegExp;

  // — hypocoristics.ts: given names that are one name —
  /** Irregular pet names no spelling rule derives, lower case, by the full names they shorten ("william": bill, billy). */
  PET_NAMES: Readonly<Record<string, readonly string[]>>;
  /** A diminutive with a doubled consonant, whole (group 1 and 2 its stem: "Danny" → "dan"). */
  DIMINUTIVE: RegExp;
}

/**
 * The claim rules' words (discrepancies/). Lists are read through `listPattern` or `alternation` by the
 * rule that says where they stand; a pattern is given whole where the words make a phrase of their own
 * (its groups are what the rule reads, as said of each).
 */
export interface DiscrepancyWords {
  // — acronymLists.ts, nationalityLists.ts: lists of names —
  /** Words before a list's last member ("X, Y and Z"); acronym lists take "&" too. */
  AND: readonly string[];
  /** A plural noun, as a regular-expression source: what a list of acronyms names ("titles"). */
  PLURAL_NOUN: string;
  /** A plural noun's singular, to compare the words after two lists ("titles" and "title"). */
  singular(noun: string): string;

  // — contrastingPredicates.ts —
  /** An auxiliary right before a verb: part of what the source says ("has been removed"). */
  AUXILIARY_BEFORE: RegExp;

  // — datedEvents.ts —
  /** Words of an event that happened once, on a date (regular-expression sources: "arrest(?:ed)?"). */
  DATED_EVENT_WORDS: readonly string[];

  // — nationalityLists.ts: who a force was —
  /** Nouns of a force after the nationalities that make it ("troops"; regular-expression sources). */
  FORCE_NOUNS: readonly string[];
  /** How a demonym ends; a capitalised word that does not ("Special") is no nationality. */
  DEMONYM_ENDING: RegExp;
  /** Capitalised words before a force that end like a demonym but are none ("Federal", "Allied"). */
  NOT_DEMONYMS: ReadonlySet<string>;
  /** Right after a force: an apposition that says who they are (", i.e. the so-called X"). */
  IDENTIFYING_APPOSITION: RegExp;
  /** "X-led" (global; group 1: the nationality): who leads a force of several. */
  LED: RegExp;

  // — priceVariants.ts: which prices set off protests —
  /** Words before the price noun that say how or where prices moved, not what was priced. */
  NOT_GOODS: ReadonlySet<string>;
  /** The price noun, as a regular-expression source ("prices?"). */
  PRICE_NOUN: string;
  /** How-prices-moved words that may stand between a trigger and the good ("against rising local fuel prices"). */
  PRICE_MOVES: readonly string[];
  /** Right before the good: it is what was protested or what rose ("protests against", "a rise in"). */
  PRICE_TRIGGER_BEFORE: readonly string[];
  /** Right after the price noun: it rose ("price hikes"). */
  PRICE_TRIGGER_AFTER: readonly string[];
  /** Nouns of a protest (regular-expression sources): the quote starts at one near the trigger. */
  PROTEST_NOUNS: readonly string[];

  // — sentenceCounts.ts: how many prison terms are being served —
  /** "serving two life sentences" (global; group 1: the count's word, group 2: the term's words). */
  SERVING: RegExp;
  /** Articles that count one ("a life sentence"). */
  ONE_WORDS: readonly string[];
  /** The term's words are in the singular. */
  TERM_SINGULAR: RegExp;
  /** The kind of term, singular, without "consecutive" ("life sentence"). */
  termKind(words: string): string;

  // — surprise.ts: a surprise to one source, long coming to another (global; the act is the first group that matched) —
  SURPRISE: RegExp;
  EXPECTED: RegExp;

  // — eventTimes.ts: clock times and dates —
  /**
   * A clock time (global): groups 1–3 an hour, minutes and "a"/"p" of a 12-hour time; group 4 a named
   * time (NAMED_TIMES); groups 5–6 a 24-hour time, only with a zone after it.
   */
  CLOCK: RegExp;
  /** Named times, in minutes of the day, by their lower-case words. */
  NAMED_TIMES: Readonly<Record<string, number>>;
  /** CLOCK's group 3 for the afternoon, lower case. */
  AFTERNOON: string;
  /** After a day's number: its ordinal ending, as an optional regular-expression source ("3rd"). */
  DAY_ORDINAL: string;
  /** Between a day's number and the month, optional, as a regular-expression source ("3rd of March"). */
  DAY_OF: string;

  // — stoppageTimes.ts: when a contest was stopped —
  /** A game clock's time after "at" (global; groups 1–2 minutes, seconds), not a time of day. */
  AT_CLOCK: RegExp;
  /** Before what was left of a period: "with (just|only)", as a regular-expression source. */
  LEFT_WITH: string;
  /** After a number: how many minutes a period lasts ("three-minute round"). */
  MINUTES_LONG: string;

  // — roleHolders.ts: who held a role —
  /** The definite article before a role ("the suspect"). */
  THE: string;
  /** After a naming verb and the role: what introduces the name ("named the suspect as X"). */
  NAMED_AS: string;
  /** A passive's auxiliary between a role and a naming verb ("the suspect was identified as X"; regular-expression sources). */
  PASSIVE_BE: readonly string[];
  /** A possessive ending, as a regular-expression source: "X, the victim's mother" names someone else. */
  POSSESSIVE: string;
}

/**
 * The figures' words (figures/), beside the counting words above (UNIT_NOUNS, EVENT_WORDS…). Lists are
 * read through `listPattern` by the rule that says where they stand (before a number, after it, as a
 * whole word); a pattern is given whole where the words make a phrase of their own.
 */
export interface FigureWords {
  // — ages.ts, attribution.ts, distances.ts, gaps.ts, ordinals.ts: words of their own —
  /** Suffixes after a name whose age follows in commas ("Jr", "III"). */
  GENERATION_SUFFIXES: readonly string[];
  /** An article opening who gave a figure, lower-cased there ("The ministry" → "the ministry"). */
  LEADING_ARTICLE: RegExp;
  /** A length unit as written, and the key its value is kept under (lengths.ts METRES); "yards" when none matches. */
  LENGTH_UNIT_KEYS: readonly (readonly [RegExp, string])[];
  /** "of" after a part of an event ("the end of their tour"). */
  GAP_OF: string;
  /** A plural noun made singular ("titles" → "title"): what an ordinal counts is named in the singular. */
  singular(word: string): string;

  /** A subject that is a time left or a time between two events, as terms.ts and gaps.ts word it ("time left", "time after …"): labels.ts adds its unit. */
  TIME_SUBJECT: RegExp;

  // — qualifiers.ts: the words that bound a number —
  /** Each kind of qualifier with its words, in the order they are tried (a longer phrase before its part: "up to about" before "about"). */
  QUALIFIERS: readonly (readonly [QualifierKind, readonly string[]])[];

  // — quantities.ts: what one number counts —
  /** Currencies written as a hyphenated word after an amount ("two-million-euro"), by their code. */
  HYPHEN_CURRENCIES: Readonly<Record<string, string>>;
  /** Units a change or a margin is counted in ("an 8-win improvement", "a 12-point lead"), singular: a plural "s" may follow. */
  MARGIN_UNITS: readonly string[];
  /** Nouns of a change or a margin after such a unit ("improvement", "lead", "victory"). */
  MARGIN_NOUNS: readonly string[];
  /** Those of MARGIN_NOUNS that are changes ("increase"); the others are margins of one game. */
  CHANGE_NOUNS: readonly string[];
  /** The subject of a margin of one game, by its noun ("win" → "margin of victory"); a change is its own noun. */
  MARGIN_OF: Readonly<Record<string, string>>;
  /** A noun after the change noun that makes the phrase another figure ("a 7-game win streak"). */
  NOT_MARGIN_AFTER: readonly string[];
  /** Hyphenated words that give a weapon's bore ("a 20-gauge shotgun"). */
  BORE_UNITS: readonly string[];
  /** Words of a weapon's kind passed over to reach the weapon ("semi-automatic"). */
  GUN_KINDS: readonly string[];
  /** The hyphenated word of a force's strength ("a 2,000-strong force"). */
  STRENGTH: string;
  /** Hyphenated words that make the number a percentage ("12-percent"): read as a plain count. */
  PERCENT_HYPHENS: readonly string[];
  /** The hyphenated word of an age ("74-year-old"). */
  AGE_HYPHEN: RegExp;
  /** Words of a percentage after a number ("%", "per cent"). */
  PERCENT_WORDS: readonly string[];
  /** Someone else's estimate of the count before, right before the number ("police put the number at"). */
  RIVAL_ESTIMATE: RegExp;
  /** A death toll reaching a number, right before it ("the death toll rose to"). */
  TOLL_BEFORE: RegExp;
  /** Right before the first number of a range ("between"). */
  RANGE_BEFORE: RegExp;
  /** Between the two numbers of a range (" and "). */
  RANGE_BETWEEN: RegExp;
  /** Right before a number: it is negated, no count ("no one", "not a single"). */
  NEGATED_COUNT: RegExp;
  /** Between an amount and another: the same amount in another currency ("two-million-euro ($2.6-million)"). */
  SAME_AMOUNT_AGAIN: RegExp;
  /** Right after a number: it is an address ("the 4300 block"). */
  ADDRESS_AFTER: RegExp;
  /** In a number's clause: it is a rule's threshold, not the event's ("valid only with a turnout above"). */
  REQUIREMENT: readonly string[];
  /** Right before a number: it is an age at death ("died at", "dies at age"). */
  DIED_AT: RegExp;
  /** In a label, before the month of the reports an age is from ("as reported in" June 2031). */
  REPORTED_IN: string;
  /** Right before a number: a parent's children ("a mother of", "a father to"). */
  PARENT_OF: RegExp;
  /** Right before a number: a guess at whether there were any ("there might have been"), no count reported. */
  SPECULATION_BEFORE: RegExp;
  /** Right before an event word: it did not happen, it nearly did ("nearly", "narrowly"). */
  NEAR_MISS: readonly string[];
  /** Prepositions: before a number, it is their object, not the object of a verb before them ("voted at 300 stations"). */
  PREPOSITIONS: readonly string[];
  /** Words after an object that end its clause ("stole a car and two rifles before fleeing"): the verb before is its verb. */
  OBJECT_ENDS: readonly string[];
  /** An event word that here names a list or a status, not what happened ("injured reserve"): no event. */
  NOT_AN_EVENT: RegExp;
  /** Between two counts: they are joined as one subject (" and ", ", and ", " or "), the verb after the second being both's — when the first opens its clause. */
  JOINED_COUNTS: RegExp;
  /** A record told as the result of a game ("improved to 11-4", "fell to 3-5"), not as it stood before ("Hawks (10-4) meet …"). */
  RECORD_CHANGED_TO: RegExp;
  /** Plural nouns a distance is counted in ("five doors", "six blocks") when a direction or "from" follows. */
  SPATIAL_NOUNS: readonly string[];
  /** After a count's noun: the count is a distance ("away", "north of"); `DISTANCE_FROM` only after `SPATIAL_NOUNS`. */
  DISTANCE_AFTER: RegExp;
  DISTANCE_FROM: RegExp;
  /** Between a noun and its own verb: nothing, or a passive's auxiliaries ("were", "who have all been"). */
  OWN_PREDICATE: RegExp;
  /** After "N of the": a ranking, no part of a whole ("one of the best"). */
  SUPERLATIVE: RegExp;
  /** The word "missing" (as a verb before a number: "missing three games"). */
  MISSING: string;
  /** A short complement of a noun ("of the crew"), skipped before its verb. */
  OF_COMPLEMENT: RegExp;
  /** Right after a percentage: it is a change ("faster", "higher"). */
  COMPARATIVES: readonly string[];
  /** Right before a percentage: it is a change ("rose", "fell", "by"). */
  CHANGE_VERBS: readonly string[];
  /** Right after a number: a further set beside the count before ("other", "more"). */
  FURTHER_AFTER: readonly string[];
  /** Right before a number: a further set beside the count before ("another", "additional"). */
  FURTHER_BEFORE: readonly string[];
  /** Words about money near an amount in pounds (a sum, as against a weight). */
  MONEY_WORDS: readonly string[];
  /** Past tenses not in -ed, with their participles: what a label says was done ("stole" → "stolen"). */
  IRREGULAR_PAST: Readonly<Record<string, string>>;
  /** A regular past tense or participle ("recovered"); `NOT_DONE` are exceptions. */
  REGULAR_PAST: RegExp;
  /** Words in -ed that describe rather than tell what was done ("armed guards", "two hundred"). */
  NOT_DONE: readonly string[];
  /** Words between a verb and the count it acts on ("took the two", "recovered at least nine"). */
  DETERMINERS: readonly string[];
  /** A passive after a count's noun; group 1 the verb ("who have been recommended"). */
  PASSIVE: RegExp;
  /** Nouns that say only that people are counted ("people", "individuals"). */
  GENERIC_PEOPLE: readonly string[];
  /** Plural nouns of a part that names its whole after "of" ("members of the border guard"). */
  PARTITIVE: readonly string[];
  /** Words ending in -s that are no plural nouns ("always", "this"). */
  NOT_PLURAL: readonly string[];
  /** Endings of singular words in -s ("ss", "ous"). */
  SINGULAR_ENDINGS: readonly string[];
  /** Words that join a counted noun to a wider class ("X and other Y"): the joins, then the "other" words. */
  AND_OTHER: { joins: readonly string[]; others: readonly string[] };
  /** The word that joins a list's items ("and"): a count after it is another count. */
  AND: string;
  /** Words that join clauses ("and", "but"): what happened in the next one is not this count's. */
  CLAUSE_JOINS: readonly string[];
  /** Words that open a new clause after a count ("after he was …"): what follows is not said of the count. */
  CLAUSE_OPENINGS: readonly string[];
  /** The infinitive's marker before an event word ("to kill"): meant, not done. */
  INFINITIVE: string;
  /** In a label, before a further term's noun ("length of another sentence"). */
  ANOTHER: string;
  /** Right before an age: it was the age then ("the then-15-year-old"). */
  THEN_BEFORE: RegExp;
  /** Right before a number: a rule's limit ("the legal limit of", "a cap of"). */
  LIMIT_BEFORE: RegExp;
  /** The noun a streak of victories is named by ("wins in a row"). */
  WIN: string;
  /** Right after a number: a part of a whole ("of the"), its count after it. */
  PART_OF_WHOLE: RegExp;
  /** Between two counts: the later shares the earlier's event (", and", "as well as"). */
  ALSO_COUNTED: RegExp;
  /** Between two counts: the later is among the earlier ("including", "among them"). */
  INCLUDING: readonly string[];
  /** Around a count: it is a total over places ("combined", "bringing the toll to"). */
  TOTAL: RegExp;
  /** Right before an amount: what a thing sells for ("costs", "priced at"). */
  PRICE_BEFORE: RegExp;
  /** After "N% of the …": a noun that makes the share one of a market, not of people ("market"). */
  MARKET_NOUNS: readonly string[];
  /** Before a percentage: the measure it is, with what it measures (group 1: "a blood alcohol level of", "an unemployment rate of"). */
  MEASURE_OF: RegExp;
  /** After a percentage: the plural noun it is a share of (group 1: "of the eligible voters"). */
  SHARE_OF: RegExp;
  /** Verbs between a person and an age ("was", "turned"). */
  COPULAS: readonly string[];
  /** The unit and the word of an age given in years ("years old"). */
  YEARS_OLD: { unit: RegExp; old: string };
  /** Right before a length of time: it is how long something lasted ("for", "lasted"). */
  DURATION_BEFORE: readonly string[];
  /** Words of an accusation ("charged", "accused")… */
  ACCUSED: readonly string[];
  /** …and the words after them before what is alleged ("with", "of"). */
  ACCUSED_OF: readonly string[];
  /** Titles written before a name, with or without their dot ("mr", "dr"). */
  NAME_TITLES: readonly string[];
  /** Words between a name and the age after it ("Jane Doe, the 74-year-old"). */
  BEFORE_AGE: readonly string[];
  /** What an amount or a share is of when it is the event's own ("damage", "ransom", "turnout"). */
  EVENT_AMOUNTS: readonly string[];
  /** Nouns of an event a year before them names ("the 2004 tsunami"). */
  EARLIER_EVENT_NOUNS: readonly string[];
  /** Right before a year: an event noun and its preposition ("the tsunami of", "the quake in December"); month names may stand between. */
  YEAR_OF_EVENT: RegExp;
  /** Right before a year: an article ("the 2004 …", "the December 2004 …"): an earlier event only if its noun follows. */
  YEAR_AFTER_ARTICLE: RegExp;
  /** Right after a year: an event noun within two words ("the 2004 Boxing Day earthquake"). */
  EARLIER_EVENT: RegExp;
  /** A comparison's base ("over the previous year", "from a year ago"), global. */
  COMPARED_WITH_PAST: RegExp;
  /** Words that put a clause in the past ("previous", "years ago"). */
  PAST: readonly string[];
  /**
   * Of those, the ones that date a whole sentence when they open it ("Last year, …", "Two years ago, …");
   * not "previous", "prior": "The previous night, the storm killed 12" is often this event's own toll.
   */
  PAST_OPENING: readonly string[];
  /** Right after a count: a word that dates what it counts to an earlier time ("three prior arrests"). */
  PAST_AFTER_COUNT: RegExp;
  /** Right before a year: a period running until now starts then ("since"). */
  SINCE_BEFORE: RegExp;
  /** Right after such a year: it dates an earlier event after all (", when"). */
  WHEN_AFTER: RegExp;
  /** Right before a year: a comparison's base ("than in"). */
  THAN_BEFORE: RegExp;

  // — special.ts: names and ordinals the special readers share —
  /** Ordinal words with their values ("sixth" → 6). */
  ORDINAL_WORDS: Readonly<Record<string, number>>;
  /** Suffixes of ordinals written in digits ("21st"). */
  ORDINAL_SUFFIXES: readonly string[];
  /** Capitalised words that are no one's name: sentence openers, pronouns, months, days. */
  NOT_NAMES: readonly string[];
  /** A pronoun's contraction, capitalised ("It's", "They're"): no name. */
  CONTRACTION: RegExp;
  /** Suffixes after a surname ("Jr", "Sr"). */
  NAME_SUFFIXES: readonly string[];
  /** Right before a name: it is the object, not the one a statement is about ("victory over", "beat"). */
  OBJECT_BEFORE: RegExp;

  // — reportDates.ts: the month a count is dated to —
  /** Words of what is to come: a later month is this year's, not last year's ("will", "next"). */
  FUTURE: readonly string[];
  /** Prepositions and articles before a month with no year ("[Ii]n", "[Tt]he"): as written, the capital allowed. */
  MONTH_PREPOSITIONS: readonly string[];
  /** A part of a month before its name ("early", "mid-"). */
  MONTH_PARTS: readonly string[];
  /** A month told back from the report ("last month", "three months ago"), global… */
  MONTHS_AGO: RegExp;
  /** …and how many months back a match is. */
  monthsAgo(match: string): number;

  // — grouping.ts: what is left out of the table —
  /** Who a poll's share is of, as a share's subject says it ("respondents", "those polled"). */
  POLLED: readonly string[];

  // — times.ts: how many times something was done —
  /** Adverbs of a number of times, with the number ("twice" → 2). */
  TIMES_ADVERBS: Readonly<Record<string, number>>;
  /** Right after a number: "times". */
  TIMES_AFTER: RegExp;
  /** "for the second time": group 1 the ordinal (global). */
  FOR_THE_NTH: RegExp;
  /** After the count: a ratio, a rate or a comparison, not a number of times something was done. */
  NOT_A_COUNT: RegExp;
  /** After the count: over a period, not over a life ("since October"). */
  PERIOD: RegExp;
  /** Words that open another clause, before which no verb of the count is looked for ("and", "who"). */
  NEW_CLAUSE: readonly string[];
  /** Object pronouns a label keeps after its verb ("fined him"). */
  OBJECT_PRONOUNS: readonly string[];
  /**
   * Words that say only that something was done, not what: a pro-verb ("did", "happened") and an object
   * that refers back ("had done it twice", "tried that three times"); a count of times with one names nothing.
   */
  TIMES_EMPTY_VERBS: readonly string[];
  TIMES_EMPTY_OBJECTS: readonly string[];
  /** Particles a label keeps after its verb ("knocked down"). */
  PARTICLES: readonly string[];
  /** Determiners a label keeps with the noun after them ("punched his brother"). */
  LABEL_DETERMINERS: readonly string[];

  // — measures.ts: a person's height and weight —
  /** After a hyphenated measure: a person noun within three words ("a 6-foot, 200-pound man"). */
  PERSON_AFTER: RegExp;
  /** A unit of weight after a number (group 1). */
  WEIGHT_UNIT: RegExp;
  /** A unit of height after a number (group 1), with inches (group 2). */
  HEIGHT_UNIT: RegExp;
  /** Right before a number: a verb of weighing ("weighing about"). */
  WEIGH_BEFORE: RegExp;
  /** A weight unit in pounds (else kilograms). */
  POUND_UNIT: RegExp;
  /** A height unit in feet (else metres). */
  FOOT_UNIT: RegExp;
  /** Right after a height: "tall". */
  TALL_AFTER: RegExp;

  // — crowds.ts: the size of a crowd, an age by a birthday —
  /** Right before a number: a crowd "of" ("a crowd of about"). */
  CROWD_OF: RegExp;
  /** Right before a number: a crowd estimated ("put the crowd at"). */
  CROWD_ESTIMATED: RegExp;
  /** Right after a number: a crowd it is the size of ("the 18,000 crowd", "the 200-person crowd"). */
  CROWD_ADJECTIVE: RegExp;
  /** Right after a crowd's number: "people". */
  PEOPLE_AFTER: RegExp;
  /** Right before a number: an article. */
  ARTICLE_BEFORE: RegExp;
  /** Right before a number: a name, then who turned (group 1 the name). */
  TURNED_BEFORE: RegExp;
  /** Right before a number: "turned". */
  TURNED: RegExp;
  /** Right after a number: it is no age (a share, a number of years, millions). */
  NOT_AN_AGE_AFTER: RegExp;

  // — ordinals.ts: ordinals that count, streaks —
  /** Posts held one after another, titles won, contests fought: what an ordinal before them counts. */
  COUNTED: RegExp;
  /** Contests counted only in a streak ("his 12th straight fight"): "his third 150-yard game" counts by a measure the text does not say. */
  CONTESTS: RegExp;
  /** Right after an ordinal: a streak ("straight", "in a row"). */
  STREAK: RegExp;
  /** "since she took over", "on her watch", "in four years": the count runs over a stated period. */
  SCOPED: RegExp;
  /** Right after an ordinal: a streak told as "in a row". */
  IN_A_ROW_AFTER: RegExp;
  /** A victory counted by an ordinal ("41st victory"): a record, read by records.ts. */
  VICTORY_HEAD: RegExp;
  /** Right after an ordinal: which game (group 1). */
  GAME_AFTER: RegExp;
  /** Right before an ordinal: a season's (group 1). */
  SEASON_BEFORE: RegExp;
  /** After the game: of the season (group 1). */
  SEASON_AFTER: RegExp;
  /** Right before an ordinal game: won or lost, so defeats are counted, not which game. */
  RESULT_BEFORE: RegExp;
  /** A word of victory (else of defeat). */
  VICTORY_WORD: RegExp;
  /** "his second victory over Doe": group 1 the ordinal, 2 victory or defeat, 3 the opponent (global). */
  VERSUS: RegExp;
  /** After a number: contests in a row (group 1 a modifier, group 2 the contests). */
  STREAK_AFTER: RegExp;

  // — rounds.ts: the round a contest was stopped in —
  /** A contest stopped or won (global). */
  STOP: RegExp;
  /** Out of a tournament: "eliminated in the quarter-finals of the cup". */
  OUT: RegExp;
  /** A fighter put down (global). */
  DOWN: RegExp;
  /** Right after an ordinal: "round". */
  ROUND_AFTER: RegExp;
  /** Right before a bare ordinal: "in the" (the round understood). */
  ROUND_THE_BEFORE: RegExp;
  /** After a bare ordinal: the clause ends. */
  BARE_ROUND_AFTER: RegExp;
  /** Right before a number of rounds: "in". */
  IN_BEFORE: RegExp;
  /** Right after a number: "rounds". */
  ROUNDS_AFTER: RegExp;
  /** After a bare number of rounds: the clause ends. */
  ROUNDS_END_AFTER: RegExp;
  /** Between a stop verb and the number: a clause mark. */
  ROUND_CLAUSE_MARK: RegExp;
  /** A stop word that is a win. */
  WIN_VERB: RegExp;
  /** The last clause join in a text. */
  LAST_JOIN: RegExp;
  /** Right after the round: a participle clause of a knockdown (group 1). */
  DOWN_PARTICIPLE: RegExp;

  // — records.ts: win-loss records —
  /** Words before a pair that make it a record. */
  RECORD_BEFORE: RegExp;
  /** Right after a pair: "record". */
  RECORD_AFTER: readonly string[];
  /** A knockout count after the record: " (33 KO)", ", 33 KOs)", " with 33 knockouts", " with 33 wins coming by way of knockout". */
  KO_AFTER: RegExp;
  /** After a pair: a weight in pounds ("6-2, 215"), so the pair is a height in feet and inches, not a record. */
  WEIGHT_AFTER_HEIGHT: RegExp;
  /** Right before a pair: a score, not a record. */
  SCORE_WORDS: RegExp;
  /** Right after a number: wins. */
  WINS_AFTER: readonly string[];
  /** In the sentence: a record, or defeats beside the wins. */
  RECORD_OR_DEFEATS: RegExp;
  /** Right after a number: defeats. */
  DEFEATS_AFTER: readonly string[];
  /** In the sentence: wins or a record beside the defeats. */
  WINS_OR_RECORD: readonly string[];
  /** Right after a number: by knockout. */
  BY_KO_AFTER: RegExp;
  /** Right after a number: "by" and its word. */
  BY_WORD_AFTER: RegExp;
  /** An ordinal victory ("41st victory"); group 1 the ordinal (global). */
  NTH_WIN: RegExp;
  /** A streak, not a record. */
  IN_A_ROW: readonly string[];

  // — gaps.ts: the time between two events —
  /** After a number: a unit of time, before or after, and the event (groups 1-3). */
  GAP: RegExp;
  /** A word that ends the event after a gap. */
  GAP_CUT: readonly string[];
  /** A part of an event before "of" ("the end of their tour"). */
  GAP_PART: readonly string[];
  /** A gap before (else after). */
  GAP_BEFORE: readonly string[];
  /** Determiners and possessives before an event noun (global). */
  GAP_DETERMINER: RegExp;
  /** An event by its name (group 1 "the", group 2 the name). */
  GAP_NAMED: RegExp;

  // — differences.ts: how much sooner, older, longer —
  /** After a number: a unit and a comparative (groups 1, 2). */
  COMPARED: RegExp;
  /** A unit made plural by "$1s", unless it is written plural already. */
  PLURAL_UNIT: RegExp;

  // — shocks.ts: which shock a magnitude is of —
  /** A shock or its magnitude named. */
  MENTIONS_SHOCK: RegExp;
  /** Before a magnitude in its sentence: it is an aftershock's ("followed by"). */
  AFTERSHOCK_CUE: RegExp;
  /** Before a magnitude in its sentence: it is a foreshock's ("preceded by", "earlier, a quake"). */
  FORESHOCK_CUE: RegExp;
  /** "The last quake measuring 3.5", "since the big quake", "In May 2011, a 3.8 quake struck", "the 1999 quake". */
  EARLIER_SHOCK_CUE: RegExp;
  /** A date later in the measure's clause: "… that struck off the coast in December 2004". */
  SHOCK_LATER_YEAR: RegExp;
  /** What is usual or possible, not what happened: "are common", "frequent", "could reach", "the maximum magnitude". */
  SHOCK_GENERAL: RegExp;
  /** The sentence refers back to a shock named before: "The earthquake struck at…", "It measured…". */
  SHOCK_REFERS_BACK: RegExp;
  /** "The main quake", "the larger quake": the event's shock named again. */
  MAIN_SHOCK_AGAIN: RegExp;
  /** Right after a magnitude: a shock noun within two words ("a 5.8 quake"). */
  SHOCK_NOUN_AFTER: RegExp;
  /** A plural shock noun just before the number: several shocks ("several smaller quakes measuring between 1.5 and 2.5"). */
  SEVERAL_SHOCKS: RegExp;
  /** After a magnitude: the shock noun it is of, within two words (group 1). */
  SHOCK_NOUN: RegExp;

  // — shocks.ts: magnitudes —
  /** The hyphenated word of a magnitude ("5.3-magnitude"). */
  MAGNITUDE: string;
  /** A shock noun of an aftershock. */
  AFTERSHOCK_NOUN: RegExp;
  /** A shock noun of a foreshock. */
  FORESHOCK_NOUN: RegExp;
  /** A sentence that opens on the aftershock named again. */
  THE_AFTERSHOCK: RegExp;
  /** Right before a number: "magnitude", "a magnitude of". */
  MAGNITUDE_BEFORE: RegExp;
  /** Right after a number: "magnitude", "in magnitude". */
  MAGNITUDE_AFTER: RegExp;
  /** Right after a number: "on the Richter". */
  RICHTER_AFTER: RegExp;
  /** Right before a number: a verb of measuring a quake ("measuring", "put it at"). */
  MEASURING_BEFORE: RegExp;
  /** "magnitude-6.1": group 1 the magnitude (global). */
  MAGNITUDE_HYPHEN: RegExp;
  /** Between two magnitudes: a list goes on ("3.1 and 2.7"). */
  MAGNITUDE_LIST: RegExp;
  /** Right after a number: "or above" (at least). */
  OR_MORE_AFTER: RegExp;
  /** Right after a magnitude: the words that say it is one. */
  MAGNITUDE_TAIL: RegExp;

  // — terms.ts: lengths of time and terms —
  /** A length at large written in words ("a week on the run"): group 1 the article, 2 the unit (global). */
  AT_LARGE_SPELLED: RegExp;
  /** "a weeklong search": group 1 the unit (global). */
  AT_LARGE_LONG: RegExp;
  /** How long someone held a post, when the sentence says they left it: "fired after just one season". */
  TENURE: RegExp;
  /** In the sentence: someone left a post ("fired", "resigned"). */
  LEFT_POST: RegExp;
  /** Time left on a contest's clock: "with four seconds remaining of the third round", "with about 15 seconds left". */
  CLOCK_LEFT: RegExp;
  /** Right after a number: a unit and "on the run" (group 1 the unit). */
  AT_LARGE_AFTER: RegExp;
  /** Right before a number: "with" (time left on a clock). */
  CLOCK_WITH: RegExp;
  /** Right before a number: "with" and a word. */
  WITH_BEFORE: RegExp;
  /** Right before a number: a run (group 1 its kind). */
  RUN_BEFORE: RegExp;
  /** Right after a run's number: its unit (group 1). */
  RUN_UNIT_AFTER: RegExp;
  /** Right after a number: time left on a contract (group 1 the unit, 2 the contract). */
  LEFT_ON_AFTER: RegExp;
  /** The hyphenated unit of a contract's length ("three-year"). */
  TERM_UNIT_HYPHEN: RegExp;
  /** Right after such a length: the contract (group 1). */
  CONTRACT_AFTER: RegExp;
  /** Right before a contract's length: it is held ("signed a", "the first year of a"). */
  HELD_BEFORE: RegExp;
  /** Right after a number: life sentences. */
  LIFE_AFTER: RegExp;
  /** The number words TENURE reads, with their values ("a single" → 1). */
  TENURE_NUMBERS: Readonly<Record<string, number>>;
  /** Right before a number of life sentences: "serving". */
  SERVING_BEFORE: RegExp;
  /** Words that stress a number rather than widen it. */
  STRESS_ONLY: readonly string[];

  // — distances.ts: distances and depths —
  /** A length unit as written, and the name a value keeps ("km" for kilometres, "metres" for meters). */
  LENGTH_UNIT: RegExp;
  /** Glued forms the number finder leaves alone: "15km", "40m deep" ("2m" alone is two million). */
  GLUED_LENGTH: RegExp;
  /** "fell about 300m", "plunged 150m": a glued "m" after a fall is metres (elsewhere "2m" may be two million). */
  FALL_BEFORE: RegExp;
  /** The words between a distance and its reference place. */
  TOWARDS: RegExp;
  /** "at a depth of", "a depth of about": the depth follows. */
  DEPTH_BEFORE: RegExp;
  /** "… deep", "… below the surface", "… underground": the depth came before. */
  DEPTH_AFTER: RegExp;
  /** A reference that is the event itself: a distance from it locates something else (a town, the writer). */
  EVENT_ITSELF: RegExp;
  /** "centered in Lakeside, 12 miles east of …", "was caught in Lakeside, …": the place is where it happened, so its distance is the event's. */
  EVENT_AT: RegExp;
  /** "the town of X", "the southern coastal city of X", "the island of X": the place is X. */
  TOWN_OF: RegExp;
  /** A place given by what happened there ("where she was last seen"). */
  WHERE_PLACE: RegExp;
  /** The definite article, as a whole word. */
  THE_WORD: RegExp;
  /** Lower-case words inside a place name ("Gulf of X"). */
  PLACE_CONNECTORS: readonly string[];
  /** A reference that opens with "the". */
  THE_BEFORE_REFERENCE: RegExp;
  /** The hyphenated word of a fraction of a unit ("two-tenths"). */
  TENTHS: string;
  /** "three-tenths of a mile": the unit (group 1). */
  TENTHS_OF: RegExp;
  /** Words of a rough length, right before it. */
  ROUGHLY_BEFORE: RegExp;
  /** A sentence in the first person: a distance from the writer. */
  FIRST_PERSON_OPENING: RegExp;
  /** Between two lengths: the same length in another unit ("(about"). */
  SAME_LENGTH_AGAIN: RegExp;
  /** A glued length ending in "deep". */
  DEEP_END: RegExp;
  /** Right before a depth: "at a depth of". */
  AT_DEPTH_BEFORE: RegExp;
}

/**
 * The summary's words (summary/). Lists are read through `listPattern`, by the rule that says where
 * they stand; a pattern is given whole where the words make a phrase of their own.
 */
export interface SummaryWords {
  // — order.ts: what happened comes first —
  /** A human toll: a sentence with a figure and one of these tells what happened. */
  HUMAN_TOLL: readonly string[];

  // — quality.ts: how well a sentence reads on its own —
  /** Opening words that point back to the sentence before (pronouns, connectives: "He", "However", "For his part"). */
  POINTS_BACK: readonly string[];
  /** After an opening phrase, a pronoun subject other than a speaker's ("Like the new model, they …"). */
  PRONOUN_SUBJECT: RegExp;
  /** Connectives set off by commas inside the first clause ("The company, however, …"). */
  CONNECTIVE_INSIDE: readonly string[];
  /** Opens with a time before the event: background about an earlier one ("Last month, …", "In 2004, …"). */
  EARLIER: RegExp;
  /** Object pronouns: someone named in an earlier sentence ("Officers stopped him"). */
  OBJECT_PRONOUNS: readonly string[];
  /** Words that refer to something said before ("also", "again"). */
  ALSO: readonly string[];
  /** Time told from the day of writing ("today", "last week"). */
  RELATIVE_TIME: readonly string[];
  /** Spelled-out asides ("i.e.", "so-called"). */
  ASIDES: readonly string[];
  /** A toll, a damage or a cause: news even without a name ("No one was injured."). */
  TOLL_OR_CAUSE: readonly string[];

  // — standalone.ts: whether a sentence can be quoted alone —
  /** Abbreviations written with a full stop before a name or a place ("Mt.", "Gov."): a sentence cut after one is a fragment. */
  ABBREVIATIONS: readonly string[];
  /** Connectives a pronoun-led sentence may open with ("And he …", "At the time, she …"). */
  LEADING_CONNECTIVES: readonly string[];
  /** Personal pronouns for someone named before ("he", "their"). */
  PERSONAL_PRONOUNS: readonly string[];
  /** Openers that answer the sentence before ("But", "So", "Then"); entries may carry a lookahead ("so(?!\\s+far\\b)"). */
  ANSWERS_BEFORE: readonly string[];
  /** The writer's own stance opening a sentence ("It's interesting that…", "Obviously, …"). */
  WRITERS_JUDGEMENT: RegExp;
  /** First-person words a reporter does not write outside quotation marks ("we", "our"), as written. */
  FIRST_PERSON_WORDS: readonly string[];
  /** Calls to the page's reader: links, sign-ups, appeals with a number to ring. */
  ADDRESSES_READER: RegExp;

  // — support.ts: what a supporting sentence must share —
  /** Right after a number: it is an age ("-year-old"). */
  AGE_AFTER: RegExp;
  /** Right before a number: it is an age ("aged ", "at the age of "). */
  AGE_BEFORE: RegExp;
}

/**
 * Stages a report puts its subject at, in families whose stages exclude one another: a sentence at one
 * stage ("charged") does not back one at another ("convicted"), nor "injured" one that says "killed".
 * Which stages there are is the same in every language; each pack gives the words of each stage.
 */
export const STAGES = {
  proceedings: ['arrested', 'charged', 'pleaded', 'tried', 'convicted', 'acquitted', 'sentenced'],
  harm: ['killed', 'injured'],
} as const;

export type StageWords = { [F in keyof typeof STAGES]: Record<(typeof STAGES)[F][number], RegExp> };

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

export interface EventWord {
  pattern: RegExp;
  event: string;
  /** The word names the counted thing too ("deaths" counts people). */
  impliesPerson?: boolean;
}
