// CLI: the command line's own words — its errors, hints and progress lines — in one table, so a second
// language is a copy of this table, not a hunt through the commands. (The dossier's words are the model's,
// model/lang/; what the stages report about bad input is theirs; yargs words its own help.)

export const MESSAGES = {
  usage: {
    error: 'usage error',
    seeHelp: 'see `dossier --help`',
    noFiles: 'name at least one file to ingest',
    ingestSynopsis: 'dossier ingest FILE... [--content DIR]',
    needsValue: (option: string) => `--${option} needs a value`,
    valueExample: (option: string) => `e.g. --${option} "${option === 'date' ? '2024-03-14' : '…'}"`,
    titleForOne: '--title names one article, but several files were given',
    titleForOneHint: 'ingest the files one at a time to give each its title',
    notADate: (date: string) => `--date "${date}" is not a date YYYY-MM-DD`,
    dateExample: 'e.g. --date 2024-03-14',
  },
  files: {
    cannot: (syscall: string, code: string) => `cannot ${syscall}: ${code}`,
    checkPath: 'check the path and its permissions',
    internal: (message: string) => `dossier: internal error: ${message}`,
    runVerbose: '  (run again with --verbose for details)',
  },
  output: {
    cannotWriteFolder: (code: string) => `cannot write to the output folder (${code})`,
    chooseOut: 'choose another folder with --out DIR, or fix its permissions',
    cannotWrite: (what: string) => `cannot write output: ${what}`,
    checkFolder: 'check the output folder and its permissions',
    notAFile: 'not a regular file',
    inTheWay: (name: string) => `remove or rename ${name}: it is in the way of the output`,
    busy: (holder?: number) => `another build${holder ? ` (process ${holder})` : ''} is writing into this folder`,
    busyHint: (lock: string) => `wait for it, or use another --out folder; remove ${lock} if no build is running`,
    cannotLock: (code: string) => `cannot lock the output folder (${code})`,
  },
  build: {
    wrote: 'wrote',
    rebuilding: (what: string) => `change in ${what}; rebuilding`,
    watching: (folders: string[]) => `watching ${folders.join(' and ')} (Ctrl-C to stop)`,
  },
  check: {
    ok: 'ok',
    valid: (content: string, articles: number, paragraphs: number) => `${content}: ${articles} article${articles === 1 ? '' : 's'}, ${paragraphs} paragraphs, settings and styles valid`,
  },
  ingest: {
    notAFolder: 'not a folder: --content names the folder the articles go into',
    passContent: 'pass --content DIR',
  },
  init: {
    isAFile: 'is a file, not a folder; init will not overwrite anything',
    notEmpty: 'folder is not empty; init will not overwrite anything',
    chooseEmpty: 'choose a new or empty folder',
    cannotCreate: (code: string) => `cannot create the content folder (${code})`,
    chooseWritable: 'choose a folder you can write to',
    created: (settings: string, article: string) => `created ${settings} and ${article}`,
    next: (dir: string) => `next: dossier ingest FILE... --content ${dir}   then   dossier build --content ${dir}`,
  },
};
