// Model stage: what every section composer receives, and the small inline builders they share.
import type { Analysis, Statement } from '../../analysis/types.js';
import type { Article, Settings } from '../../content/types.js';
import type { Theme } from '../../style/theme.js';
import type { Block, Footnote, Inline } from '../document.js';
import { languageFor, type Wording } from '../terms.js';

export interface ComposeContext {
  settings: Settings;
  articles: Article[];
  analysis: Analysis;
  /** Design tokens that carry meaning in the text (agreement symbols and words). */
  theme: Theme;
  /** Notes made while composing (full citation lists), numbered with the discrepancy notes. */
  notes?: Map<string, Omit<Footnote, 'number'>>;
}

/** Compose's words in the dossier's language. */
export function wordsOf(ctx: Pick<ComposeContext, 'settings'>): Wording {
  return languageFor(ctx.settings.language).wording;
}

export function text(t: string): Inline {
  return { type: 'text', text: t };
}

/** An analysis label as a heading or name: "troops deployed" → "Troops deployed". */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "S2 ¶4", linking to that paragraph. */
export function citeParagraph(sourceId: string, paragraph: number): Inline {
  return { type: 'sourceRef', sourceId, paragraph, label: `${sourceId} ¶${paragraph}` };
}

/** "S2", linking to the source's chapter. */
export function citeSource(sourceId: string): Inline {
  return { type: 'sourceRef', sourceId, label: sourceId };
}

/**
 * Quotation marks inside a quotation switch to single ones (“… ‘for a limited time.’”), as English
 * typesetting has it; straight quotes open and close in turn. Apostrophes (’ between letters) stay.
 */
export function nestQuotes(q: string): string {
  let open = true;
  return q.replace(/[“”"]/g, (m) => {
    if (m === '“') return '‘';
    if (m === '”') return '’';
    const mark = open ? '‘' : '’';
    open = !open;
    return mark;
  });
}

export function noteRef(noteId: string): Inline {
  return { type: 'noteRef', noteId };
}

export function para(content: Inline[], style?: 'body' | 'lead' | 'small'): Block {
  return style ? { type: 'paragraph', content, style } : { type: 'paragraph', content };
}
