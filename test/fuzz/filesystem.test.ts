// Hostile file-system layouts: dossier.yml, curated.yml and an article may each be a FIFO, a link out of
// the folder, a link inside it, a dangling link or a folder, beside an editor's lock file. The build
// never blocks, never reads the file outside (its text never shows in an error or the output), and
// either builds or fails with a DossierError naming one of those files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fileLayout, type FileKind } from './arbitraries.js';
import { article, build, contentDir, removeContentDirs } from './harness.js';

afterAll(removeContentDirs);

const SECRET = 'title: "SECRET-LINE-FROM-OUTSIDE"';

function place(dir: string, rel: string, kind: FileKind, text: string): void {
  const path = join(dir, rel);
  switch (kind) {
    case 'file': writeFileSync(path, text); break;
    case 'fifo': execFileSync('mkfifo', [path]); break;
    case 'linkOutside': writeFileSync(join(dir, '..', `${rel.replace(/\W/g, '_')}-outside-${process.pid}`), SECRET); symlinkSync(join(dir, '..', `${rel.replace(/\W/g, '_')}-outside-${process.pid}`), path); break;
    case 'linkInside': writeFileSync(join(dir, `${rel.replace(/\W/g, '_')}.real`), text); symlinkSync(join(dir, `${rel.replace(/\W/g, '_')}.real`), path); break;
    case 'dangling': symlinkSync(join(dir, 'nowhere'), path); break;
    case 'folder': mkdirSync(path); break;
  }
}

describe('file-system layouts', () => {
  it('never block, never read outside, and fail naming the file', async () => {
    await fc.assert(fc.asyncProperty(fileLayout, async (layout) => {
      const dir = contentDir([article('At least 12 people died, officials said.')]);
      if (layout.settings !== 'absent') place(dir, 'dossier.yml', layout.settings, 'title: Layout test\n');
      if (layout.curated !== 'absent') place(dir, 'curated.yml', layout.curated, 'actors: []\n');
      place(dir, join('articles', '002.md'), layout.article, article('More than 30 were hurt.', 'Second'));
      if (layout.lockFile) symlinkSync('user@host.1:2', join(dir, 'articles', '.#001.md'));
      const outcome = await build(dir, ['epub']);
      if (outcome.ok) {
        expect(Buffer.from(outcome.result.outputs[0].bytes).toString('latin1')).not.toContain('SECRET-LINE');
        return;
      }
      const d = outcome.error.diagnostics[0];
      expect(d.file ?? '', JSON.stringify(layout)).toMatch(/dossier\.yml$|curated\.yml$|articles\/002\.md$/);
      expect(outcome.error.message).not.toContain('SECRET-LINE');
    }), { seed: 20240101, numRuns: 25 });
  }, 300_000);
});
