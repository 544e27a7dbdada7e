// Evaluation: reads the gold labels and places each gold phrase in the cleaned articles, so an output
// quote can be judged by whether it overlaps the phrase a person marked.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Statement } from '../src/analysis/types.js';
import type { Article } from '../src/content/types.js';

export interface GoldStatement { source: string; value?: number; qualifier?: string; phrase: string }
export interface GoldFigure { id: string; quantity: string; statements: GoldStatement[] }
export interface GoldDiscrepancy { id: string; about: string; kind: string; statements: GoldStatement[]; note?: string }
export interface GoldFile {
  figures: GoldFigure[];
  discrepancies: GoldDiscrepancy[];
  actors: { name: string; kind: string; role?: string; sources: string[]; variants: { text: string; source: string }[] }[];
  not_actors?: { text: string; source: string; why?: string }[];
}

export function loadGold(path: string): GoldFile {
  return parse(readFileSync(path, 'utf8')) as GoldFile;
}

/** Gold names sources by the seed file's first three digits; articles record it in `original_file`. */
export function goldSourceMap(articles: Article[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const a of articles) {
    const gold = (a.meta.originalFile ?? '').match(/^(\d{3})_/)?.[1];
    if (gold) map[gold] = a.id;
  }
  return map;
}

interface Place { source: string; paragraph: number; start: number; end: number }

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Where a gold phrase sits in the cleaned article, or null when ingest removed or changed it. */
export function placePhrase(articles: Article[], sourceId: string, phrase: string): Place | null {
  const a = articles.find((x) => x.id === sourceId);
  for (const p of a?.paragraphs ?? []) {
    const i = squash(p.text).indexOf(squash(phrase));
    if (i >= 0) return { source: sourceId, paragraph: p.n, start: i, end: i + squash(phrase).length };
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
