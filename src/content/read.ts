// Content stage: the only reader of the content folder — settings, articles and curated overrides.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, DossierError } from '../core/diagnostics.js';
import { parseArticle } from './article.js';
import { decodeText, readRegularFile, removedWarning } from '../core/files.js';
import { parseSettings, SETTINGS_FILE } from './settings.js';
import type { Article, Settings } from './types.js';

export interface Content {
  dir: string;
  settings: Settings;
  articles: Article[];
  /** Raw text of optional curated-override files, keyed by file name relative to `dir`. */
  curatedFiles: { path: string; text: string }[];
  /** What was read but changed or skipped (control characters removed). */
  warnings: Diagnostic[];
}

export const CURATED_FILE = 'curated.yml';
/** Largest article read: 4 MiB, some twenty times the longest news report. Work per article is about
 * linear, but a build holds ≈250 bytes of memory per byte of article (4 MB: 39 s CPU, 1 GB), so a 50 MB
 * one ran for minutes towards the heap's end: a limit error is the clear answer. */
export const MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

/** Articles are the folder's *.md files (any case); dotfiles — editor locks like `.#x.md`, macOS `._x.md` — are not. */
const ARTICLE_NAME = /^[^.].*\.md$/i;

export function readContent(dir: string): Content {
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new DossierError({ message: 'content folder not found', file: dir, hint: 'pass --content DIR, or run `dossier init DIR` to create one' });
  }
  if (!st.isDirectory()) throw new DossierError({ message: 'not a folder', file: dir, hint: 'pass --content DIR with the folder that holds articles/' });
  const root = realpathSync(dir);
  const warnings: Diagnostic[] = [];
  const read = (rel: string, maxBytes = Infinity): string => {
    const bytes = readRegularFile(join(dir, rel), rel, root);
    if (bytes.length > maxBytes) {
      throw new DossierError({ message: `${(bytes.length / 1024 / 1024).toFixed(1)} MiB: an article may be at most ${maxBytes / 1024 / 1024} MiB`, file: rel, hint: 'split it into several articles, or cut what is not the report' });
    }
    const decoded = decodeText(bytes, rel);
    if (decoded.removed) warnings.push(removedWarning(rel, decoded.removed));
    return decoded.text;
  };
  const readIfExists = (rel: string): string | null => (exists(join(dir, rel)) ? read(rel) : null);

  // Every bad file is reported at once: a mistake in one does not hide the next one's.
  const errors: Diagnostic[] = [];
  let exitCode: number | undefined;
  const gather = <T>(step: () => T): T | undefined => {
    try {
      return step();
    } catch (e) {
      if (!(e instanceof DossierError)) throw e;
      errors.push(...e.diagnostics);
      exitCode ??= e.exitCode;
      return undefined;
    }
  };

  const settings = gather(() => parseSettings(readIfExists(SETTINGS_FILE), join(dir, SETTINGS_FILE)));

  const articlesDir = join(dir, 'articles');
  let names: string[];
  try {
    names = readdirSync(articlesDir).filter((n) => ARTICLE_NAME.test(n)).sort();
  } catch {
    throw new DossierError({ message: 'no articles/ folder', file: dir, hint: 'articles go in DIR/articles/*.md; `dossier ingest FILE --content DIR` creates them' });
  }
  if (names.length === 0) {
    throw new DossierError({ message: 'no articles (*.md) found', file: articlesDir, hint: 'add markdown articles, or run `dossier ingest FILE... --content DIR`' });
  }
  const articles = names.map((name, i) => {
    const rel = join('articles', name);
    return gather(() => parseArticle(`S${i + 1}`, rel, read(rel, MAX_ARTICLE_BYTES), (d) => warnings.push(d)));
  });

  const curatedFiles: Content['curatedFiles'] = [];
  const curatedText = gather(() => readIfExists(CURATED_FILE));
  if (curatedText != null) curatedFiles.push({ path: CURATED_FILE, text: curatedText });

  if (errors.length > 0 || !settings) throw new DossierError(errors, exitCode);
  return { dir, settings, articles: articles as Article[], curatedFiles, warnings };
}

/** Whether a name exists at all (a dangling link counts: reading it then says why it fails). */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Reads a file as text (UTF-8, or UTF-16 with a BOM), refusing binary or mis-encoded files with a clear
 * message; characters XML forbids are dropped. */
export function readUtf8(path: string, shown: string): string {
  return decodeText(readRegularFile(path, shown), shown).text;
}
