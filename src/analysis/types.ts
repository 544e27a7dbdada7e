// Analysis stage: the result of reading the articles — exactly the JSON contract of `dossier analyze --json`
// (see README / shared spec), plus nothing the writers would have to re-derive.

export interface SourceInfo {
  id: string;
  path: string;
  title: string;
  outlet: string | null;
  date: string | null;
}

export interface SummarySentence {
  text: string;
  sources: string[];
  /** Where the sentence was taken from (first supporting source). */
  origin?: { source: string; paragraph: number };
  /** The paragraph of each source that supports the sentence (origin included), for ¶ citations. */
  citations?: { source: string; paragraph: number }[];
  /** Ids of discrepancies that concern this sentence. */
  discrepancies?: string[];
  curated?: boolean;
}

/** The kinds of qualifier the figures' rules bound a number by; a pack gives the words of each (lang/pack.ts QUALIFIERS). */
export type QualifierKind = 'at least' | 'more than' | 'nearly' | 'up to' | 'fewer than' | 'about';

export type Qualifier =
  | 'at least' | 'more than' | 'nearly' | 'almost' | 'some' | 'about' | 'around'
  | 'as many as' | 'up to' | 'fewer than' | 'less than' | 'over' | 'under' | 'approximately'
  | string;

export interface FigureValue {
  source: string;
  /** The number the source states; null for a vague quantity ("dozens"), which keeps only its words. */
  value: number | null;
  /** Upper end when the source gives a range ("between 30 and 40"). */
  valueMax?: number;
  /** The source's hedge ("at least"); "vague" when it gives no number at all. */
  qualifier: Qualifier | null;
  /** A vague quantity's own words ("dozens", "several hundred"). */
  wording?: string;
  /** Verbatim substring of the paragraph's text. */
  quote: string;
  paragraph: number;
  /** Offset of the quote's first character in the paragraph's text. */
  start: number;
  unit?: string | null;
  /** Who gave the figure, when the text says ("according to the ministry"). */
  attribution?: string | null;
  /** What the source says is counted, in canonical nouns ("troops", "vehicles"). */
  counted?: string[];
  /** The source reports the figure as someone's claim ("allegedly", "reportedly"), not as fact. */
  hedged?: boolean;
}

export type Agreement = 'consistent' | 'conflicting' | 'single-source';

export interface Figure {
  id: string;
  label: string;
  agreement: Agreement;
  values: FigureValue[];
  /**
   * The lowest and highest amounts the values allow (a vague one by its wording's interval; an open bound
   * such as "at least 52" by its number), so wording can follow the values: one number, a range, or a
   * spread. Absent when no value bounds it.
   */
  range?: { low: number; high: number };
  /** Background quantities (an earlier event's toll) are kept apart from the event's own. */
  background?: boolean;
  /** Id of the discrepancy explaining a conflict. */
  discrepancy?: string;
  curated?: boolean;
}

export interface Actor {
  id: string;
  name: string;
  kind: 'person' | 'organisation';
  role: string | null;
  aliases: string[];
  /** The sources that write each spelling (the name and every alias), in source order; set once the actors are final. */
  spelledBy?: Record<string, string[]>;
  sources: string[];
  mentions: number;
  /** Statements attributed to the actor, verbatim. */
  statements?: Statement[];
  /** Id of the `name` discrepancy when sources spell the actor differently. */
  discrepancy?: string;
  curated?: boolean;
}

export interface Statement {
  source: string;
  /** Verbatim substring of the paragraph's text. */
  quote: string;
  paragraph: number;
  /** Offset of the quote's first character in the paragraph's text: compose cuts and cites it without searching. */
  start: number;
  /** How well the quote reads on its own, in (0, 1] (summary/quality.ts); set on actors' statements, so compose shows the most readable without re-reading them. */
  readability?: number;
}

export type DiscrepancyKind = 'figure' | 'name' | 'claim';

export interface Discrepancy {
  id: string;
  kind: DiscrepancyKind;
  /** What the rule found, as data; compose words its subject and note in the dossier's language. */
  finding: Finding;
  statements: Statement[];
  /** The analyst's own subject and note (curated), in place of the finding's wording. */
  about?: string;
  note?: string;
  curated?: boolean;
}

/** One side of a disagreement: what some sources say, and which sources say it. */
export interface Side<T = string> {
  value: T;
  sources: string[];
}

