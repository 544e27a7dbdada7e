// Ingest stage: the typed shapes that scraped text passes through on its way to an article file.

/** Front matter guessed from a scraped page; keys are those `parseArticle` accepts. */
export interface IngestMeta {
  title: string;
  outlet?: string;
  /** YYYY-MM-DD */
  date?: string;
  language?: string;
  original_language?: string;
  url?: string;
  author?: string;
  original_file: string;
}

/** Front matter the analyst gives on the command line (`--title`, `--outlet`, `--date`, `--author`): it wins over what the page says. */
export type GivenMeta = Partial<Pick<IngestMeta, 'title' | 'outlet' | 'date' | 'author'>>;

/** A line of the input that did not reach the article, with why (printed by the CLI). */
export interface RemovedLine {
  /** 1-based line in the input file. */
  line: number;
  text: string;
  reason: string;
}

/** A block of report text that reached the article (fragments re-joined, bullet dropped). */
export interface KeptBlock {
  /** 1-based input line where the block starts. */
  line: number;
  text: string;
  as: 'paragraph' | 'heading';
}

export interface IngestResult {
  meta: IngestMeta;
  /** The whole article file: YAML front matter + markdown body. */
  markdown: string;
  removed: RemovedLine[];
  kept: KeptBlock[];
}

export interface IngestReport {
  /** The input file as given. */
  file: string;
  /** The article written, relative to the content folder (e.g. "articles/06-foo.md"). */
  written: string;
  meta: IngestMeta;
  removed: RemovedLine[];
  /** Paragraphs written (¶ count; subheadings not counted). */
  kept: number;
}

/**
 * One non-empty unit of the page: usually one input line; scraped sentence fragments
 * split over several lines are re-joined into one block.
 */
export interface Block {
  /** Input line numbers of the fragments, in order. */
  lines: number[];
  /** Each fragment's text (trimmed, bullet marker dropped), as in the input. */
  parts: string[];
  /** The fragments re-joined: exactly the input characters minus the line breaks. */
  text: string;
  /** The line started with a bullet marker (•, ·, ▪, -, *). */
  bullet: boolean;
}
