// Ingest stage: one scraped page → article markdown (front matter + report text) and the lines removed.
import { splitBlocks } from './blocks.js';
import { classifyBlocks } from './classify.js';
import { renderArticle } from './markdown.js';
import { guessMeta } from './metadata.js';
import type { IngestResult, KeptBlock, RemovedLine } from './types.js';

/** Cleans one scraped page. `fileName` is recorded as `original_file` and is the title of last resort. */
export function ingestText(raw: string, fileName: string): IngestResult {
  const classification = classifyBlocks(splitBlocks(raw));
  const kept: KeptBlock[] = [];
  const removed: RemovedLine[] = [];
  for (const { block, verdict } of classification.items) {
    if (verdict.keep) kept.push({ line: block.lines[0], text: block.text, as: verdict.keep });
    else block.lines.forEach((line, i) => removed.push({ line, text: block.parts[i], reason: verdict.reason }));
  }
  const meta = guessMeta(classification, fileName);
  return { meta, markdown: renderArticle(meta, kept), removed, kept };
}
