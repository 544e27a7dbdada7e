// Citation compaction: long citation runs shortened in the text, complete in a note.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { parseArticle } from '../../src/content/article.js';
import { parseSettings } from '../../src/content/settings.js';
import { inlineText } from '../../src/model/document.js';
import { MAX_INLINE_CITATIONS, paragraphCitations, sourceList } from '../../src/model/compose/citations.js';
import { composeDossier } from '../../src/model/compose/index.js';
import { loadTheme } from '../../src/style/theme.js';
import { EN } from '../../src/model/lang/en.js';

const ids = Array.from({ length: 40 }, (_, i) => `S${i + 1}`);

describe('citation compaction', () => {
  it('reads runs of three or more consecutive sources as a range', () => {
    expect(inlineText(sourceList(ids, ids))).toBe('S1–S40');
    expect(inlineText(sourceList(['S7', 'S1', 'S2', 'S3', 'S5', 'S6'], ids))).toBe('S1–S3, S5–S7');
    expect(inlineText(sourceList(['S2', 'S4'], ids))).toBe('S2, S4');
  });

  it('lists a few paragraphs and puts the full list in one note', () => {
    const notes = new Map();
    const cites = ids.map((source, i) => ({ source, paragraph: i + 2 }));
    const text = inlineText(paragraphCitations(cites, notes, EN.wording));
    expect(text).toBe(`S1 ¶2, S2 ¶3, S3 ¶4 and ${40 - MAX_INLINE_CITATIONS} other paragraphs`);
    expect(notes.size).toBe(1);
    const [note] = [...notes.values()];
    const full = note.content.map((b: { content: Parameters<typeof inlineText>[0] }) => inlineText(b.content)).join(' ');
    for (const c of cites) expect(full).toContain(`${c.source} ¶${c.paragraph}`);
    // The same list again shares the note.
    paragraphCitations(cites, notes, EN.wording);
    expect(notes.size).toBe(1);
    expect(inlineText(paragraphCitations(cites.slice(0, 4), notes, EN.wording))).toBe('S1 ¶2, S2 ¶3, S3 ¶4, S4 ¶5');
  });

  it('gives a summary line citing 40 paragraphs its note, numbered with the others', () => {
    const articles = ids.map((id, i) => parseArticle(id, `articles/${i}.md`, `---\ntitle: Report ${i}\n---\nOne.\n\nTwo.\n`));
    const analysis: Analysis = {
      sources: [], figures: [], actors: [], discrepancies: [],
      summary: [{ text: 'Everyone agrees.', sources: ids, citations: ids.map((source) => ({ source, paragraph: 2 })) }],
    };
    const doc = composeDossier({ settings: parseSettings('title: T\n', 'dossier.yml'), articles, analysis, theme: loadTheme() }, { today: new Date(0) });
    const summary = doc.sections.find((s) => s.kind === 'summary')!;
    const line = JSON.stringify(summary.blocks);
    expect(line).toContain('and 37 other paragraphs');
    expect(line.match(/"sourceRef"/g)).toHaveLength(3);
    const notes = Object.values(doc.footnotes);
    expect(notes).toHaveLength(1);
    expect(notes[0].number).toBe(1);
    expect(JSON.stringify(notes[0].content).match(/"sourceRef"/g)).toHaveLength(40);
  });
});
