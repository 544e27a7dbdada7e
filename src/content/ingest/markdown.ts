// Ingest stage: writes the article file — YAML front matter and markdown whose rendered text is the input's.
import { stringify } from 'yaml';
import type { IngestMeta } from './types.js';

/** Front matter keys in the order a reader expects them (the keys `parseArticle` accepts). */
const KEY_ORDER: (keyof IngestMeta)[] = ['title', 'outlet', 'date', 'language', 'original_language', 'url', 'author', 'original_file'];

/**
 * Backslash-escapes what markdown would read as markup, so the plain text a reader sees is exactly
 * the scraped text: inline markers everywhere, block markers ("#", "-", "1.", ">") at the start.
 */
export function escapeMarkdown(text: string): string {
  // Web addresses become autolinks, whose text is taken literally: escaping inside them would show.
  const inline = text.split(URL).map((part, i) => (i % 2 ? part : part.replace(/[\\`*_[\]<>&~|#]/g, '\\$&'))).join('');
  return inline.replace(/^([+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

const URL = /((?:https?:\/\/|www\.)[^\s<>]+)/;

export interface BodyBlock {
  as: 'paragraph' | 'heading';
  text: string;
}

export function renderArticle(meta: IngestMeta, body: BodyBlock[]): string {
  const ordered: Record<string, string> = {};
  for (const k of KEY_ORDER) if (meta[k] !== undefined) ordered[k] = meta[k] as string;
  const front = stringify(ordered, { lineWidth: 0 });
  const md = body.map((b) => (b.as === 'heading' ? `## ${escapeMarkdown(b.text)}` : escapeMarkdown(b.text))).join('\n\n');
  return `---\n${front}---\n\n${md}\n`;
}
