// Test helper: the seed corpus as Articles — content/articles when ingested, else the raw seeds with every
// non-empty line a paragraph — and the map from gold source names ("000") to article ids.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/content/article.js';
import { readContent } from '../../src/content/read.js';
import type { Article } from '../../src/content/types.js';

export const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const CONTENT = join(import.meta.dirname, '..', '..', 'content');

export function seedArticles(): { articles: Article[]; sourceMap: Record<string, string> } {
  const ingested = existsSync(join(CONTENT, 'articles')) && readdirSync(join(CONTENT, 'articles')).some((n) => n.endsWith('.md'));
  const articles = ingested ? readContent(CONTENT).articles : rawSeeds();
  const sourceMap: Record<string, string> = {};
  for (const a of articles) {
    const file = a.meta.originalFile ?? '';
    const gold = file.match(/(\d{3})_/)?.[1];
    if (gold) sourceMap[gold] = a.id;
  }
  return { articles, sourceMap };
}

export function rawSeeds(): Article[] {
  const dir = join(SHARED, 'seeds');
  return readdirSync(dir).sort().map((name, i) => {
    const body = readFileSync(join(dir, name), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean).join('\n\n');
    return parseArticle(`S${i + 1}`, `articles/${name}`, `---\ntitle: ${name}\noriginal_file: ${name}\n---\n\n${body}\n`);
  });
}
