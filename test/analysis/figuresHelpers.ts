// Test helper (figures/discrepancies): builds Articles from plain paragraphs, and reads the invented
// event fixtures in test/fixtures/events/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/content/article.js';
import type { Article } from '../../src/content/types.js';

export function article(id: string, paragraphs: string[], date = '2031-04-12'): Article {
  return parseArticle(id, `articles/${id}.md`, `---\ntitle: ${id}\ndate: ${date}\n---\n\n${paragraphs.join('\n\n')}\n`);
}

export function eventFixtures(): Article[] {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'events');
  return readdirSync(dir).filter((n) => n.endsWith('.md')).sort()
    .map((n, i) => parseArticle(`S${i + 1}`, `articles/${n}`, readFileSync(join(dir, n), 'utf8')));
}
