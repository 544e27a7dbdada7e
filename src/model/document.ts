// Model stage: the one typed document both writers lay out. Closed unions, `type` as discriminant;
// writers switch exhaustively (assertNever) and never look back at articles or analysis.
import type { Terms } from './terms.js';

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'lineBreak' }
  /** An external link (http/https/mailto only; others are dropped at compose time). */
  | { type: 'link'; href: string; children: Inline[] }
  /** A link to an anchor inside the dossier (section, actor profile, source paragraph). */
  | { type: 'internalLink'; target: AnchorId; children: Inline[] }
  /** A footnote marker; the note's number and text live in `DossierDocument.footnotes`. */
  | { type: 'noteRef'; noteId: string }
  /**
   * A citation of a source paragraph, shown as e.g. "S2 ¶4". `target` is resolved once by compose
   * (model/anchors.ts): the paragraph, else its source; absent when neither is in the dossier.
   */
  | { type: 'sourceRef'; sourceId: string; paragraph?: number; label: string; target?: AnchorId };

/** Anchors are document-wide unique ids, e.g. "sec-figures", "src-S2-p4", "actor-A3", "fn-3". */
export type AnchorId = string;

export interface TableCell {
  content: Inline[];
  /** Header cells of a row (the row's label). Column headers are in `Table.header`. */
  header?: boolean;
  /** Items separated by line breaks, each set with a hanging indent (the figures' value lines). */
  hanging?: boolean;
}

export interface TableColumn {
  content: Inline[];
  align?: 'left' | 'right' | 'center';
  /** Relative width hint; the PDF writer fits columns to content within these weights. */
  weight?: number;
}

export type Block =
  /** Level relative to the enclosing section: 1 is the first level below the section's own title. */
  | { type: 'heading'; level: 1 | 2 | 3 | 4; content: Inline[]; anchor?: AnchorId }
  | { type: 'paragraph'; content: Inline[]; style?: 'body' | 'lead' | 'small' }
  /** A numbered source paragraph (¶n) — the target of citations. */
  | { type: 'sourceParagraph'; sourceId: string; number: number; anchor: AnchorId; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: Block[][] }
  | { type: 'blockquote'; children: Block[] }
  | { type: 'table'; caption?: Inline[]; header: TableColumn[]; rows: TableCell[][]; kind?: 'figures' }
  /** Label/value pairs, e.g. a source's outlet, date and language. */
  | { type: 'definitionList'; items: { term: Inline[]; description: Inline[] }[] }
  /** A titled block with an anchor, e.g. one actor's profile. */
  | { type: 'profile'; anchor: AnchorId; title: Inline[]; subtitle?: Inline[]; children: Block[] }
  | { type: 'rule' };

export type SectionKind =
  | 'summary' | 'figures' | 'actors' | 'discrepancies' | 'sources' | 'source';

export interface Section {
  kind: SectionKind;
  anchor: AnchorId;
  title: string;
  /** Where the title is long (a first sentence standing in for a headline): the title cut at a word, with
   *  an ellipsis, for the contents, the EPUB navigation and the PDF bookmarks. The chapter shows it whole. */
  shortTitle?: string;
  /** For a source chapter: its id (S1…) — used for running heads and nav. */
  sourceId?: string;
  /** For a source chapter: the BCP 47 language of its text, when the article says (tagging, hyphenation). */
  language?: string;
  blocks: Block[];
  children: Section[];
}

export interface Footnote {
  id: string;
  /** 1-based, in order of first reference in reading order. */
  number: number;
  anchor: AnchorId;
  content: Block[];
  kind: 'discrepancy' | 'note';
  /** A short name ("Pay rise (%)"), for where the note is referred to rather than printed again. */
  title?: string;
}

export interface CoverSource {
  sourceId: string;
  /** The source's chapter, when the dossier has it. */
  anchor?: AnchorId;
  title: string;
  outlet?: string;
  date?: string;
}

export interface DocumentMeta {
  title: string;
  subtitle?: string;
  author: string;
  /** ISO date of the dossier. */
  date: string;
  /** The date as printed on the cover, in the dossier's language. */
  dateLabel: string;
  language: string;
  handling: string;
  /** Stable identifier derived from the content (same content → same id). */
  identifier: string;
  description: string;
  keywords: string[];
}

export interface DossierDocument {
  meta: DocumentMeta;
  cover: { sources: CoverSource[] };
  /** Top-level sections in reading order; empty sections are not included. */
  sections: Section[];
  /** Footnotes keyed by id, numbered in reading order. */
  footnotes: Record<string, Footnote>;
  /** The words the writers add themselves (contents, notes, page footer), in the dossier's language. */
  terms: Terms;
}

export function assertNever(x: never): never {
  throw new Error(`unexpected node: ${JSON.stringify(x)}`);
}

/** A hanging cell's items (both writers set each on its own line): its inlines split at line breaks. */
export function splitItems(content: Inline[]): Inline[][] {
  const items: Inline[][] = [[]];
  for (const i of content) {
    if (i.type === 'lineBreak') items.push([]);
    else items[items.length - 1].push(i);
  }
  return items.filter((it) => it.length > 0);
}

/** Plain text of inlines (for outlines, nav labels, alt text). */
export function inlineText(inlines: Inline[]): string {
  return inlines
    .map((i) => {
      switch (i.type) {
        case 'text':
        case 'code':
          return i.text;
        case 'emphasis':
        case 'strong':
        case 'link':
        case 'internalLink':
          return inlineText(i.children);
        case 'lineBreak':
          return ' ';
        case 'noteRef':
          return '';
        case 'sourceRef':
          return i.label;
        default:
          return assertNever(i);
      }
    })
    .join('');
}
