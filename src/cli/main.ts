// CLI: yargs commands only — argv → validated arguments → a command; prints diagnostics; sets exit codes
// (0 ok, 1 content errors, 2 usage or internal errors). Commands are imported when run, so `--help`,
// `init` or `ingest` do not pay for loading the analysis and both writers.
import yargs, { type Argv } from 'yargs';
import { DossierError, EXIT_CONTENT, EXIT_OK, EXIT_USAGE, formatDiagnostic } from '../core/diagnostics.js';
import { FORMATS, type Format } from '../render/formats.js';
import { type Io, paint, processIo, type Verbosity } from './terminal.js';
import { packageVersion } from './version.js';
import { MESSAGES } from './messages.js';

interface GlobalArgs {
  content: string;
  styles?: string;
  verbose?: boolean;
  quiet?: boolean;
}

function verbosity(a: GlobalArgs): Verbosity {
  return a.quiet ? 'quiet' : a.verbose ? 'verbose' : 'normal';
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let exitCode = EXIT_OK;
  const verbose = argv.includes('--verbose');

  const cli: Argv = yargs(argv)
    .scriptName('dossier')
    .usage('$0 <command> [options]\n\nCompile several outlets\' reports on one event into a cited briefing dossier (PDF and EPUB).')
    // requiresArg: a bare `--content` was read as the default folder and built it.
    .option('content', { type: 'string', default: 'content', requiresArg: true, describe: 'content folder: articles/*.md, dossier.yml, curated.yml' })
    .option('styles', { type: 'string', requiresArg: true, describe: 'styles folder with theme.yml (default: the bundled styles/)' })
    .option('verbose', { type: 'boolean', describe: 'print each step, and stack traces of internal errors' })
    .option('quiet', { type: 'boolean', describe: 'print errors only' })
    .conflicts('quiet', 'verbose')
    .command('build', 'build the dossier (PDF and/or EPUB)', (y) => y
      .option('out', { type: 'string', default: 'output', requiresArg: true, describe: 'output folder' })
      .option('format', { choices: ['pdf', 'epub', 'all'] as const, default: 'all' as const, describe: 'what to write' })
      .option('paper', { choices: ['A4', 'letter'] as const, describe: 'PDF paper size (default: settings, else A4)' })
      .option('watch', { type: 'boolean', default: false, describe: 'rebuild whenever content/ or styles/ change' }),
    async (a) => {
      const formats: Format[] = a.format === 'all' ? [...FORMATS] : [a.format as Format];
      const args = { content: a.content, out: a.out, formats, paper: a.paper, styles: a.styles, verbosity: verbosity(a) };
      const { runBuild, watchBuild } = await import('./commands/build.js');
      if (a.watch) await watchBuild(args, io);
      else await runBuild(args, io);
    })
    .command('analyze', 'analyse the articles: summary, figures, actors, discrepancies', (y) => y
      .option('json', { type: 'boolean', default: false, describe: 'print the analysis as one JSON object on stdout' }),
    async (a) => (await import('./commands/analyze.js')).runAnalyze({ content: a.content, json: a.json }, io))
    .command('ingest [files..]', 'turn saved web pages (.html) or pasted text files into DIR/articles/*.md, printing what was removed', (y) => y
      .positional('files', { type: 'string', array: true, describe: 'saved web pages (.html, .htm, .xhtml) or plain-text files (after "--", names may start with "-")' })
      .option('title', { type: 'string', describe: 'headline to use instead of the page\'s (one file only)' })
      .option('outlet', { type: 'string', describe: 'outlet to use instead of the page\'s' })
      .option('date', { type: 'string', describe: 'publication date YYYY-MM-DD to use instead of the page\'s' })
      .option('author', { type: 'string', describe: 'author to use instead of the page\'s' }),
    async (a) => {
      // Names after "--" land in argv._ (after the command name), not in the positional.
      const files = [...((a.files as string[] | undefined) ?? []), ...a._.slice(1).map(String)];
      if (files.length === 0) throw new DossierError({ message: MESSAGES.usage.noFiles, hint: MESSAGES.usage.ingestSynopsis }, EXIT_USAGE);
      await (await import('./commands/ingest.js')).runIngest(files, a.content,
        { title: a.title, outlet: a.outlet, date: a.date, author: a.author }, { quiet: Boolean(a.quiet), print: io.stdout });
    })
    .command('check', 'validate content, settings, curated overrides and styles without building', () => {},
      async (a) => (await import('./commands/check.js')).runCheck({ content: a.content, styles: a.styles, quiet: Boolean(a.quiet) }, io))
    .command('init [dir]', 'create a content folder with settings and one example article', (y) => y
      .positional('dir', { type: 'string', default: 'content', describe: 'folder to create' }),
    async (a) => (await import('./commands/init.js')).runInit(a.dir as string, io))
    .demandCommand(1, 'name a command: build, analyze, ingest, check or init')
    .strict()
    .recommendCommands()
    .version(packageVersion())
    .alias('h', 'help')
    .epilogue('Exit codes: 0 ok; 1 content errors (the message names file and line); 2 usage or internal errors.')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      // yargs' own complaints (YError: an option without its value…) are usage errors, not bugs.
      if (err && err.name !== 'YError') throw err;
      throw new DossierError({ message: msg ?? err?.message ?? MESSAGES.usage.error, hint: MESSAGES.usage.seeHelp }, EXIT_USAGE);
    });

  try {
    await cli.parseAsync(argv, {}, (_err, _argv, output) => {
      if (output) io.stdout(`${output}\n`);
    });
  } catch (e) {
    const fsError = e as NodeJS.ErrnoException;
    if (e instanceof DossierError) {
      io.stderr(`${paint(io, 'red', e.message)}\n`);
      exitCode = e.exitCode;
    } else if (fsError?.code && fsError.path && fsError.syscall) {
      // The file system said no (read-only, not a folder, no space…): the surroundings, not a bug.
      io.stderr(`${paint(io, 'red', formatDiagnostic({ severity: 'error', file: fsError.path, message: MESSAGES.files.cannot(fsError.syscall, fsError.code), hint: MESSAGES.files.checkPath }))}\n`);
      exitCode = EXIT_CONTENT;
    } else {
      io.stderr(`${MESSAGES.files.internal((e as Error)?.message ?? String(e))}\n`);
      io.stderr(verbose && (e as Error)?.stack ? `${(e as Error).stack}\n` : `${MESSAGES.files.runVerbose}\n`);
      exitCode = EXIT_USAGE;
    }
  }
  return exitCode;
}
