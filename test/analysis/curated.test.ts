// Curated overrides: each kind of override, and mistakes reported with file and line.
import { describe, expect, it } from 'vitest';
import { applyCurated } from '../../src/analysis/curated/index.js';
import type { Analysis } from '../../src/analysis/types.js';
import { DossierError } from '../../src/core/diagnostics.js';
import { makeArticles } from './articleFixture.js';
import { EN } from '../../src/model/lang/en.js';
import { wordDiscrepancy } from '../../src/model/terms.js';

const articles = makeArticles(
  ['Governor Maria Schäfer said every bridge would be rebuilt.', 'At least 42 people died, the Red Cross said.'],
  ['Governor Maria Schaefer said 40 people had died.', 'The regional relief agency THW sent 300 helpers.', 'Share on Facebook: Chef Tim Mälzer’s favourite soup.'],
);

function base(): Analysis {
  return {
    sources: articles.map((a) => ({ id: a.id, path: a.path, title: a.meta.title, outlet: null, date: null })),
    summary: [{ text: 'At least 42 people died, the Red Cross said.', sources: ['S1'], origin: { source: 'S1', paragraph: 2 }, citations: [{ source: 'S1', paragraph: 2 }] }],
    figures: [
      { id: 'F1', label: 'people killed', agreement: 'conflicting', discrepancy: 'D1', values: [
        { source: 'S1', value: 42, qualifier: 'at least', quote: 'At least 42 people died', paragraph: 2 },
        { source: 'S2', value: 40, qualifier: null, quote: '40 people had died', paragraph: 1 }] },
      { id: 'F2', label: 'helpers sent', agreement: 'single-source', values: [{ source: 'S2', value: 300, qualifier: null, quote: '300 helpers', paragraph: 2 }] },
    ],
    actors: [
      { id: 'A1', name: 'Maria Schäfer', kind: 'person', role: 'Governor', aliases: [], sources: ['S1'], mentions: 1, statements: [] },
      { id: 'A2', name: 'Maria Schaefer', kind: 'person', role: 'Governor', aliases: [], sources: ['S2'], mentions: 1, statements: [] },
      { id: 'A3', name: 'Tim Mälzer', kind: 'person', role: 'Chef', aliases: [], sources: ['S2'], mentions: 1 },
      { id: 'A4', name: 'THW', kind: 'organisation', role: null, aliases: [], sources: ['S2'], mentions: 1 },
    ],
    discrepancies: [{ id: 'D1', kind: 'figure', finding: { rule: 'curated' }, about: 'people killed', note: '42 against 40.', statements: [
      { source: 'S1', quote: 'At least 42 people died', paragraph: 2 }, { source: 'S2', quote: '40 people had died', paragraph: 1 }] }],
  };
}

const apply = (yaml: string, analysis = base()) => applyCurated(analysis, [{ path: 'curated.yml', text: yaml }], articles);

function errorOf(yaml: string): { message: string; file?: string; line?: number } {
  try {
    apply(yaml);
  } catch (e) {
    if (e instanceof DossierError) return e.diagnostics[0];
    throw e;
  }
  throw new Error('expected a DossierError');
}

