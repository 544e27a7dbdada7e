// Test helpers for the HTML ingest path: write a page to a fresh folder, ingest it, read the article back.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '../../src/content/article.js';
import type { Article } from '../../src/content/types.js';
import { ingestFiles, type GivenMeta, type IngestReport } from '../../src/content/ingest/index.js';

export const PAGES = join(import.meta.dirname, 'pages');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dossier-ingest-html-'));
}

export interface IngestedPage { report: IngestReport; article: Article; blocks: string[]; markdown: string }

/** Ingests `file` into a fresh content folder and reads the written article back as the build would. */
export function ingestPage(file: string, given: GivenMeta = {}): IngestedPage {
  const content = tempDir();
  const [report] = ingestFiles([file], content, given);
  const markdown = readFileSync(join(content, report.written), 'utf8');
  const article = parseArticle('S1', report.written, markdown);
  const blocks = article.blocks.map((b) => (b.kind === 'heading' ? b.text : b.paragraph.text));
  return { report, article, blocks, markdown };
}

/** Writes `html` (a string, or bytes) as `name` in a fresh folder and ingests it. */
export function ingestHtmlString(html: string | Buffer, name = 'page.html', given: GivenMeta = {}): IngestedPage {
  const file = join(tempDir(), name);
  writeFileSync(file, html);
  return ingestPage(file, given);
}

export const listArticles = (content: string): string[] => {
  try {
    return readdirSync(join(content, 'articles'));
  } catch {
    return [];
  }
};

/** Report paragraphs long enough for Readability to take their container as the article. */
export const PROSE = [
  'The regional council voted on Thursday to close the old coal port by the end of next year, after a debate that lasted most of the night.',
  'Dock workers protested outside the council building, saying that some 600 jobs would be lost and that no plan for retraining had been offered.',
  'The council leader said the port had lost money for nine years in a row and that the land would be used for housing and a new park.',
  'A spokesman for the dock workers’ union said it would challenge the decision in court and call a strike if talks did not resume.',
];

/** A minimal article page: `head` goes into <head>, `article` (default PROSE) into an <article>. */
export function articlePage(head: string, article = PROSE.map((p) => `<p>${p}</p>`).join('\n'), htmlAttrs = ''): string {
  return `<!DOCTYPE html>\n<html${htmlAttrs}>\n<head>\n<meta charset="utf-8">\n${head}\n</head>\n<body>\n<nav><a href="/">Home</a> <a href="/news">News</a></nav>\n<article>\n${article}\n</article>\n<footer>Contact us</footer>\n</body>\n</html>\n`;
}
