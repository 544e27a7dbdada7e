// CLI: `dossier analyze` — the analysis as a readable report or, with --json, the JSON contract on stdout.
import { resolve } from 'node:path';
import { readContent } from '../../content/read.js';
import { languageFor, wordDiscrepancy } from '../../model/terms.js';
import { analyzeContent } from '../../pipeline.js';
import { formatAnalysisReport } from '../report.js';
import type { Io } from '../terminal.js';

export function runAnalyze(args: { content: string; json: boolean }, io: Io): void {
  const content = readContent(resolve(args.content));
  const found = analyzeContent(content);
  // Each discrepancy with its subject and note in the dossier's words, beside the finding they word.
  const language = languageFor(content.settings.language);
  const wording = language.wording;
  const analysis = { ...found, discrepancies: found.discrepancies.map((d) => ({ ...d, ...wordDiscrepancy(d, wording) })) };
  io.stdout(args.json ? `${JSON.stringify(analysis, null, 2)}\n` : `${formatAnalysisReport(analysis, language)}\n`);
}
