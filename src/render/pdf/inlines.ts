// PDF writer, inline flattening: turns the model's nested inlines into styled runs (emphasis, strong,
// links, note markers as superscripts, source citations as links) for the line breaker.
import { type DossierDocument, type Inline, assertNever } from '../../model/document.js';
import type { Theme } from '../../style/theme.js';
import { type Face, styleOf } from './fonts.js';
import type { LinkTarget, Run, TextStyle } from './types.js';

/** Stand-in text of a note marker while lines are broken. */
export const MARKER_DIGIT = '0';

export interface InlineContext {
  face: Face;
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
}

export function flattenInlines(inlines: Inline[], ctx: InlineContext, doc: DossierDocument, theme: Theme): Run[] {
  const runs: Run[] = [];
  const styleFor = (c: InlineContext, color = c.color): TextStyle => ({
    font: { face: c.face, style: styleOf(!!c.bold, !!c.italic) }, size: c.size, color,
  });
  const walk = (list: Inline[], c: InlineContext, link?: LinkTarget): void => {
    for (const i of list) {
      switch (i.type) {
        case 'text':
        case 'code':
          runs.push({ text: i.text, style: styleFor(c, link ? theme.colors.accent : c.color), link });
          break;
        case 'emphasis':
          walk(i.children, { ...c, italic: !c.italic }, link);
          break;
        case 'strong':
          walk(i.children, { ...c, bold: true }, link);
          break;
        case 'lineBreak':
          runs.push({ text: '', style: styleFor(c), forcedBreak: true });
          break;
        case 'link':
          walk(i.children, c, { url: i.href });
          break;
        case 'internalLink':
          walk(i.children, c, { dest: i.target });
          break;
        case 'noteRef': {
          const note = doc.footnotes[i.noteId];
          if (!note) break;
          const size = c.size * theme.print.superscriptScale;
          const rise = c.size * theme.print.superscriptRise;
          // Two markers in a row read as one number ("12"): separate them.
          if (runs[runs.length - 1]?.noteId) runs.push({ text: ',', style: { font: { face: c.face, style: 'regular' }, size, color: c.color, rise } });
          runs.push({
            // Painted as its number on the page (Flow.markerText: 1, 2…), so measured as one digit (the
            // body face's figures are tabular): measured as the dossier-wide "18", a marker painted "1"
            // left a gap after it like a 3.9 × word space.
            text: MARKER_DIGIT,
            style: { font: { face: c.face, style: 'regular' }, size, color: theme.colors.accent, rise },
            link: { dest: note.anchor }, noteId: note.id,
          });
          break;
        }
        case 'sourceRef':
          // A citation ("S2 ¶4") is never split across lines.
          runs.push({ text: i.label.replace(/ /g, '\u00a0'), style: styleFor(c, theme.colors.accent), link: i.target ? { dest: i.target } : undefined });
          break;
        default:
          assertNever(i);
      }
    }
  };
  walk(inlines, ctx);
  return runs;
}
