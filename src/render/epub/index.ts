// EPUB render stage: document model → EPUB 3 bytes. epub-gen-memory assembles the container (mimetype,
// container.xml, stylesheet, cover file, chapter files); every file's text comes from our builders
// through its template options, and the zip is repacked for reproducibility. Pure: no network, no files.
import { EPub, type Options } from 'epub-gen-memory';
import type JSZip from 'jszip';
import type { DossierDocument } from '../../model/document.js';
import type { Theme } from '../../style/theme.js';
import { renderChapter } from './chapter.js';
import { planChapters } from './chapters.js';
import { COVER_IMAGE, COVER_PAGE, renderCoverImage, renderCoverPage } from './cover.js';
import { navEntries, renderNav, renderNcx } from './nav.js';
import { renderPackage } from './opf.js';
import { repackEpub } from './reproducible.js';
import { renderStylesheet } from './stylesheet.js';

/** epub-gen-memory's assembler, with its files handed over uncompressed (see reproducible.ts). */
class Assembler extends EPub {
  async files(): Promise<JSZip> {
    await this.render();
    return this.zip;
  }
}

/**
 * Each template only prints a string we built. Why not its own: its chapter path sanitises our markup
 * (drops `scope`, `align`, `data-*`) and renames images to random uuids; its OPF/nav/NCX templates
 * write a random identifier, the current time, a flat nav and no cover-image property.
 */
const TEMPLATES = {
  chapterXHTML: '<%- dossierXhtml %>',
  contentOPF: '<%- dossierPackage %>',
  tocXHTML: '<%- dossierNav %>',
  tocNCX: '<%- dossierNcx %>',
};

export async function renderEpub(doc: DossierDocument, theme: Theme, opts: { modified: Date }): Promise<Uint8Array> {
  const { meta } = doc;
  const plan = planChapters(doc);
  const entries = navEntries(plan);
  // Rasterised (or read from the cache) while the chapters are written.
  const cover = renderCoverImage(meta, theme);
  // `content` stays empty: the sanitiser epub-gen-memory runs on it would strip our attributes.
  const chapters = [
    { title: meta.title, filename: COVER_PAGE, beforeToc: true, content: '', dossierXhtml: renderCoverPage(meta) },
    ...plan.order.map((c) => ({ title: c.section.shortTitle ?? c.section.title, filename: c.file, content: '', dossierXhtml: renderChapter(c, plan, doc) })),
  ];
  const options: Options & Record<`dossier${string}`, string> = {
    ...TEMPLATES,
    title: meta.title,
    author: meta.author,
    // epub-gen-memory requires a description; our package document writes the real one.
    description: meta.description || meta.title,
    lang: meta.language,
    css: renderStylesheet(theme),
    // A File is read in memory (a string would be fetched as a URL).
    cover: new File([(await cover) as Uint8Array<ArrayBuffer>], COVER_IMAGE, { type: 'image/png' }),
    version: 3,
    verbose: false,
    dossierPackage: renderPackage(meta, plan, opts.modified, doc.terms),
    dossierNav: renderNav(entries, meta, doc.terms),
    dossierNcx: renderNcx(entries, meta),
  };
  return repackEpub(await new Assembler(options, chapters).files(), opts.modified);
}
