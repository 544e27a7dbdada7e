// The start-up snapshot's entry (built by scripts/snapshot.mjs, started by bin/dossier): every command
// and both writers are loaded, and compromise's lexicon unpacked, while the snapshot is built, so a run
// begins with the whole program already in the heap instead of spending ≈1 s loading it.
// While building, nothing may start a worker, load a native addon or keep an Intl object or TextDecoder
// (the tagger runs on this thread; resvg loads when the cover is drawn; `ingest`, whose HTML libraries
// make Intl objects as they load, loads when run).
import { startupSnapshot } from 'node:v8';
import { tagHere } from '../analysis/actors/tagger.js';
import '../render/epub/index.js';
import { createHyphenator } from '../render/pdf/hyphenate.js';
import '../render/pdf/index.js';
import './commands/analyze.js';
import './commands/build.js';
import './commands/check.js';
import './commands/init.js';
import { main } from './main.js';

// compromise unpacks its lexicon on first use; the English hyphenation patterns build their trie.
tagHere('Warm');
createHyphenator('en')('warming');

startupSnapshot.setDeserializeMainFunction(() => {
  // A snapshot's process.argv has no script: [node, ...arguments].
  const args = process.argv.slice(1);
  if (args.includes('--verbose')) process.stderr.write('dossier: started from the start-up snapshot\n');
  void main(args).then((code) => { process.exitCode = code; });
});
