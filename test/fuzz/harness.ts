// Fuzz tests: writes throwaway content folders and runs the pipeline on them, classifying the outcome.
// The contract under test: a build succeeds or throws a DossierError — never any other exception.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DossierError } from '../../src/core/diagnostics.js';
import { type Content, readContent } from '../../src/content/read.js';
import { buildDossier, type BuildResult } from '../../src/pipeline.js';
import type { Format } from '../../src/render/index.js';

export type Outcome = { ok: true; result: BuildResult; content: Content } | { ok: false; error: DossierError };

const roots: string[] = [];

/** A fresh content folder holding `articles` (file texts) and optional settings YAML. */
export function contentDir(articles: string[], settings?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-fuzz-'));
  roots.push(dir);
  mkdirSync(join(dir, 'articles'));
  articles.forEach((text, i) => writeFileSync(join(dir, 'articles', `${String(i + 1).padStart(3, '0')}.md`), text));
  if (settings !== undefined) writeFileSync(join(dir, 'dossier.yml'), settings);
  return dir;
}

export function removeContentDirs(): void {
  for (const d of roots.splice(0)) rmSync(d, { recursive: true, force: true });
}

/**
 * Builds `dir`; resolves to the outcome when the build succeeds or fails with a DossierError,
 * and rethrows anything else (a crash) so fast-check can shrink it.
 */
export async function build(dir: string, formats: Format[] = []): Promise<Outcome> {
  try {
    const result = await buildDossier({ contentDir: dir, formats, now: new Date(Date.UTC(2024, 0, 1)) });
    return { ok: true, result, content: readContent(dir) };
  } catch (e) {
    if (e instanceof DossierError) return { ok: false, error: e };
    throw e;
  }
}

/** An article file with ordinary front matter around a fuzzed body. */
export function article(body: string, title = 'Fuzzed report'): string {
  return `---\ntitle: ${JSON.stringify(title)}\noutlet: Fuzz Wire\ndate: 2024-01-01\n---\n\n${body}\n`;
}

const WORDS = 'officials said at least 1,204 people were evacuated from the valley while 37 remain missing and'.split(' ');

/** News-like filler of about `chars` characters, with numbers for the figure extractor to read. */
export function prose(chars: number): string {
  let s = '';
  for (let i = 0; s.length < chars; i++) s += `${WORDS[i % WORDS.length]} `;
  return s.trim();
}
