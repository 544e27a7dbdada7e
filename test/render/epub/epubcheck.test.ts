// EPUB writer: the W3C validator (Debian's epubcheck) reports no error and no warning. In CI it must run;
// locally it is skipped, visibly, only when java or the epubcheck jar is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEpub } from '../../../src/render/epub/index.js';
import { loadTheme } from '../../../src/style/theme.js';
import { sampleDocument } from '../../fixtures/sampleDocument.js';
import { MODIFIED } from './helpers.js';

const JAR = '/usr/share/java/epubcheck.jar';
const hasJava = spawnSync('java', ['-version']).status === 0;
const available = hasJava && existsSync(JAR);
if (!available && !process.env.CI) console.warn(`epubcheck test SKIPPED: ${hasJava ? `${JAR} missing` : 'java missing'} (apt-get install -y epubcheck)`);

function epubcheck(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-epubcheck-'));
  try {
    const file = join(dir, 'dossier.epub');
    writeFileSync(file, bytes);
    const run = spawnSync('java', ['-jar', JAR, file], { encoding: 'utf8' });
    return `${run.stdout}\n${run.stderr}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!available && !process.env.CI)('epubcheck', () => {
  it('reports 0 errors and 0 warnings on the sample dossier', async () => {
    const out = epubcheck(await renderEpub(sampleDocument(), loadTheme(), { modified: MODIFIED }));
    expect(out).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings/);
  }, 180_000);

  it('reports 0 errors and 0 warnings on a dossier in another language with no notes, profiles, author or description', async () => {
    const doc = sampleDocument(3);
    doc.meta.language = 'el';
    doc.meta.description = '';
    doc.meta.author = '';
    doc.meta.keywords = [' '];
    doc.footnotes = {};
    doc.sections = doc.sections.filter((s) => s.kind === 'sources');
    const out = epubcheck(await renderEpub(doc, loadTheme(), { modified: new Date(0) }));
    expect(out).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings/);
  }, 180_000);
});

// Guard: the skip above must never hide a broken toolchain in CI.
it('runs epubcheck in CI', () => {
  if (process.env.CI) expect(available, 'CI needs java and /usr/share/java/epubcheck.jar').toBe(true);
  else expect(typeof execFileSync).toBe('function');
});
