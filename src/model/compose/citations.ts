// Model stage: citation compaction. At 40 sources a line citing every supporting paragraph would run to
// three or four lines of "S1 ¶10, S3 ¶7 …": runs of whole sources read as ranges ("S1–S40") and long
// paragraph lists keep their first few and name the rest in a note ("S1 ¶10 and 24 other paragraphs"),
// so the text stays readable and nothing is lost (the JSON keeps every citation).
import { createHash } from 'node:crypto';
import type { Footnote, Inline } from '../document.js';
import type { Wording } from '../terms.js';
import { citeParagraph, citeSource, noteRef, para, text } from './context.js';

/** Paragraph citations shown in the text before the rest go to a note. */
export const MAX_INLINE_CITATIONS = 3;

export type NoteSink = Map<string, Omit<Footnote, 'number'>>;

/** "S1–S4, S7": sources in dossier order, runs of three or more consecutive sources as one range. */
export function sourceList(ids: string[], order: string[]): Inline[] {
  const index = new Map(order.map((id, i) => [id, i]));
  const sorted = [...new Set(ids)].sort((a, b) => (index.get(a) ?? 1e9) - (index.get(b) ?? 1e9));
  const out: Inline[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && index.get(sorted[j + 1]) !== undefined && index.get(sorted[j + 1]) === (index.get(sorted[j]) ?? -2) + 1) j++;
    if (out.length) out.push(text(', '));
    if (j - i >= 2) {
      // The range links to its first source; the chapter list follows in reading order from there.
      out.push({ type: 'sourceRef', sourceId: sorted[i], label: `${sorted[i]}–${sorted[j]}` });
      i = j + 1;
    } else {
      out.push(citeSource(sorted[i]));
      i++;
    }
  }
  return out;
}

/**
 * "S1 ¶10, S3 ¶7" — or, past MAX_INLINE_CITATIONS + 1, "S1 ¶10, S3 ¶7, S4 ¶2 and 24 other paragraphs"
 * with a note listing all of them. The note id is derived from the list, so equal lists share a note.
 */
export function paragraphCitations(cites: { source: string; paragraph: number }[], notes: NoteSink, words: Wording): Inline[] {
  const join = (cs: typeof cites): Inline[] => cs.flatMap((c, i) => (i ? [text(', '), citeParagraph(c.source, c.paragraph)] : [citeParagraph(c.source, c.paragraph)]));
  if (cites.length <= MAX_INLINE_CITATIONS + 1) return join(cites);
  const id = `fn-cites-${createHash('sha1').update(cites.map((c) => `${c.source}.${c.paragraph}`).join(' ')).digest('hex').slice(0, 10)}`;
  if (!notes.has(id)) {
    notes.set(id, { id, anchor: id, kind: 'note', title: words.citedParagraphsTitle(cites.length), content: [para([text(words.allParagraphsCited(cites.length)), ...join(cites), text('.')], 'small')] });
  }
  const rest = cites.length - MAX_INLINE_CITATIONS;
  return [...join(cites.slice(0, MAX_INLINE_CITATIONS)), text(words.otherParagraphs(rest)), noteRef(id)];
}
