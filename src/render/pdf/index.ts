// Render stage, PDF: lays the document model out on pages (cover, contents, sections with page-bottom
// footnotes) and paints it with pdfkit as a tagged, reproducible PDF. Model in, bytes out.
import type { DossierDocument } from '../../model/document.js';
import type { Theme } from '../../style/theme.js';
import { collectOutput, createPdfDocument, tagging } from './backend/pdfkit.js';
import { BlockLayout, type LayoutContext } from './blocks.js';
import { layoutCover } from './cover.js';
import { Flow } from './flow.js';
import { Fonts, giveFonts } from './fonts.js';
import { layoutFootnotes } from './footnotes.js';
import { createHyphenator } from './hyphenate.js';
import { LineBreaker } from './linebreak.js';
import { documentInfo, escapeXmpInfo } from './metadata.js';
import { addOutline } from './outline.js';
import { type Paper, pageGeometry } from './page.js';
import { paintPages } from './paint.js';
import { addRunningHeads } from './runningHeads.js';
import { layoutToc } from './toc.js';
import type { SNode } from './types.js';

export interface PdfOptions {
  paper: Paper;
  creationDate: Date;
}

export async function renderPdf(doc: DossierDocument, theme: Theme, opts: PdfOptions): Promise<Uint8Array> {
  const fonts = new Fonts(theme);
  const pdf = createPdfDocument({
    autoFirstPage: false,
    margin: 0,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: doc.meta.language,
    // No default font (pdfkit would open Helvetica, or parse a given file): the body face is given
    // first instead, so it is the document's first font (F1).
    font: null,
    info: documentInfo(doc, opts.creationDate),
  });
  fonts.measured({ face: 'body', style: 'regular' });
  giveFonts(pdf, fonts);
  const output = collectOutput(pdf);
  escapeXmpInfo(pdf);
  const breaker = new LineBreaker(fonts, theme);
  const geo = pageGeometry(theme, opts.paper);
  const hyphenate = createHyphenator(doc.meta.language);
  const flow = new Flow(geo, theme, doc.terms);
  flow.notes = layoutFootnotes(doc, theme, breaker, geo.width, hyphenate);
  const ctx: LayoutContext = { doc, theme, flow, breaker, hyphenate };
  const blocks = new BlockLayout(ctx);

  const root: SNode = { type: 'Document' };
  const sourcesTitle = doc.sections.find((s) => s.kind === 'sources')?.title ?? doc.terms.sources;
  layoutCover(ctx, blocks, root, sourcesTitle);
  layoutToc(ctx, blocks, doc.terms.contents, root);
  doc.sections.forEach((section, i) => blocks.section(section, 1, root, i === 0));
  flow.finish();
  addRunningHeads(flow.pages, doc, theme, geo, breaker);

  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  const rootEl = tagging(pdf).struct('Document');
  tagging(pdf).addStructure(rootEl);
  const pageOf = (anchor: string) => flow.dests.get(anchor)?.page;
  paintPages(pdf, fonts, { pages: flow.pages, geo, pageOf }, root, rootEl);
  addOutline(pdf, doc, (a) => flow.dests.get(a), doc.terms.contents);
  pdf.end();
  await done;
  // Buffer.concat already gives a Uint8Array: wrapping it again would copy the whole file.
  return output();
}
