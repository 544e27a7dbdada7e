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
}

export type DiscrepancyKind = 'figure' | 'name' | 'claim';

export interface Discrepancy {
  id: string;
  kind: DiscrepancyKind;
  about: string;
  statements: Statement[];
  note: string;
  curated?: boolean;
}

export interface Analysis {
  sources: SourceInfo[];
  summary: SummarySentence[];
  figures: Figure[];
  actors: Actor[];
  discrepancies: Discrepancy[];
}