/** One amount of a conflicting figure: who gave it (the first few), and which sources give it with or without saying who. */
export interface FigureSide {
  /** The amount as analysis/figures/format.ts writes it. */
  amount: string;
  /** Only alleged by those who give it. */
  hedged: boolean;
  speakers: string[];
  /** Speakers past those named. */
  moreSpeakers: number;
  sources: string[];
  credited: string[];
  uncredited: string[];
  /** The same amount as other sources write it, agreeing within the precision they write it with ("1 mile" beside "2 km"). */
  alsoAs?: Side[];
}

/** The verbs a contrast rule sets against each other (discrepancies/contrastingPredicates.ts). */
export type ContrastKind = 'departure' | 'admission';

/**
 * What a discrepancy rule found — its sides, values and kinds, never a sentence: the words are compose's
 * (model/lang/), so no rule writes a language. One entry per rule.
 */
export type Finding =
  /** hedges.ts: some sources give a figure on official authority (who), others say it is unconfirmed. */
  | { rule: 'unconfirmed'; label: string; official: Side<string[]>; hedging: string[] }
  /** spellings.ts: one name spelt two ways by different sources. */
  | { rule: 'spelling'; a: Side; b: Side }
  /** quoteSpeakers.ts: the same quotation (its opening words) given to two people. */
  | { rule: 'speakers'; opening: string; a: Side; b: Side }
  /** datedEvents.ts: an event dated to different years. */
  | { rule: 'eventYear'; event: string; years: Side<string | number>[] }
  /**
   * eventTimes.ts: when one event happened — its family (an event noun's or a dated act's: "earthquake",
   * "dismissal"), the actor the act is done to or by, and each source's own words for the clock time, day or date.
   */
  | { rule: 'eventTime'; event: string; actor: string | null; when: 'clock' | 'day' | 'date'; times: Side[] }
  /** roleHolders.ts: the person each source names as the holder of a role one person holds ("suspect"). */
  | { rule: 'roleHolder'; role: string; holders: Side[] }
  /** matchScores.ts: the final score of one match as each source gives it; the teams every side names. */
  | { rule: 'score'; teams: string[]; scores: Side[] }
  /**
   * stoppageTimes.ts: when a contest was stopped — each source's words, the period's length and the elapsed
   * time each implies (seconds). With no length in the reports (`period: null`), each side gives the time
   * gone (`elapsed`) or the time left (`remaining`) as its words say, and they add up to no whole minute.
   */
  | { rule: 'stoppage'; period: number | null; times: (Side & ({ elapsed: number; remaining?: never } | { remaining: number; elapsed?: never }))[] }
  /** sentenceCounts.ts: how many sentences (years, terms…) are being served. */
  | { rule: 'sentenceCount'; sentence: string; counts: Side<number>[] }
  /**
   * figureConflicts.ts: amounts that cannot all be true; the most-reported first, the rest counted.
   * `measured`: the label already says what it measures ("age of …"), else it is a number of things.
   */
  | { rule: 'figureConflict'; label: string; measured: boolean; amounts: FigureSide[]; otherAmounts: number; selfContradicting: string[] }
  /** figureConflicts.ts: one amount, but sources count different things ("vehicles" against "pieces of equipment"). */
  | { rule: 'countedKinds'; label: string; amount: string; hedged: boolean; kinds: Side<string[]>[] }
  /** acronymLists.ts: members of a list some sources name and others leave out. */
  | { rule: 'listMembers'; noun: string; members: string[]; naming: string[]; notNaming: string[] }
  /** contrastingPredicates.ts: one event told with verbs that exclude each other; each side's own words, and the names both sides share. */
  | { rule: 'contrast'; contrast: ContrastKind; names: string[]; sides: Side[][] }
  /** nationalityLists.ts: what each source calls the forces, and the nations the listing sources count. */
  | { rule: 'nationality'; calls: { source: string; words: string }[]; lists: { source: string; nations: number; words: string }[] }
  /** actors/nameDiscrepancy.ts: a person's name spelt several ways, each at its first use. */
  | { rule: 'nameSpellings'; name: string; spellings: Side[] }
  /** priceVariants.ts: the prices said to have set off protests. */
  | { rule: 'prices'; prices: Side[] }
  /** surprise.ts: a surprise to some sources (their words), long coming to others. */
  | { rule: 'surprise'; act: string; surprised: Side[]; expected: Side[] }
  /** curated: a discrepancy the analyst added; its words are the analyst's (`about`, `note`). */
  | { rule: 'curated' };

export interface Analysis {
  sources: SourceInfo[];
  summary: SummarySentence[];
  figures: Figure[];
  /**
   * Other numbers mentioned: one source's counts that are no key figure (nothing read about what happened
   * to what they count), each kept only with its own words — never mixed into the figures.
   */
  otherNumbers?: FigureValue[];
  actors: Actor[];
  discrepancies: Discrepancy[];
}
