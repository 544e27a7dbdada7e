// compose: articles + analysis → document. Checks the structural promises the writers rely on.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { parseArticle } from '../../src/content/article.js';
import { parseSettings } from '../../src/content/settings.js';
import { type Block, type DossierDocument, type Inline, inlineText } from '../../src/model/document.js';
import { composeDossier } from '../../src/model/compose/index.js';
import { loadTheme } from '../../src/style/theme.js';
import { EN } from '../../src/model/lang/en.js';

const theme = loadTheme();

const articles = [
  parseArticle('S1', 'articles/01.md', '---\ntitle: Quake hits the north\noutlet: North Post\ndate: 2023-02-07\n---\nAt least 40 people died, officials said.\n\nSee [the map](https://example.org/map), [a local file](../../etc/passwd) and [script](javascript:alert(1)).\n'),
  parseArticle('S2', 'articles/02.md', '---\ntitle: Earthquake toll rises\noutlet: South Daily\ndate: 2023-02-08\n---\nThe toll rose to 52, rescuers said.\n'),
];
const settings = parseSettings('title: Quake\nlanguage: en\n', 'dossier.yml');

function analysis(): Analysis {
  return {
    sources: [], summary: [], figures: [], actors: [],
    discrepancies: [{
      id: 'D1', kind: 'figure', finding: { rule: 'curated' }, about: 'people killed', note: 'The sources give 40 and 52.',
      statements: [{ source: 'S1', quote: 'At least 40 people died', paragraph: 1, start: 0 }, { source: 'S2', quote: 'The toll rose to 52', paragraph: 1, start: 0 }],
    }],
  };
}

function allInlines(doc: DossierDocument): Inline[] {
  const out: Inline[] = [];
  const walkInl = (xs: Inline[]) => xs.forEach((i) => { out.push(i); if ('children' in i) walkInl(i.children); });
  const walk = (bs: Block[]) => bs.forEach((b) => {
    if ('content' in b && Array.isArray(b.content)) walkInl(b.content);
    if (b.type === 'list') b.items.forEach(walk);
    if (b.type === 'blockquote' || b.type === 'profile') walk(b.children);
    if (b.type === 'table') b.rows.forEach((r) => r.forEach((c) => walkInl(c.content)));
    if (b.type === 'definitionList') b.items.forEach((it) => walkInl(it.description));
  });
  const sec = (s: DossierDocument['sections'][number]): void => { walk(s.blocks); s.children.forEach(sec); };
  doc.sections.forEach(sec);
  return out;
}

describe('composeDossier', () => {
  const doc = composeDossier({ settings, articles, analysis: analysis(), theme }, { today: new Date(Date.UTC(2030, 0, 1)) });

  it('leaves out empty sections and keeps the sources, one chapter each, with numbered paragraphs', () => {
    expect(doc.sections.map((s) => s.kind)).not.toContain('summary');
    const sources = doc.sections.find((s) => s.kind === 'sources')!;
    expect(sources.children.map((c) => c.sourceId)).toEqual(['S1', 'S2']);
    const paras = sources.children[0].blocks.filter((b) => b.type === 'sourceParagraph');
    expect(paras.map((p) => p.type === 'sourceParagraph' && p.anchor)).toEqual(['src-S1-p1', 'src-S1-p2']);
  });

  it('marks the quoted paragraphs with the discrepancy footnote, numbered in reading order', () => {
    const refs = allInlines(doc).filter((i) => i.type === 'noteRef');
    expect(refs.length).toBeGreaterThanOrEqual(2);
    expect(doc.footnotes['fn-D1'].number).toBe(1);
    const note = doc.footnotes['fn-D1'].content.map((b) => (b.type === 'paragraph' ? inlineText(b.content) : '')).join(' ');
    expect(note).toContain('At least 40 people died');
    expect(note).toContain('S2 ¶1');
  });

  it('keeps only http(s) and mailto links; other targets keep their text but lose the link', () => {
    const links = allInlines(doc).filter((i) => i.type === 'link');
    expect(links.map((l) => l.type === 'link' && l.href)).toEqual(['https://example.org/map']);
    const p2 = doc.sections.find((s) => s.kind === 'sources')!.children[0].blocks.find((b) => b.type === 'sourceParagraph' && b.number === 2)!;
    expect(p2.type === 'sourceParagraph' && inlineText(p2.content)).toContain('a local file');
  });

  it('dates the dossier from the newest article and derives a stable identifier from the content', () => {
    expect(doc.meta.date).toBe('2023-02-08');
    const again = composeDossier({ settings, articles, analysis: analysis(), theme }, { today: new Date() });
    expect(again.meta.identifier).toBe(doc.meta.identifier);
    expect(doc.meta.identifier).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const other = composeDossier({ settings, articles: articles.slice(0, 1), analysis: analysis(), theme }, { today: new Date() });
    expect(other.meta.identifier).not.toBe(doc.meta.identifier);
  });

  it('drops references to notes that do not exist', () => {
    const a = analysis();
    a.discrepancies = [];
    const d = composeDossier({ settings, articles, analysis: a, theme }, { today: new Date() });
    expect(allInlines(d).filter((i) => i.type === 'noteRef')).toHaveLength(0);
    expect(Object.keys(d.footnotes)).toHaveLength(0);
  });
});

