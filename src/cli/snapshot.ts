// The start-up snapshot's entry (built by scripts/snapshot.mjs, started by bin/dossier): every command
// and both writers are loaded, and compromise's lexicon unpacked, while the snapshot is built, so a run
// begins with the whole program already in the heap instead of spending ≈1 s loading it.
// While building, nothing may start a worker, load a native addon or keep an Intl object or TextDecoder
// (the tagger runs on this thread; resvg loads when the cover is drawn; `ingest`, whose HTML libraries
// make Intl objects as they load, loads when run).
import { startupSnapshot } from 'node:v8';
import { tagHere } from '../analysis/actors/tagger.js';
import '../render/epub/index.js';
import { FONT_STYLES, openAhead } from '../render/pdf/fonts.js';
import { createHyphenator } from '../render/pdf/hyphenate.js';
import '../render/pdf/index.js';
import './commands/analyze.js';
import './commands/build.js';
import './commands/check.js';
import './commands/init.js';
import { fontPath, loadTheme } from '../style/theme.js';
import { main } from './main.js';

// compromise unpacks its lexicon on first use; the English hyphenation patterns build their trie.
tagHere('Warm');
createHyphenator('en')('warming');
// The default theme's text faces, parsed and their shaping plans made: seed build CPU −30 ms, for a blob
// 9 MB larger (+13 MiB resident; `--version` +20 ms). A run with another theme, or after the files
// changed, opens its fonts itself.
const theme = loadTheme();
openAhead([theme.fonts.body, theme.fonts.heading].flatMap((face) => FONT_STYLES.map((style) => fontPath(face, style))));

startupSnapshot.setDeserializeMainFunction(() => {
  // A snapshot's process.argv has no script: [node, ...arguments].
  const args = process.argv.slice(1);
  if (args.includes('--verbose')) process.stderr.write('dossier: started from the start-up snapshot\n');
  void main(args).then((code) => { process.exitCode = code; });
});
