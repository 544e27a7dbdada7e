// CLI: yargs commands only — argv → validated requests → pipeline; prints diagnostics and sets exit codes.
import { join, resolve } from 'node:path';
import yargs, { type Argv } from 'yargs';
import { DossierError, EXIT_CONTENT, EXIT_OK, EXIT_USAGE, formatDiagnostic } from '../diagnostics.js';
import { readContent } from '../content/read.js';
import { analyzeContent, buildClock, buildDossier } from '../pipeline.js';
import { FORMATS, type Format } from '../render/index.js';
import { ensureWritableDir, writeAtomically } from './output.js';
import { formatAnalysisReport } from './report.js';
import { runIngest } from './ingest.js';
import { packageVersion } from './version.js';


interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

/** Runs the CLI; resolves to the exit code (0 ok, 1 content errors, 2 usage or internal errors). */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let exitCode = EXIT_OK;
  let verbose = argv.includes('--verbose');
  const fail = (e: unknown): void => {
    if (e instanceof DossierError) {
      io.stderr(`${e.message}\n`);
      exitCode = e.exitCode;
    } else {
      io.stderr(`dossier: internal error: ${(e as Error)?.message ?? String(e)}\n`);
      if (verbose && (e as Error)?.stack) io.stderr(`${(e as Error).stack}\n`);
      else io.stderr('  (run again with --verbose for details)\n');
      exitCode = EXIT_USAGE;
    }
  };

  const cli: Argv = yargs(argv)
    .scriptName('dossier')
    .usage('$0 <command> [options]\n\nCompile several outlets\' reports on one event into a cited briefing dossier.')
    .option('content', { type: 'string', default: 'content', describe: 'content folder (articles/, dossier.yml, curated.yml)' })
    .option('verbose', { type: 'boolean', default: false, describe: 'more detail, and stack traces for internal errors' })
    .option('quiet', { type: 'boolean', default: false, describe: 'print errors only' })
    .command('build', 'build the dossier (PDF and/or EPUB)', (y) => y
      .option('out', { type: 'string', default: 'output', describe: 'output folder' })
      .option('format', { choices: ['pdf', 'epub', 'all'] as const, default: 'all' as const, describe: 'what to write' })
      .option('paper', { choices: ['A4', 'letter'] as const, describe: 'paper size for the PDF (default: settings, else A4)' }),
    async (args) => {
      const formats: Format[] = args.format === 'all' ? [...FORMATS] : [args.format as Format];
      const outDir = resolve(args.out);
      ensureWritableDir(outDir);
      const result = await buildDossier({
        contentDir: resolve(args.content), formats, paper: args.paper, now: buildClock(),
        onProgress: (step) => { if (args.verbose) io.stderr(`… ${step}\n`); },
      });
      for (const w of result.warnings) if (!args.quiet) io.stderr(`${formatDiagnostic(w)}\n`);
      writeAtomically(result.outputs.map((o) => ({ path: join(outDir, o.fileName), bytes: o.bytes })));
      if (!args.quiet) for (const o of result.outputs) io.stderr(`wrote ${join(args.out, o.fileName)} (${Math.round(o.bytes.length / 1024)} KiB)\n`);
    })
    .command('analyze', 'analyse the articles: figures, actors, discrepancies, summary', (y) => y
      .option('json', { type: 'boolean', default: false, describe: 'print the analysis as JSON on stdout' }),
    (args) => {
      const analysis = analyzeContent(readContent(resolve(args.content)));
      io.stdout(args.json ? `${JSON.stringify(analysis, null, 2)}\n` : `${formatAnalysisReport(analysis)}\n`);
    })
    .command('ingest <files..>', 'turn raw scraped text files into content/articles/*.md', (y) => y
      .positional('files', { type: 'string', array: true, demandOption: true, describe: 'scraped .txt files' }),
    (args) => {
      runIngest(args.files as string[], resolve(args.content), { quiet: args.quiet, print: io.stdout });
    })
    .demandCommand(1, 'name a command: build, analyze or ingest')
    .strict()
    .recommendCommands()
    .version(packageVersion())
    .alias('h', 'help')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      throw new DossierError({ message: msg, hint: 'see `dossier --help`' }, EXIT_USAGE);
    });

  try {
    const parsed = await cli.parseAsync(argv, {}, (err, _argv, output) => {
      if (output && !err) io.stdout(`${output}\n`);
    });
    verbose = Boolean((parsed as { verbose?: boolean }).verbose);
  } catch (e) {
    fail(e);
  }
  return exitCode;
}

export { EXIT_CONTENT };
