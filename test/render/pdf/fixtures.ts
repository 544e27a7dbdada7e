// Test fixtures for the PDF writer: the shared sample document stretched so a figures table spans pages
// and one footnote is too long for a single page (invented text).
import type { Block, DossierDocument, Inline } from '../../../src/model/document.js';
import { sampleDocument } from '../../fixtures/sampleDocument.js';

export const LONG_NOTE = 'fn-long';
/** Paragraph of the long note: numbered so each can be found in the page text. */
export const longNoteParagraph = (i: number) =>
  `Note paragraph ${i + 1}: the gauge readings were revised twice during the night as new measurements arrived from upstream stations.`;

export function stretchedDocument(): DossierDocument {
  const doc = sampleDocument(14);
  const table = doc.sections.find((s) => s.kind === 'figures')!.blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table')!;
  // Three times as many rows: the table has to continue on further pages.
  table.rows = [0, 1, 2].flatMap((k) => table.rows.map((row, i) => (i === 0 && k === 0 ? row : [
    { ...row[0], content: [{ type: 'text', text: `figure ${k * table.rows.length + i + 1}` } as Inline] }, ...row.slice(1)])));
  doc.footnotes[LONG_NOTE] = {
    id: LONG_NOTE, number: 3, anchor: LONG_NOTE, kind: 'note',
    content: Array.from({ length: 40 }, (_, i): Block => ({ type: 'paragraph', content: [{ type: 'text', text: longNoteParagraph(i) }] })),
  };
  // Many profiles: some fall near a page foot, where a title must move on with its profile.
  const actors = doc.sections.find((s) => s.kind === 'actors')!;
  const profile = actors.blocks[0] as Extract<Block, { type: 'profile' }>;
  actors.blocks = Array.from({ length: 16 }, (_, i): Block => ({ ...profile, anchor: `actor-A${i + 1}`, title: [{ type: 'text', text: `Official number ${i + 1}` }] }));
  const s1 = doc.sections.find((s) => s.kind === 'sources')!.children[0];
  const p5 = s1.blocks.find((b) => b.type === 'sourceParagraph' && b.number === 5) as Extract<Block, { type: 'sourceParagraph' }>;
  p5.content = [...p5.content, { type: 'noteRef', noteId: LONG_NOTE }];
  return doc;
}
