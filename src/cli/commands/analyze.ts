// CLI: `dossier analyze` — the analysis as a readable report or, with --json, the JSON contract on stdout.
import { resolve } from 'node:path';
import { readContent } from '../../content/read.js';
import { analyzeContent } from '../../pipeline.js';
import { formatAnalysisReport } from '../report.js';
import type { Io } from '../terminal.js';

export function runAnalyze(args: { content: string; json: boolean }, io: Io): void {
  const analysis = analyzeContent(readContent(resolve(args.content)));
  io.stdout(args.json ? `${JSON.stringify(analysis, null, 2)}\n` : `${formatAnalysisReport(analysis)}\n`);
}
