// Evaluation: reads the gold labels — the seeds' (shared/gold/seeds.yml) and the dev clusters'
// (shared/gold/dev/<slug>/gold.yml) — into one shape, and places each gold phrase in the cleaned
// articles, so an output quote can be judged by whether it overlaps the phrase a person marked.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Statement } from '../src/analysis/types.js';
import type { Article } from '../src/content/types.js';

/**
 * `value` is a number, or the text's word where it gives none ("several", a clock time "2:56", "a
 * week"): such statements count for precision (a row may quote them) but not for recall.
 */
export interface GoldStatement { source: string; value?: number | string; qualifier?: string; phrase: string }
export interface GoldFigure { id: string; quantity: string; statements: GoldStatement[] }
export interface GoldDiscrepancy { id: string; about: string; kind: string; statements: GoldStatement[]; note?: string }
export interface GoldName { text: string; sources: string[]; why?: string }
export interface GoldFile {
  figures: GoldFigure[];
  discrepancies: GoldDiscrepancy[];
  actors: { name: string; kind: string; role?: string; sources: string[]; variants: GoldName[] }[];
  not_actors?: GoldName[];
  /** Names that are both a place and an actor here (a city standing for its team): neither required nor penalised. */
  ambiguous?: GoldName[];
  /** Figures whose sources agree although worded differently: calling them conflicting is a false alarm. */
  consistent?: { see: string }[];
}

type RawName = { text: string; source?: string; sources?: string[]; why?: string };

/** Seeds name one `source` per variant, the dev clusters a `sources` list: both become a list. */
export function loadGold(path: string): GoldFile {
  const raw = parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const names = (list: unknown): GoldName[] => ((list as RawName[] | undefined) ?? []).map((n) => ({
    text: n.text, sources: n.sources ?? (n.source !== undefined ? [n.source] : []), ...(n.why ? { why: n.why } : {}),
  }));
  const actors = ((raw.actors as (GoldFile['actors'][number] & { variants: RawName[] })[] | undefined) ?? [])
    .map((a) => ({ ...a, variants: names(a.variants) }));
  return {
    figures: (raw.figures as GoldFigure[] | undefined) ?? [],
    discrepancies: (raw.discrepancies as GoldDiscrepancy[] | undefined) ?? [],
    actors,
    not_actors: names(raw.not_actors),
    ambiguous: names(raw.ambiguous),
    consistent: (raw.consistent as { see: string }[] | undefined) ?? [],
  };
}

/** A gold figure about an earlier or other event (dev ids start with B); seed figures are all this event's. */
export const isBackground = (g: GoldFigure) => /^B\d/.test(g.id);

/** A statement the scorers can ask a number of: not a word ("several") nor a clock time ("2:56"). */
export const isNumeric = (s: GoldStatement): s is GoldStatement & { value?: number } => typeof s.value !== 'string' && s.qualifier !== 'vague';

/**
 * Gold source names → analysis source ids. The seeds name a source by the scraped file's first three
 * digits (kept in `original_file`); the dev clusters by the article file's two-digit prefix.
 */
export function goldSourceMap(articles: Article[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const a of articles) {
    const gold = (a.meta.originalFile ?? '').match(/^(\d{3})_/)?.[1];
    if (gold) map[gold] = a.id;
  }
  if (Object.keys(map).length) return map;
  for (const a of articles) {
    const prefix = a.path.match(/(?:^|\/)(\d{2})-[^/]*$/)?.[1];
    if (prefix) map[prefix] = a.id;
  }
  return map;
}

export interface Place { source: string; paragraph: number; start: number; end: number }

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Where a gold phrase sits in the cleaned article, or null when ingest removed or changed it. */
export function placePhrase(articles: Article[], sourceId: string | undefined, phrase: string): Place | null {
  const a = articles.find((x) => x.id === sourceId);
  for (const p of a?.paragraphs ?? []) {
    const i = squash(p.text).indexOf(squash(phrase));
    if (i >= 0) return { source: a!.id, paragraph: p.n, start: i, end: i + squash(phrase).length };
  }
  return null;
}

/** Where an output quote sits: in its cited paragraph, as the contract requires. */
export function placeQuote(articles: Article[], s: Statement): Place | null {
  const p = articles.find((x) => x.id === s.source)?.paragraphs.find((x) => x.n === s.paragraph);
  if (!p) return null;
  const i = squash(p.text).indexOf(squash(s.quote));
  return i >= 0 ? { source: s.source, paragraph: p.n, start: i, end: i + squash(s.quote).length } : null;
}

export function overlaps(a: Place | null, b: Place | null): boolean {
  return Boolean(a && b && a.source === b.source && a.paragraph === b.paragraph && a.start < b.end && b.start < a.end);
}

/** The common shape every scorer returns; evaluate.ts prints `lines` and fails on `passed: false`. */
export interface ScoreReport { name: string; lines: string[]; passed: boolean }
