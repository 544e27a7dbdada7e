// Content stage: the only reader of the content folder — settings, articles and curated overrides.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { DossierError } from '../core/diagnostics.js';
import { parseArticle } from './article.js';
import { parseSettings, SETTINGS_FILE } from './settings.js';
import type { Article, Settings } from './types.js';

export interface Content {
  dir: string;
  settings: Settings;
  articles: Article[];
  /** Raw text of optional curated-override files, keyed by file name relative to `dir`. */
  curatedFiles: { path: string; text: string }[];
}

export const CURATED_FILE = 'curated.yml';

export function readContent(dir: string): Content {
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new DossierError({ message: 'content folder not found', file: dir, hint: 'pass --content DIR, or run `dossier init DIR` to create one' });
  }
  if (!st.isDirectory()) throw new DossierError({ message: 'not a folder', file: dir, hint: 'pass --content DIR with the folder that holds articles/' });

  const settingsPath = join(dir, SETTINGS_FILE);
  const settings = parseSettings(readTextIfExists(settingsPath), settingsPath);

  const articlesDir = join(dir, 'articles');
  let names: string[];
  try {
    names = readdirSync(articlesDir).filter((n) => n.endsWith('.md')).sort();
  } catch {
    throw new DossierError({ message: 'no articles/ folder', file: dir, hint: 'articles go in DIR/articles/*.md; `dossier ingest FILE --content DIR` creates them' });
  }
  if (names.length === 0) {
    throw new DossierError({ message: 'no articles (*.md) found', file: articlesDir, hint: 'add markdown articles, or run `dossier ingest FILE... --content DIR`' });
  }
  const root = realpathSync(dir);
  const articles = names.map((name, i) => {
    const rel = join('articles', name);
    assertInside(root, join(dir, rel), rel);
    const text = readUtf8(join(dir, rel), rel);
    return parseArticle(`S${i + 1}`, rel, text);
  });

  const curatedFiles: Content['curatedFiles'] = [];
  const curatedText = readTextIfExists(join(dir, CURATED_FILE));
  if (curatedText !== null) curatedFiles.push({ path: CURATED_FILE, text: curatedText });

  return { dir, settings, articles, curatedFiles };
}

/** A link (symlink) may not lead a build to read files outside the content folder. */
function assertInside(root: string, path: string, shown: string): void {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return; // a dangling link fails later with "cannot read file"
  }
  const rel = relative(root, real);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new DossierError({ message: 'points outside the content folder', file: shown, hint: 'copy the article into the content folder instead of linking to it' });
  }
}

function readTextIfExists(path: string): string | null {
  try {
    statSync(path);
  } catch {
    return null;
  }
  return readUtf8(path, path);
}

/** Reads a file as UTF-8, refusing binary or mis-encoded files with a clear message. */
export function readUtf8(path: string, shown: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new DossierError({ message: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, file: shown });
  }
  if (buf.includes(0)) throw new DossierError({ message: 'binary file (contains NUL bytes), not a text article', file: shown, hint: 'articles must be UTF-8 markdown' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const line = firstBadUtf8Line(buf);
    throw new DossierError({ message: 'not valid UTF-8 text', file: shown, line, hint: 're-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)' });
  }
  return text.replace(/^\uFEFF/, '');
}

function firstBadUtf8Line(buf: Buffer): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= buf.length; i++) {
    if (i === buf.length || buf[i] === 0x0a) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
