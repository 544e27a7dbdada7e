// Test helpers for ingest: run a page through ingestText and read the article back with parseArticle.
import { parseArticle } from '../../src/content/article.js';
import { ingestText, type GivenMeta, type IngestResult } from '../../src/content/ingest/index.js';

export interface Ingested extends IngestResult {
  /** Plain text of every block (paragraphs and headings) as a reader sees it. */
  blocks: string[];
  body: string;
  reasonOf: (text: string) => string | undefined;
}

export function ingest(raw: string, fileName = 'page.txt', given: GivenMeta = {}): Ingested {
  const r = ingestText(raw, fileName, given);
  const article = parseArticle('S1', `articles/${fileName}.md`, r.markdown);
  const blocks = article.blocks.map((b) => (b.kind === 'heading' ? b.text : b.paragraph.text));
  const reasonOf = (text: string) => r.removed.find((x) => x.text === text)?.reason;
  return { ...r, blocks, body: blocks.join('\n'), reasonOf };
}

/** Lines joined as a scraped page: each line its own paragraph, blank lines between. */
export const page = (...lines: string[]): string => lines.join('\n\n');
