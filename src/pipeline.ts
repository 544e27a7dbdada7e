// The pipeline: read → analyse → compose → render. Returns bytes and warnings; only the CLI writes files.
import { analyzeArticles } from './analysis/index.js';
import type { Analysis } from './analysis/types.js';
import { type Content, readContent } from './content/read.js';
import type { Diagnostic } from './core/diagnostics.js';
import type { DossierDocument } from './model/document.js';
import { composeDossier } from './model/compose/index.js';
import { languageFor, wordDiscrepancy } from './model/terms.js';
import type { Format, RenderOptions } from './render/index.js';
import { startWriters } from './render/parallel.js';
import { loadTheme, type Theme } from './style/theme.js';

export interface BuildRequest {
  contentDir: string;
  formats: Format[];
  stylesDir?: string;
  /** Overrides the settings' paper size. */
  paper?: 'A4' | 'letter';
  /** The build's clock: SOURCE_DATE_EPOCH when set, so builds are reproducible. */
  now: Date;
  /** Called before each step with its position in the build, for progress bars. */
  onProgress?: (step: string, done: number, total: number) => void;
}

export interface BuildOutput {
  format: Format;
  fileName: string;
  bytes: Uint8Array;
}

export interface BuildResult {
  outputs: BuildOutput[];
  document: DossierDocument;
  analysis: Analysis;
  warnings: Diagnostic[];
}

export function analyzeContent(content: Content): Analysis {
  // An analyst names a discrepancy by its subject as the dossier words it.
  const wording = languageFor(content.settings.language).wording;
  return analyzeArticles(content.articles, content.curatedFiles, (d) => wordDiscrepancy(d, wording).about, content.settings.language);
}

export async function buildDossier(req: BuildRequest): Promise<BuildResult> {
  const total = 4;
  let done = 0;
  const progress = (step: string) => req.onProgress?.(step, done++, total);
  const { content, theme } = readInput(req, progress);
  // A writer thread, where one pays, loads during the analysis; a build that fails before rendering stops it.
  const writers = startWriters(req.formats, sourceChars(content));
  let model: ReturnType<typeof composeModel>;
  try {
    model = composeModel(content, theme, req, progress);
  } catch (e) {
    writers.cancel();
    throw e;
  }
  const { analysis, document } = model;
  const opts: RenderOptions = { paper: req.paper ?? content.settings.paper, timestamp: req.now };
  progress(`rendering ${req.formats.map((f) => f.toUpperCase()).join(' and ')}`);
  const bytes = await writers.render(document, theme, opts);
  const outputs: BuildOutput[] = req.formats.map((format, i) => ({ format, fileName: `${content.settings.filePrefix}dossier.${format}`, bytes: bytes[i] }));
  return { outputs, document, analysis, warnings: content.warnings };
}

function readInput(req: BuildRequest, progress: (step: string) => void) {
  progress('reading content');
  return { content: readContent(req.contentDir), theme: loadTheme(req.stylesDir) };
}

/** Analyse → compose: everything between reading and the writers. */
function composeModel(content: Content, theme: Theme, req: BuildRequest, progress: (step: string) => void) {
  progress(`analysing ${content.articles.length} articles`);
  const analysis = analyzeContent(content);
  progress('composing the dossier');
  const document = composeDossier({ settings: content.settings, articles: content.articles, analysis, theme }, { today: req.now });
  return { analysis, document };
}

/** The articles' text in characters: what decides whether a writer thread pays. */
function sourceChars(content: Content): number {
  let n = 0;
  for (const a of content.articles) for (const p of a.paragraphs) n += p.text.length;
  return n;
}

/** The build clock: SOURCE_DATE_EPOCH (seconds) when set, else the current time. */
export function buildClock(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}
