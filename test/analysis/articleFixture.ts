// Test helper: builds Articles from invented paragraphs (never the seed event's names).
import { parseArticle } from '../../src/content/article.js';
import type { Article } from '../../src/content/types.js';

export function makeArticles(...sources: string[][]): Article[] {
  return sources.map((paragraphs, i) =>
    parseArticle(`S${i + 1}`, `articles/0${i + 1}-test.md`, `---\ntitle: Test ${i + 1}\n---\n\n${paragraphs.join('\n\n')}\n`));
}
