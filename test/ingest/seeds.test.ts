// Ingest on the five seed pages, judged against the gold labels (../shared/gold/seeds.yml).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseArticle } from '../../src/content/article.js';
import { ingest } from './helpers.js';

const SHARED = join(import.meta.dirname, '../../../shared');
const SEEDS = join(SHARED, 'seeds');
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

interface Phrase { source: string; phrase: string }
const gold = parse(readFileSync(join(SHARED, 'gold/seeds.yml'), 'utf8')) as {
  figures: { statements: Phrase[] }[];
  discrepancies: { statements: Phrase[] }[];
  boilerplate: Phrase[];
};
const figurePhrases = gold.figures.flatMap((f) => f.statements);
const discrepancyPhrases = gold.discrepancies.flatMap((d) => d.statements);

const ingested = new Map(seedFiles.map((f) => [f.slice(0, 3), { file: f, raw: readFileSync(join(SEEDS, f), 'utf8'), r: ingest(readFileSync(join(SEEDS, f), 'utf8'), f) }]));
const seed = (source: string) => {
  const s = ingested.get(source);
  if (!s) throw new Error(`no seed ${source}`);
  return s;
};

describe('ingest on the seeds', () => {
  it('finds the five seeds and the gold', () => {
    expect(seedFiles).toHaveLength(5);
    expect(gold.boilerplate.length).toBeGreaterThan(0);
  });

  it.each(gold.boilerplate.map((b) => [b.source, b.phrase]))('%s: boilerplate "%s" is removed', (source, phrase) => {
    expect(seed(source).r.body).not.toContain(phrase);
    expect(seed(source).r.meta.title).not.toContain(phrase);
  });

  it.each(figurePhrases.map((f) => [f.source, f.phrase]))('%s: figure "%s" survives inside one paragraph', (source, phrase) => {
    expect(seed(source).r.blocks.some((b) => b.includes(phrase))).toBe(true);
  });

  it.each(discrepancyPhrases.map((d) => [d.source, d.phrase]))('%s: discrepancy "%s" survives inside one paragraph', (source, phrase) => {
    expect(seed(source).r.blocks.some((b) => b.includes(phrase))).toBe(true);
  });

  it.each(seedFiles)('%s: every input line is either kept verbatim or reported as removed', (file) => {
    const { raw, r } = seed(file.slice(0, 3));
    const removedLines = new Set(r.removed.map((x) => x.line));
    raw.split('\n').forEach((line, i) => {
      const text = line.trim().replace(/^[•·▪-]\s+/, '');
      if (!text || removedLines.has(i + 1)) return;
      expect(r.blocks.some((b) => b.includes(text)), `line ${i + 1}: ${text}`).toBe(true);
    });
    for (const k of r.kept) expect(r.blocks).toContain(k.text);
    for (const x of r.removed) expect(raw.split('\n')[x.line - 1]).toContain(x.text);
  });

  it.each(seedFiles)('%s: front matter is valid for the article reader', (file) => {
    const { r } = seed(file.slice(0, 3));
    const a = parseArticle('S1', 'articles/x.md', r.markdown);
    expect(a.meta.originalFile).toBe(file);
    expect(a.meta.title.length).toBeGreaterThan(10);
    expect(a.paragraphs.length).toBeGreaterThan(5);
  });

  it('re-joins a sentence the scraper broke over several lines', () => {
    expect(seed('004').r.blocks.some((b) => /the successor to the KGB, said the situation/.test(b))).toBe(true);
  });

  it('reads title, outlet and the article\'s own date from the page furniture', () => {
    const m = seed('004').r.meta;
    expect(m.title).toMatch(/^Putin: We have won a victory/);
    expect(m.title).not.toMatch(/Walla/);
    expect(m.outlet).toMatch(/^Walla/);
    expect(m.date).toBe('2022-01-10');
    expect(seed('001').r.meta.title).not.toMatch(/^Home/);
  });
});

describe('the committed default corpus', () => {
  const dir = join(import.meta.dirname, '../../content/articles');
  const articles = readdirSync(dir).filter((f) => f.endsWith('.md')).sort()
    .map((f, i) => parseArticle(`S${i + 1}`, f, readFileSync(join(dir, f), 'utf8')));

  it('holds one article per seed, each naming its seed file', () => {
    expect(articles.map((a) => a.meta.originalFile).sort()).toEqual(seedFiles);
  });

  it('still carries every gold figure phrase and none of the boilerplate', () => {
    const bySource = (s: string) => articles.find((a) => a.meta.originalFile?.startsWith(s));
    for (const f of figurePhrases) expect(bySource(f.source)?.paragraphs.some((p) => p.text.includes(f.phrase)), f.phrase).toBe(true);
    for (const b of gold.boilerplate) {
      expect(bySource(b.source)?.blocks.some((x) => (x.kind === 'heading' ? x.text : x.paragraph.text).includes(b.phrase)), b.phrase).toBe(false);
    }
  });
});
