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
  const fit = (text: string, s: TextStyle) => truncate(text, half, (t) => breaker.width(t, s));
  pages.forEach((page, i) => {
    // Odd pages (index even) bind on the left: inner = left, outer = right.
    const recto = i % 2 === 0;
    const inner = recto ? 0 : geo.width;
    const outer = recto ? geo.width : 0;
    const put = (text: string, s: TextStyle, x: number, y: number) =>
      page.ops.push({ op: 'text', x, y, text, style: s, artifact: 'Pagination', alignRight: x > 0 });
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

/** Shortens text with an ellipsis so it fits `width`; a quotation cut open is closed after the ellipsis. */
export function truncate(text: string, width: number, measure: (t: string) => number): string {
  if (measure(text) <= width) return text;
  let words = text.split(' ');
  const cut = () => closeQuotes(`${words.join(' ').replace(/[\s,;:.—–-]+$/u, '')}…`);
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
