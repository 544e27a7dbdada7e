// Analysis stage (curated): finds what a curated entry names — a source by id, path or original file,
// and the paragraph (¶) of a source that contains a quote verbatim.
import type { Article } from '../../content/types.js';
import type { Statement } from '../types.js';

/** Names compared as an analyst types them: case, apostrophe style and surrounding space ignored. */
export const norm = (s: string) => s.normalize('NFC').replace(/[’']/g, "'").trim().toLowerCase();

export function resolveSource(articles: Article[], ref: string): Article | undefined {
  const r = ref.trim();
  return articles.find((a) => a.id === r)
    ?? articles.find((a) => a.path === r || a.path.split('/').pop() === r)
    ?? articles.find((a) => a.meta.originalFile === r);
}

/** The first paragraph of `article` whose text contains `quote` exactly (typographic quotes as written). */
export function findParagraph(article: Article, quote: string): number | undefined {
  return findQuote(article, quote)?.paragraph;
}

/** Where `quote` first stands in `article`: its ¶ and offset there. */
function findQuote(article: Article, quote: string): { paragraph: number; start: number } | undefined {
  for (const p of article.paragraphs) {
    const start = p.text.indexOf(quote);
    if (start >= 0) return { paragraph: p.n, start };
  }
  return undefined;
}

export function sourceHint(articles: Article[]): string {
  return `sources are ${articles.map((a) => `${a.id} (${a.path})`).join(', ')}`;
}

/** A curated quote as a Statement, with its ¶ — or an error at the quote's line. */
export function locateQuote(articles: Article[], ref: { source: string; quote: string }, fail: (path: (string | number)[], message: string, hint?: string) => never, path: (string | number)[]): Statement {
  const article = resolveSource(articles, ref.source);
  if (!article) return fail([...path, 'source'], `unknown source "${ref.source}"`, sourceHint(articles));
  const found = findQuote(article, ref.quote);
  if (found === undefined) {
    return fail([...path, 'quote'], `quote not found in ${article.id} (${article.path}): "${ref.quote}"`, 'a quote must be copied exactly from the source text, typographic quotes and all');
  }
  return { source: article.id, quote: ref.quote, ...found };
}