describe('discrepancy footnotes with many sources', () => {
  it('quote a few statements, cite more by ¶ and count the rest', async () => {
    const { discrepancyFootnote } = await import('../../src/model/compose/discrepancies.js');
    const statements = Array.from({ length: 100 }, (_, i) => ({ source: `S${i + 1}`, quote: 'At least 40 people died', paragraph: 1, start: 0 }));
    const blocks = discrepancyFootnote({ id: 'D1', kind: 'figure', finding: { rule: 'curated' }, about: 'people killed', note: 'n', statements }, [], EN.wording);
    const textOf = blocks.map((b) => (b.type === 'paragraph' ? inlineText(b.content) : '')).join('\n');
    expect((textOf.match(/At least 40 people died/g) ?? []).length).toBe(8);
    expect(textOf).toContain('S9 ¶1');
    expect(textOf).toContain('S32 ¶1');
    expect(textOf).not.toContain('S33 ¶1');
    expect(textOf).toMatch(/and 68 more\.$/);
  });
});

describe('a table in a source text', () => {
  it('reads in the dossier as the article text the analysis quotes: cells joined one way (they were " " there and " | " here)', () => {
    const withTable = parseArticle('S1', 'articles/01.md', '---\ntitle: T\n---\n| District | Houses lost |\n|---|---|\n| North | 40 |\n');
    const p = withTable.paragraphs[0];
    const doc = composeDossier({ settings, articles: [withTable], analysis: { ...analysis(), discrepancies: [] }, theme }, { today: new Date() });
    const shown = doc.sections.find((s) => s.kind === 'sources')!.children[0].blocks.find((b) => b.type === 'sourceParagraph')!;
    expect(shown.type === 'sourceParagraph' && inlineText(shown.content)).toBe(p.text);
    expect(p.text).toContain('North | 40');
  });
});

describe('key figures legend', () => {
  it('keeps each agreement sign with its word ("≠ conflict" never breaks after the sign)', () => {
    const withFigures = analysis();
    withFigures.figures = [{
      id: 'F1', label: 'people killed', agreement: 'conflicting', range: { low: 40, high: 52 },
      values: [{ source: 'S1', value: 40, qualifier: 'at least', quote: 'At least 40 people died', paragraph: 1 }, { source: 'S2', value: 52, qualifier: null, quote: 'The toll rose to 52', paragraph: 1 }],
    }];
    const doc = composeDossier({ settings, articles, analysis: withFigures, theme }, { today: new Date(Date.UTC(2030, 0, 1)) });
    const figures = doc.sections.find((s) => s.kind === 'figures')!;
    const legend = figures.blocks.filter((b) => b.type === 'paragraph').map((b) => ('content' in b && Array.isArray(b.content) ? inlineText(b.content) : '')).find((t) => t.includes('conflict'))!;
    for (const sign of [theme.agreement.consistent.symbol, theme.agreement.conflicting.symbol, theme.agreement['single-source'].symbol]) {
      expect(legend).toContain(`(${sign}`);
      expect(legend).not.toContain(`(${sign} `);
    }
  });
});

describe('an actor quoted in the same words by two sources', () => {
  it('shows the quote once, citing both, and counts it once', () => {
    const a = analysis();
    const quote = 'A statement from the store said damage to the building had been extensive.';
    a.actors = [{
      id: 'A1', name: 'Norvale Market', kind: 'organisation', role: null, aliases: [], sources: ['S1', 'S2'], mentions: 3,
      statements: [{ source: 'S1', quote, paragraph: 1, start: 0 }, { source: 'S2', quote: quote.replace(' the building', '  the building'), paragraph: 1, start: 0 },
        { source: 'S2', quote: 'The store would be rebuilt, it said.', paragraph: 1, start: 0 }],
    }];
    const d = composeDossier({ settings, articles, analysis: a, theme }, { today: new Date() });
    const profile = d.sections.find((s) => s.kind === 'actors')!.blocks[0];
    const list = profile.type === 'profile' ? profile.children.find((b) => b.type === 'list') : undefined;
    const items = list?.type === 'list' ? list.items.map((it) => it.map((b) => (b.type === 'paragraph' ? inlineText(b.content) : '')).join('')) : [];
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('(S1 ¶1, S2 ¶1)');
    expect(items.filter((t) => t.includes('damage to the building'))).toHaveLength(1);
  });
});
