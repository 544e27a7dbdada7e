// Ingest stage: reads scraped files and writes them as numbered articles (NN-slug.md) into a content folder.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DossierError } from '../../core/diagnostics.js';
import { readUtf8 } from '../read.js';
import { readRegularFile } from '../../core/files.js';
import { decodePage } from './html/charset.js';
import { isHtmlPage } from './html/detect.js';
import { ingestHtml } from './html/ingestHtml.js';
import { ingestText } from './ingestText.js';
import type { GivenMeta, IngestReport, IngestResult } from './types.js';

/**
 * Ingests every file, then writes them all: a file that cannot be read (missing, binary, not UTF-8)
 * or holds no report text or no title throws a DossierError naming it before anything is written.
 * `given` front matter (from the command line) wins over what each page says.
 */
export function ingestFiles(files: string[], contentDir: string, given: GivenMeta = {}): IngestReport[] {
  const results = files.map((file) => ({ file, result: ingestOne(file, given) }));
  const articlesDir = join(contentDir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  let next = nextArticleNumber(articlesDir);
  return results.map(({ file, result }) => {
    const name = `${String(next++).padStart(2, '0')}-${slugify(result.meta.title)}.md`;
    writeFileSync(join(articlesDir, name), result.markdown);
    return { file, written: join('articles', name), meta: result.meta, removed: result.removed, kept: result.kept.filter((k) => k.as === 'paragraph').length };
  });
}

/** A saved web page goes through the DOM path; anything else is pasted or scraped text. */
function ingestOne(file: string, given: GivenMeta): IngestResult {
  const bytes = readBytes(file);
  if (isHtmlPage(file, bytes.subarray(0, 1024).toString('latin1'))) return ingestHtml(decodePage(bytes, file), basename(file), file, given);
  return ingestText(readUtf8(file, file), file, given);
}

function readBytes(file: string): Buffer {
  return readRegularFile(file, file); // a FIFO or device is refused, not waited on forever
}

/** One more than the highest NN of the existing NN-*.md articles, so new files sort after them. */
function nextArticleNumber(articlesDir: string): number {
  const numbers = readdirSync(articlesDir).map((n) => /^(\d+)-.*\.md$/.exec(n)?.[1]).filter((n): n is string => !!n).map(Number);
  return numbers.length ? Math.max(...numbers) + 1 : 1;
}

/** A short ASCII file-name slug from a title: accents dropped, at most six words. */
export function slugify(title: string): string {
  const slug = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean).slice(0, 6).join('-');
  return slug || 'article';
}
