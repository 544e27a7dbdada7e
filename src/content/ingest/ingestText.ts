// Ingest stage: one scraped page → article markdown (front matter + report text) and the lines removed.
import { DossierError } from '../../core/diagnostics.js';
import { splitBlocks } from './blocks.js';
import { classifyBlocks } from './classify.js';
import { renderArticle } from './markdown.js';
import { detectLanguage } from './language.js';
import { guessMeta } from './metadata.js';
import { PhraseSet } from './phrases.js';
import { isMarkup } from './rules.js';
import { withGiven } from './given.js';
import type { GivenMeta, IngestResult, KeptBlock, RemovedLine } from './types.js';

/**
 * Cleans one scraped page. `fileName` (as given, so errors name it) is recorded as `original_file`;
 * `given` front matter wins over the guessed.
 */
export function ingestText(raw: string, fileName: string, given: GivenMeta = {}): IngestResult {
  // The page's language picks the furniture words looked for; furniture is a small share of a page's words.
  const phrases = new PhraseSet(detectLanguage(raw));
  const classification = classifyBlocks(splitBlocks(raw, (line) => phrases.isInterface(line) || isMarkup(line)), phrases);
  const kept: KeptBlock[] = [];
  const removed: RemovedLine[] = [];
  for (const { block, verdict } of classification.items) {
    if (verdict.keep) kept.push({ line: block.lines[0], text: block.text, as: verdict.keep });
    else block.lines.forEach((line, i) => removed.push({ line, text: block.parts[i], reason: verdict.reason }));
  }
  if (!kept.some((k) => k.as === 'paragraph')) {
    throw new DossierError({ message: 'no report text found: every line looked like web furniture', file: fileName, hint: 'check that the file holds the article text, one paragraph per line' });
  }
  const meta = withGiven(guessMeta(classification, fileName), given, fileName);
  return { meta, markdown: renderArticle(meta, kept), removed, kept };
}
