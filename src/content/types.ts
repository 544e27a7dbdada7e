// Content stage: the typed shape of what is read from content/ (articles, settings, curated overrides).
import type { Token } from 'marked';

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
  /** marked's block token, kept so the model can render inline formatting. */
  token: Token;
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
  | { kind: 'heading'; depth: number; text: string; token: Token }
  | { kind: 'paragraph'; paragraph: SourceParagraph };

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