describe('applyCurated', () => {
  it('changes nothing without files, and does not mutate its input', () => {
    const a = base();
    expect(applyCurated(a, [], articles)).toEqual(a);
    apply('actors:\n  - match: THW\n    suppress: true\n', a);
    expect(a.actors).toHaveLength(4);
  });

  it('merges actors, renames, sets the role, and marks the result curated', () => {
    const out = apply([
      'actors:',
      '  - match: Maria Schaefer',
      '    merge: [Maria Schäfer]',
      '    name: Maria Schäfer',
      '    role: Governor of the region',
      '  - match: THW',
      '    name: Federal Agency for Technical Relief',
      '    kind: organisation',
      '    aliases: [Technisches Hilfswerk]',
    ].join('\n'));
    const maria = out.actors.find((a) => a.name === 'Maria Schäfer')!;
    expect(maria.aliases).toEqual(['Maria Schaefer']);
    expect(maria.sources).toEqual(['S1', 'S2']);
    expect(maria.mentions).toBe(2);
    expect(maria.role).toBe('Governor of the region');
    expect(maria.curated).toBe(true);
    expect(out.actors.filter((a) => a.name.startsWith('Maria'))).toHaveLength(1);
    const thw = out.actors.find((a) => a.id === 'A4')!;
    expect(thw.name).toBe('Federal Agency for Technical Relief');
    expect(thw.aliases).toEqual(['THW', 'Technisches Hilfswerk']);
  });

  it('joins the name discrepancies of merged actors into one note', () => {
    const a = base();
    a.actors[0].discrepancy = 'D2';
    a.actors[1].discrepancy = 'D3';
    a.discrepancies.push(
      { id: 'D2', kind: 'name', finding: { rule: 'curated' }, about: 'spelling A', note: '', statements: [{ source: 'S1', quote: 'Maria Schäfer', paragraph: 1 }] },
      { id: 'D3', kind: 'name', finding: { rule: 'curated' }, about: 'spelling B', note: '', statements: [{ source: 'S2', quote: 'Maria Schaefer', paragraph: 1 }] },
    );
    const out = apply('actors:\n  - match: Maria Schäfer\n    merge: [Maria Schaefer]\n', a);
    expect(out.discrepancies.map((d) => d.id)).toEqual(['D1', 'D2']);
    expect(out.discrepancies[1].statements.map((s) => s.quote)).toEqual(['Maria Schäfer', 'Maria Schaefer']);
    expect(out.actors.find((x) => x.name === 'Maria Schäfer')!.discrepancy).toBe('D2');
  });

  it('suppresses a false actor and adds a missed one with a located statement', () => {
    const out = apply([
      'actors:',
      '  - match: Tim Mälzer',
      '    suppress: true',
      '  - name: Red Cross',
      '    kind: organisation',
      '    statements:',
      '      - source: S1',
      '        quote: At least 42 people died, the Red Cross said.',
    ].join('\n'));
    expect(out.actors.map((a) => a.name)).not.toContain('Tim Mälzer');
    const rc = out.actors.find((a) => a.name === 'Red Cross')!;
    expect(rc).toMatchObject({ kind: 'organisation', sources: ['S1'], mentions: 1, curated: true });
    expect(rc.statements).toEqual([{ source: 'S1', quote: 'At least 42 people died, the Red Cross said.', paragraph: 2, start: 0 }]);
  });

  it('names a discrepancy by its subject as the dossier words it (the finding is data; the caller words it)', () => {
    const a = base();
    a.discrepancies[0] = { ...a.discrepancies[0], finding: { rule: 'figureConflict', label: 'people killed', measured: false, amounts: [], otherAmounts: 0, selfContradicting: [] } };
    delete a.discrepancies[0].about;
    const yaml = [{ path: 'curated.yml', text: 'discrepancies:\n  - match: Number of people killed\n    note: Both counts are official.\n' }];
    const out = applyCurated(a, yaml, articles, (d) => wordDiscrepancy(d, EN.wording).about);
    expect(out.discrepancies[0]).toMatchObject({ note: 'Both counts are official.', curated: true });
    expect(() => applyCurated(a, yaml, articles)).toThrow(/no discrepancy has the id or subject/);
  });

  it('suppresses a figure by label and a discrepancy by id, dropping references to it', () => {
    const out = apply('figures:\n  - match: helpers sent\n    suppress: true\ndiscrepancies:\n  - match: D1\n    suppress: true\n');
    expect(out.figures.map((f) => f.id)).toEqual(['F1']);
    expect(out.discrepancies).toEqual([]);
    expect(out.figures[0].discrepancy).toBeUndefined();
  });

  it('adds a discrepancy with ¶ found from the quotes, and notes it on the summary sentence that quotes it', () => {
    const out = apply([
      'discrepancies:',
      '  - kind: claim',
      '    about: who reported the toll',
      '    note: S1 credits the Red Cross; S2 the governor.',
      '    statements:',
      '      - {source: S1, quote: "the Red Cross said"}',
      '      - {source: articles/02-test.md, quote: "Governor Maria Schaefer said 40 people had died."}',
    ].join('\n'));
    const d = out.discrepancies.find((x) => x.curated)!;
    expect(d.id).toBe('D2');
    expect(d.statements).toEqual([
      // where each quote stands in its ¶, so compose never searches for it
      { source: 'S1', quote: 'the Red Cross said', paragraph: 2, start: 'At least 42 people died, '.length },
      { source: 'S2', quote: 'Governor Maria Schaefer said 40 people had died.', paragraph: 1, start: 0 },
    ]);
    expect(out.summary[0].discrepancies).toEqual(['D2']);
  });

  it('replaces the summary, citing the ¶ where a sentence is quoted verbatim', () => {
    const out = apply('summary:\n  - text: The regional relief agency THW sent 300 helpers.\n    sources: [S2]\n  - text: Floods hit the region.\n    sources: [S1, S2]\n');
    expect(out.summary).toEqual([
      { text: 'The regional relief agency THW sent 300 helpers.', sources: ['S2'], origin: { source: 'S2', paragraph: 2 }, citations: [{ source: 'S2', paragraph: 2 }], curated: true },
      { text: 'Floods hit the region.', sources: ['S1', 'S2'], curated: true },
    ]);
  });
});

describe('curated mistakes name the file and line', () => {
  it('a quote that is not in its source', () => {
    const e = errorOf('discrepancies:\n  - kind: claim\n    about: x\n    statements:\n      - source: S2\n        quote: not in the text\n');
    expect(e).toMatchObject({ file: 'curated.yml', line: 6 });
    expect(e.message).toMatch(/quote not found in S2/);
  });

  it('an actor the engine did not find', () => {
    const e = errorOf('actors:\n  - match: THW\n    role: relief agency\n  - match: Nobody Known\n    role: x\n');
    expect(e).toMatchObject({ file: 'curated.yml', line: 4 });
    expect(e.message).toMatch(/no extracted actor is spelled "Nobody Known"/);
  });

  it('an unknown key', () => {
    const e = errorOf('actors:\n  - match: THW\n    rol: relief agency\n');
    expect(e).toMatchObject({ line: 3 });
    expect(e.message).toMatch(/unknown key "rol"/);
  });

  it('an unknown source', () => {
    const e = errorOf('summary:\n  - text: x\n    sources: [S1, S9]\n');
    expect(e).toMatchObject({ line: 3 });
    expect(e.message).toMatch(/unknown source "S9"/);
  });

  it('a new discrepancy without statements, and invalid YAML', () => {
    expect(errorOf('discrepancies:\n  - kind: claim\n    about: x\n')).toMatchObject({ line: 2 });
    expect(errorOf('actors:\n  - match: [unclosed\n')).toMatchObject({ file: 'curated.yml', line: expect.any(Number) });
  });
});

describe('docs/curated.md', () => {
  it('shows only examples the schema accepts', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { parseCurated } = await import('../../src/analysis/curated/parse.js');
    const md = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'curated.md'), 'utf8');
    const blocks = [...md.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const b of blocks) expect(() => parseCurated('curated.md', b)).not.toThrow();
    expect(() => parseCurated('curated.yml', readFileSync(join(import.meta.dirname, '..', '..', 'content', 'curated.yml'), 'utf8'))).not.toThrow();
  });
});
