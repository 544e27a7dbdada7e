// Ingest stage: the article container's DOM → blocks of text, read the way a browser's innerText
// reads it: block elements start a new line, <br> breaks one, hidden and non-text elements are skipped.
// Lists and tables inside the article stay content; no line-joining guesswork is needed.

import { CELL_SEPARATOR } from '../../tableText.js';

/** The DOM surface we read (linkedom's nodes satisfy it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

export interface HtmlBlock {
  as: 'paragraph' | 'heading';
  text: string;
  /** Characters of `text` (before whitespace is collapsed) that are link text: an index page's blocks are mostly links. */
  linked: number;
}

const BLOCK = new Set(('ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DETAILS DIALOG DIR DIV DL DT FIELDSET ' +
  'FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN MENU NAV OL P PRE SECTION SUMMARY ' +
  'TABLE TBODY TFOOT THEAD TR UL').split(' '));
const HEADING = /^H[1-6]$/;
const SKIP = new Set(('SCRIPT STYLE NOSCRIPT TEMPLATE IMG PICTURE SOURCE SVG MATH IFRAME OBJECT EMBED VIDEO AUDIO CANVAS ' +
  'INPUT SELECT TEXTAREA BUTTON OPTION HEAD TITLE META LINK').split(' '));
const CELL = new Set(['TD', 'TH']);

export function blocksOf(root: DomNode): HtmlBlock[] {
  const out: HtmlBlock[] = [];
  let line = '';
  let heading = 0; // depth inside h1–h6
  let pre = 0;
  let lineIsHeading = false;
  let link = 0; // depth inside <a href>
  let linked = 0;
  let caption = 0; // depth inside <figcaption>

  const flush = (): void => {
    const text = (pre ? line : line.replace(/\s+/g, ' ')).trim();
    if (text) out.push({ as: lineIsHeading ? 'heading' : 'paragraph', text, linked: Math.min(linked, text.length) });
    line = '';
    lineIsHeading = false;
    linked = 0;
  };
  const append = (s: string): void => {
    if (!line.trim() && !s.trim()) return;
    if (!line.trim()) lineIsHeading = heading > 0;
    line += s;
    if (link) linked += s.trim().length;
  };

  const walk = (node: DomNode, depth: number): void => {
    if (depth > 500) return; // pathological nesting: the rest of that branch is not article text
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      if (pre) t.split('\n').forEach((part, i) => { if (i) flush(); append(part); });
      else append(t);
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || hidden(node)) return;
    if (caption && photoCredit(node)) return;
    if (name === 'BR') { flush(); return; }
    const block = BLOCK.has(name);
    if (block) flush();
    // A link to another page; "#section" anchors (a table of contents, a heading's permalink) stay in the page.
    const href = name === 'A' ? node.getAttribute?.('href')?.trim() : undefined;
    const isLink = !!href && !href.startsWith('#');
    if (HEADING.test(name)) heading++;
    if (name === 'PRE') pre++;
    if (name === 'FIGCAPTION') caption++;
    if (isLink) link++;
    if (CELL.has(name) && line.trim()) append(CELL_SEPARATOR);
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i], depth + 1);
    if (HEADING.test(name)) heading--;
    if (name === 'PRE') pre--;
    if (name === 'FIGCAPTION') caption--;
    if (isLink) link--;
    if (block) flush();
  };
  walk(root, 0);
  flush();
  return out;
}

/**
 * A photo credit inside a caption ("Credit Chang W. Lee/The Daily", "Photo: Reuters"), marked as the
 * copyright holder or the credit, or opening with the word: the caption is the report's, the credit is
 * furniture (it ran into the caption as "…underground.CreditCreditChang W. Lee/…").
 */
function photoCredit(node: DomNode): boolean {
  const attr = (n: string): string => node.getAttribute?.(n) ?? '';
  if (/\b(?:copyrightHolder|creator)\b/.test(attr('itemprop')) || /\bcredit\b/i.test(attr('class'))) return true;
  const text = (node.textContent ?? '').trim();
  return text.length <= 120 && /^(?:credits?|photo(?:graph)?s?|image|picture|foto|bild)\b\s*[:/|-]?/i.test(text) && !/[.!?]\s+\p{Lu}/u.test(text);
}

function hidden(node: DomNode): boolean {
  const attr = (n: string): string | null => node.getAttribute?.(n) ?? null;
  if (attr('hidden') !== null) return true;
  const style = attr('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}
