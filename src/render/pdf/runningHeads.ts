// PDF writer, running heads: dossier title and section above the text, handling line and "Page X of Y"
// below, as pagination artifacts; the outer side of a page carries the section and the page number.
import type { DossierDocument } from '../../model/document.js';
import { fillTerm } from '../../model/terms.js';
import type { Theme } from '../../style/theme.js';
import type { LineBreaker } from './linebreak.js';
import type { Geometry } from './page.js';
import type { PageBox, TextStyle } from './types.js';

export function addRunningHeads(pages: PageBox[], doc: DossierDocument, theme: Theme, geo: Geometry, breaker: LineBreaker): void {
  const style: TextStyle = { font: { face: 'heading', style: 'regular' }, size: theme.sizes.runningHead, color: theme.colors.muted };
  const strong: TextStyle = { ...style, font: { face: 'heading', style: 'bold' } };
  const gap = theme.print.runningHeadGap;
  const half = geo.width / 2 - gap;
  // Set as a line is, so that characters the heading face lacks (a Chinese title) come from the
  // fallback faces instead of painting as empty boxes.
  // Neighbouring pieces in one face are one piece: ragged text keeps its natural spaces, so they paint alike.
  const set = (text: string, s: TextStyle) => {
    const out: { x: number; width: number; text: string; style: TextStyle }[] = [];
    for (const p of breaker.breakRuns([{ text, style: s }], { width: Number.MAX_SAFE_INTEGER, justify: false, base: s })[0]?.pieces ?? []) {
      const last = out[out.length - 1];
      if (last && sameFace(last.style, p.style)) { last.text += p.text; last.width = p.x + p.width - last.x; } else out.push({ x: p.x, width: p.width, text: p.text, style: p.style });
    }
    return out;
  };
  const widthOf = (text: string, s: TextStyle) => set(text, s).reduce((w, p) => Math.max(w, p.x + p.width), 0);
  const fit = (text: string, s: TextStyle) => truncate(text, half, (t) => widthOf(t, s));
  pages.forEach((page, i) => {
    // Odd pages (index even) bind on the left: inner = left, outer = right.
    const recto = i % 2 === 0;
    const inner = recto ? 0 : geo.width;
    const outer = recto ? geo.width : 0;
    // The outer side is set flush right: its pieces start at the right edge less their width.
    const put = (text: string, s: TextStyle, x: number, y: number) => {
      const pieces = set(text, s);
      const start = x > 0 ? x - pieces.reduce((w, p) => Math.max(w, p.x + p.width), 0) : x;
      for (const p of pieces) page.ops.push({ op: 'text', x: start + p.x, y, text: p.text, style: p.style, artifact: 'Pagination' });
    };
    if (page.header !== undefined) {
      const y = geo.top - gap;
      // A page of source text says which source and paragraphs it holds ("S3 ¶4–12"), so a citation
      // can be found by leafing; its title takes the inner side.
      const where = page.sources?.map((s) => `${s.id} ¶${s.first}${s.last > s.first ? `–${s.last}` : ''}`).join(' · ');
      put(fit(where ? page.header : doc.meta.title, style), style, inner, y);
      put(fit(where ?? page.header, strong), strong, outer, y);
      page.ops.push({ op: 'line', x1: 0, y1: y + gap / 3, x2: geo.width, y2: y + gap / 3, width: theme.print.ruleWeight, color: theme.colors.rule });
    }
    if (page.footer) {
      const y = geo.bottom + gap + style.size;
      put(fit(doc.meta.handling, strong), strong, inner, y);
      put(fillTerm(doc.terms.pageOfPages, { page: i + 1, pages: pages.length }), style, outer, y);
    }
  });
}

function sameFace(a: TextStyle, b: TextStyle): boolean {
  return a.font.face === b.font.face && a.font.style === b.font.style && a.size === b.size && (a.rise ?? 0) === (b.rise ?? 0);
}

/** Shortens text with an ellipsis so it fits `width`; a quotation cut open is closed after the ellipsis. */
export function truncate(text: string, width: number, measure: (t: string) => number): string {
  if (measure(text) <= width) return text;
  // Text written without spaces (Chinese, Japanese, Thai) is cut between characters, other text between words.
  const spaced = /\s/u.test(text.trim());
  let words = spaced ? text.split(' ') : [...text];
  const glue = spaced ? ' ' : '';
  const cut = () => closeQuotes(`${words.join(glue).replace(/[\s,;:.—–-]+$/u, '')}…`);
  while (words.length > 1 && measure(cut()) > width) words = words.slice(0, -1);
  return cut();
}

/** Adds the closing marks of quotations opened and not closed (“…, ‘…). */
function closeQuotes(s: string): string {
  const count = (re: RegExp) => (s.match(re) ?? []).length;
  let out = s;
  // Single marks: ’ is also the apostrophe, so only an opening ‘ not followed by a ’ counts.
  if (count(/‘/g) > count(/’(?!\p{L})/gu)) out += '’';
  for (let k = count(/“/g) - count(/”/g); k > 0; k--) out += '”';
  const straight = count(/"/g);
  if (straight % 2 === 1) out += '"';
  return out;
}
