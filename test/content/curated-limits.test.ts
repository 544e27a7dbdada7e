// Curated overrides that made the analysis wrong or endless: a rename giving two actors one name, and
// 200,000 aliases (past 150 s: each was compared with every other, then searched in every paragraph).
import { describe, expect, it } from 'vitest';
import { applyCurated } from '../../src/analysis/curated/index.js';
import type { Analysis } from '../../src/analysis/types.js';
import { DossierError } from '../../src/core/diagnostics.js';
import { makeArticles } from '../analysis/articleFixture.js';

const articles = makeArticles(['Governor Ana Ruiz said the river rose.'], ['Mayor Ben Osei said 40 people were rescued.']);
const analysis = (): Analysis => ({
  sources: articles.map((a) => ({ id: a.id, path: a.path, title: a.meta.title, outlet: null, date: null })),
  summary: [], figures: [], discrepancies: [],
  actors: [
    { id: 'A1', name: 'Ana Ruiz', kind: 'person', role: 'Governor', aliases: [], sources: ['S1'], mentions: 1, statements: [] },
    { id: 'A2', name: 'Ben Osei', kind: 'person', role: 'Mayor', aliases: ['B. Osei'], sources: ['S2'], mentions: 1, statements: [] },
  ],
});

function failure(yaml: string) {
  try {
    applyCurated(analysis(), [{ path: 'curated.yml', text: yaml }], articles);
  } catch (e) {
    expect(e).toBeInstanceOf(DossierError);
    return (e as DossierError).diagnostics[0];
  }
  throw new Error('expected a DossierError');
}

describe('curated actor limits', () => {
  it.each(['Ben Osei', 'b. osei'])('renaming an actor to another actor\'s spelling (%s) is an error at the line', (name) => {
    const d = failure(`actors:\n  - match: Ana Ruiz\n    name: ${name}\n`);
    expect(d).toMatchObject({ file: 'curated.yml', line: 3, message: expect.stringMatching(/another actor \(A2, "Ben Osei"\) is already called/) });
    expect(d.hint).toMatch(/merge/);
  });

  it('renaming with a merge of that actor is fine', () => {
    const out = applyCurated(analysis(), [{ path: 'curated.yml', text: 'actors:\n  - match: Ana Ruiz\n    merge: [Ben Osei]\n    name: Ben Osei\n' }], articles);
    expect(out.actors.map((a) => a.name)).toEqual(['Ben Osei']);
  });

  it('more than 1,000 aliases for one actor is an error at the line', () => {
    const aliases = Array.from({ length: 200_000 }, (_, i) => `Alias ${i}`).join(', ');
    const d = failure(`actors:\n  - match: Ana Ruiz\n    aliases: [${aliases}]\n`);
    expect(d).toMatchObject({ file: 'curated.yml', line: 3, message: expect.stringMatching(/at most 1,000 spellings/) });
  });

  it('1,000 aliases, duplicates among them, are kept once each', () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `Alias ${i % 500}`).join(', ');
    const out = applyCurated(analysis(), [{ path: 'curated.yml', text: `actors:\n  - match: Ana Ruiz\n    aliases: [${aliases}]\n` }], articles);
    expect(out.actors[0].aliases).toHaveLength(500);
  });
});
