// Content stage: the typed shape of what is read from content/ (articles, settings, curated overrides).
// An article's body is our own tree (ArticleNode, ArticleInline), not the markdown parser's tokens:
// analysis and compose read one shape, whatever the source format was.

/** Metadata from an article's YAML front matter. */
export interface ArticleMeta {
  title: string;
  outlet?: string;
  /** ISO date (YYYY-MM-DD) when known. */
  date?: string;
  /** BCP 47 code of the language the text is in (usually the dossier's). */
  language?: string;
  /** Language of the original publication, when the text is a translation. */
  originalLanguage?: string;
  url?: string;
  author?: string;
  /** Name of the scraped file the article was ingested from. */
  originalFile?: string;
}

/**
 * One numbered paragraph of a source (¶n). `text` is the plain text a reader sees —
 * every quote the analysis makes is an exact substring of it.
 */
export interface SourceParagraph {
  /** 1-based ¶ number within the article. */
  n: number;
  text: string;
  /** The block's structure (inline formatting, list items, table cells); `text` is its plain text. */
  block: ArticleNode;
  /** 1-based line in the markdown file where the paragraph starts (for diagnostics). */
  line: number;
}

export interface Article {
  /** Stable source id: S1, S2… in file-name order. */
  id: string;
  /** Path relative to the content folder, e.g. "articles/01-foo.md". */
  path: string;
  meta: ArticleMeta;
  /** Top-level blocks in order; headings inside an article are kept but not numbered. */
  blocks: ArticleBlock[];
  /** The numbered paragraphs only (¶1…¶n). */
  paragraphs: SourceParagraph[];
}

export type ArticleBlock =
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'paragraph'; paragraph: SourceParagraph };

/** Inline content of an article. Links keep every address: whether one is safe to show is compose's call. */
export type ArticleInline =
  | { type: 'text'; text: string }
  | { type: 'emphasis' | 'strong' | 'delete'; children: ArticleInline[] }
  | { type: 'code'; text: string }
  | { type: 'lineBreak' }
  | { type: 'link'; href: string; children: ArticleInline[] };

/** A list item; `start`/`end` are its offsets in the numbered paragraph's plain text. */
export interface ArticleListItem {
  children: ArticleNode[];
  start: number;
  end: number;
}

/** One block of an article, as numbered paragraphs hold them (headings only appear nested). */
export type ArticleNode =
  | { type: 'paragraph'; content: ArticleInline[] }
  | { type: 'heading'; depth: number; content: ArticleInline[] }
  | { type: 'quote'; children: ArticleNode[] }
  | { type: 'list'; ordered: boolean; start: number; items: ArticleListItem[] }
  /** Rows of cells; the first row is the header. */
  | { type: 'table'; rows: ArticleInline[][][] }
  | { type: 'code'; text: string }
  /** Raw HTML in the source, already reduced to its text. */
  | { type: 'htmlText'; text: string };

/** Dossier-wide settings (content/dossier.yml). */
export interface Settings {
  title: string;
  subtitle?: string;
  author: string;
  /** ISO date of the dossier; defaults to the newest article date, else today. */
  date?: string;
  language: string;
  handling: string;
  /** Prefix for output file names: `${prefix}dossier.pdf`. */
  filePrefix: string;
  paper: 'A4' | 'letter';
}

/** A position in content/ that a diagnostic or a model node came from. */
export interface SourceRef {
  sourceId: string;
  paragraph: number;
}
