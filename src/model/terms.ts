// Model stage: the words the dossier adds around its content — section titles, navigation and note
// labels, the page footer — in one table per language (as pandoc's translateTerm). Compose picks the
// dossier language's table and puts it in the document; both writers read it from there, so a second
// language is one more table here, not a hunt through the writers.

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
}

const EN: Terms = {
  summary: 'Executive summary',
  figures: 'Key figures',
  actors: 'Actors',
  discrepancies: 'Discrepancies',
  sources: 'Sources',
  contents: 'Contents',
  guide: 'Guide',
  cover: 'Cover',
  notes: 'Notes',
  continuedFrom: 'cont. from p.\u00a0{page}',
  pageOfPages: 'Page {page} of {pages}',
};

const TABLES: Record<string, Terms> = { en: EN };

/** The terms for a BCP 47 language tag, by its primary subtag; English when there is no table. */
export function termsFor(language: string): Terms {
  return TABLES[language.toLowerCase().split('-')[0]] ?? EN;
}

/** A term with its {placeholders} filled in. */
export function fillTerm(term: string, values: Record<string, string | number>): string {
  return term.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
}
