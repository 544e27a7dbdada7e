// Ingest stage: raw scraped text → clean markdown articles; the entry points the CLI calls.
export type { GivenMeta, IngestMeta, IngestReport, IngestResult, KeptBlock, RemovedLine } from './types.js';
export { ingestText } from './ingestText.js';
export { ingestFiles, slugify } from './files.js';
export { escapeMarkdown } from './markdown.js';
