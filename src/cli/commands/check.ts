// CLI: `dossier check` — validates content, settings, curated overrides and styles without building.
import { resolve } from 'node:path';
import { readContent } from '../../content/read.js';
import { analyzeContent } from '../../pipeline.js';
import { loadTheme } from '../../style/theme.js';
import { type Io, paint } from '../terminal.js';
import { MESSAGES } from '../messages.js';

export function runCheck(args: { content: string; styles?: string; quiet: boolean }, io: Io): void {
  const content = readContent(resolve(args.content));
  loadTheme(args.styles ? resolve(args.styles) : undefined);
  // Curated overrides are validated against the analysis they amend.
  analyzeContent(content);
  if (!args.quiet) {
    const n = content.articles.length;
    const paras = content.articles.reduce((s, a) => s + a.paragraphs.length, 0);
    io.stderr(`${paint(io, 'green', MESSAGES.check.ok)} ${MESSAGES.check.valid(args.content, n, paras)}\n`);
  }
}
