// Test helpers for the PDF writer: read a PDF back with pdfjs (text with positions, links, outline) and
// find the command-line checkers (qpdf, pdffonts, pdfinfo).
import { spawnSync } from 'node:child_process';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Theme } from '../../../src/style/theme.js';

export type PdfDoc = Awaited<ReturnType<typeof getDocument>['promise']>;

export interface TextItem {
  str: string;
  x: number;
  /** Baseline, in PDF space (from the bottom of the page). */
  y: number;
  /** Font size. */
  size: number;
  width: number;
}

export interface LinkAnnot {
  dest?: string;
  url?: string;
  rect: number[];
}

export interface ReadPage {
  items: TextItem[];
  text: string;
  links: LinkAnnot[];
  width: number;
  height: number;
}

export interface ReadPdf {
  pdf: PdfDoc;
  pages: ReadPage[];
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: ReadPage[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const it of content.items) if ('str' in it && it.str !== '') items.push({ str: it.str, x: it.transform[4], y: it.transform[5], size: Math.hypot(it.transform[0], it.transform[1]), width: it.width });
    const annots = (await page.getAnnotations()) as { subtype: string; dest?: unknown; url?: string; rect: number[] }[];
    const links = annots.filter((a) => a.subtype === 'Link').map((a) => ({ dest: typeof a.dest === 'string' ? a.dest : undefined, url: a.url, rect: a.rect }));
    pages.push({ items, text: items.map((i) => i.str).join(' '), links, width: page.view[2], height: page.view[3] });
  }
  return { pdf, pages };
}

/** 0-based page index a named destination points at, or undefined. */
export async function destPage(pdf: PdfDoc, name: string): Promise<number | undefined> {
  const dest = await pdf.getDestination(name);
  if (!dest) return undefined;
  return pdf.getPageIndex(dest[0] as Parameters<PdfDoc['getPageIndex']>[0]);
}

/** Text without white space and soft hyphens, for containment checks across line breaks. */
export const squash = (s: string) => s.replace(/[\u00ad\s]/g, '');

/**
 * Whether a command-line tool is installed. Missing outside CI: the caller skips with a visible
 * message. Missing in CI (process.env.CI set): an error, so the check cannot silently vanish.
 */
export function hasTool(cmd: string): boolean {
  const found = spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
  if (!found && process.env.CI) throw new Error(`${cmd} is required in CI (apt-get install qpdf poppler-utils)`);
  if (!found) console.warn(`SKIPPED: ${cmd} is not installed; install qpdf and poppler-utils to run this check`);
  return found;
}

export function run(cmd: string, args: string[]): { status: number | null; out: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

export interface BoxWord { text: string; x: number; y: number; height: number; width: number }

/**
 * Words of each page with their boxes, from pdftotext -bbox (pdfjs drops soft hyphens, so a hyphen
 * the line breaker added is only seen here). A word's box height is about 1.36 × its font size.
 */
export function bboxWords(pdfPath: string): BoxWord[][] {
  const xml = run('pdftotext', ['-bbox', pdfPath, '-']).out;
  return xml.split('<page ').slice(1).map((page) => [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ text: m[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'), x: Number(m[1]), y: Number(m[4]), height: Number(m[4]) - Number(m[2]), width: Number(m[3]) - Number(m[1]) })));
}

/** Words of a page set at `size` (body text, not notes or tables), by their box height. */
export function wordsOfSize(words: BoxWord[], size: number): BoxWord[] {
  return words.filter((w) => Math.abs(w.height - size * 1.362) < 0.4);
}

/**
 * Text items drawn outside a page's text block (inner/outer margins mirrored on even pages), as
 * "page N: text". A ¶ label in the margin is where it belongs; a line's trailing space is not drawn.
 */
export function outsideTextBlock(read: ReadPdf, theme: Theme): string[] {
  const mm = 72 / 25.4;
  const out: string[] = [];
  read.pages.forEach((p, i) => {
    const odd = i % 2 === 0;
    const left = (odd ? theme.page.marginInner : theme.page.marginOuter) * mm;
    const right = p.width - (odd ? theme.page.marginOuter : theme.page.marginInner) * mm;
    for (const it of p.items) {
      if (it.str.trim() === '') continue;
      const trailing = it.str.length - it.str.trimEnd().length;
      const end = it.x + it.width - trailing * 0.3 * it.size;
      const label = /^¶\d+/u.test(it.str.trim());
      if (end > right + 0.5 || (!label && it.x < left - 0.5) || it.x < 0 || end > p.width) out.push(`page ${i + 1}: ${it.str}`);
    }
  });
  return out;
}
