// Model stage: the words the dossier adds around its content, in one table per language (as pandoc's
// translateTerm). `Terms` are the writers' words — section titles, navigation and note labels, the page
// footer — carried in the document, so both writers read them from there; `Wording` is compose's: the
// labels, intros and legends it puts around the analysis. A language is one file in model/lang/ and one
// line in TABLES below, not a hunt through the composers and writers.
import type { Discrepancy, DiscrepancyKind, Finding } from '../analysis/types.js';
import { EN } from './lang/en.js';

export interface Terms {
  summary: string;
  figures: string;
  actors: string;
  discrepancies: string;
  sources: string;
  contents: string;
  /** The EPUB's landmarks list. */
  guide: string;
  cover: string;
  notes: string;
  /** Heads the rest of a note carried over from page {page}: "(cont. from p. 4)". */
  continuedFrom: string;
  /** The page footer; {page} and {pages} are filled in. */
  pageOfPages: string;
  /** What a link to note {n} says to a screen reader (PDF link annotations). */
  noteLink: string;
  /** What a note's number, linking back to where it is cited, says to a screen reader. */
  backToNote: string;
}

/** The words compose writes around the analysis: functions where the words depend on a number. */
export interface Wording {
  /** The document's description (EPUB/PDF metadata): how many sources, from which outlets. */
  description: (sources: number, outlets: string[], unidentified: number) => string;
  keywords: string[];
  /** After an amount only alleged: "(alleged)", "(alleged by {who})". */
  alleged: string;
  allegedBy: string;
  /** "S1 ¶2, S2 ¶3 and 24 other paragraphs", and the note that lists them all. */
  otherParagraphs: (n: number) => string;
  citedParagraphsTitle: (n: number) => string;
  allParagraphsCited: (n: number) => string;
  // Key figures
  figuresLegend: (counts: { all: number; consistent: number; conflicting: number; single: number }, labels: { consistent: string; conflicting: string; single: string }) => string;
  figureColumns: { figure: string; values: string; agreement: string };
  backgroundFigures: string;
  backgroundFiguresIntro: string;
  otherNumbers: string;
  otherNumbersIntro: string;
  /**
   * The agreement cell's words beside the theme's symbol: the word of each state (consistent, conflicting,
   * single-source) and the span's wording; {range} is filled in.
   */
  agreement: { consistent: string; conflicting: string; singleSource: string; sameNumber: string; oneNumber: string; qualifiersDiffer: string; differentAmounts: string; differentAmountsAndUnits: string; oneAmountInUnits: string; range: string; countsDifferentThings: string; disputed: string };
  // Actors
  actorFacts: { kind: string; person: string; organisation: string; spelling: string; spellings: string; sources: string; mentions: string };
  statements: (shown: number, all: number) => string;
  // Discrepancies
  discrepancyKinds: Record<DiscrepancyKind, string>;
  discrepanciesIntro: (n: number) => string;
  /** The statements of a note past those quoted: "Also: S1 ¶2, S3 ¶4, and 12 more." */
  alsoCited: string;
  andMore: (n: number) => string;
  /** A discrepancy's subject and note, worded from its rule's finding: one entry per rule. */
  notes: NoteWording;
  // Sources
  sourceFacts: { source: string; outlet: string; notIdentified: string; date: string; author: string; language: string; originalLanguage: string; originalFile: string; address: string };
}

/** A discrepancy's subject ("spelling of “Bern”") and note (the sentence that sets out its sides). */
export interface Worded {
  about: string;
  note: string;
}

export type NoteWording = { [K in Finding['rule']]: (f: Extract<Finding, { rule: K }>) => Worded };

/** One language's table. */
export interface Language {
  terms: Terms;
  wording: Wording;
}

const TABLES: Record<string, Language> = { en: EN };

/** The table for a BCP 47 language tag, by its primary subtag; English when there is no table. */
export function languageFor(language: string): Language {
  return TABLES[language.toLowerCase().split('-')[0]] ?? EN;
}

/** The writers' terms for a language tag. */
export function termsFor(language: string): Terms {
  return languageFor(language).terms;
}

/** A term with its {placeholders} filled in. */
export function fillTerm(term: string, values: Record<string, string | number>): string {
  return term.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
}

/** A discrepancy in words: the analyst's own where curated, else its finding worded in the language. */
export function wordDiscrepancy(d: Discrepancy, wording: Wording): Worded {
  const worded = (wording.notes[d.finding.rule] as (f: Finding) => Worded)(d.finding);
  return { about: d.about ?? worded.about, note: d.note ?? worded.note };
}
