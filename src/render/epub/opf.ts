// EPUB render stage: the package document — metadata (stable identifier, language, dates,
// accessibility), manifest with the cover-image property, and spine. Filled in through
// epub-gen-memory's `contentOPF` template option; its own template uses a random uuid, the build
// time as modified date, a fixed xml:lang="en" and no cover-image property.
import type { DocumentMeta } from '../../model/document.js';
import type { Terms } from '../../model/terms.js';
import type { ChapterPlan } from './chapters.js';
import { STYLESHEET } from './stylesheet.js';
import { COVER_IMAGE, COVER_PAGE } from './cover.js';
import { NAV_FILE, NCX_FILE } from './nav.js';
import { h, lines, serialize } from './xhtml.js';

const XHTML = 'application/xhtml+xml';

/** W3C date-time without fractional seconds, as dcterms:modified requires. */
export function modifiedStamp(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

/** dc:date: the dossier's own date when it is a W3CDTF date, else the build date. */
function publicationDate(meta: DocumentMeta, modified: Date): string {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(meta.date) ? meta.date : modified.toISOString().slice(0, 10);
}

const ACCESSIBILITY = {
  accessMode: ['textual', 'visual'],
  accessModeSufficient: ['textual'],
  accessibilityFeature: ['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText', 'displayTransformability'],
  accessibilityHazard: ['none'],
};

const SUMMARY = 'Reflowable text with a navigable, nested table of contents, headings in order, '
  + 'tables with header cells, footnotes linked both ways, and a text alternative for the cover image. '
  + 'The only image is the cover; everything it shows is also in the text.';

export function renderPackage(meta: DocumentMeta, plan: ChapterPlan, modified: Date, terms: Terms): string {
  const metadata = h('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, lines(
    h('dc:identifier', { id: 'pub-id' }, meta.identifier),
    h('dc:title', {}, meta.title),
    h('dc:language', {}, meta.language),
    // Empty Dublin Core elements are invalid, so optional ones are left out when blank.
    meta.author.trim() ? h('dc:creator', { id: 'creator' }, meta.author) : null,
    h('dc:date', {}, publicationDate(meta, modified)),
    meta.description.trim() ? h('dc:description', {}, meta.description) : null,
    meta.keywords.filter((k) => k.trim()).map((k) => h('dc:subject', {}, k)),
    h('meta', { property: 'dcterms:modified' }, modifiedStamp(modified)),
    Object.entries(ACCESSIBILITY).flatMap(([property, values]) => values.map((v) => h('meta', { property: `schema:${property}` }, v))),
    h('meta', { property: 'schema:accessibilitySummary' }, SUMMARY),
    // EPUB 2 readers and Kindle conversion find the cover through this.
    h('meta', { name: 'cover', content: 'cover-image' }),
  ));
  const manifest = h('manifest', {}, lines(
    h('item', { id: 'nav', href: NAV_FILE, 'media-type': XHTML, properties: 'nav' }),
    h('item', { id: 'ncx', href: NCX_FILE, 'media-type': 'application/x-dtbncx+xml' }),
    h('item', { id: 'css', href: STYLESHEET, 'media-type': 'text/css' }),
    h('item', { id: 'cover-image', href: COVER_IMAGE, 'media-type': 'image/png', properties: 'cover-image' }),
    h('item', { id: 'cover', href: COVER_PAGE, 'media-type': XHTML }),
    plan.order.map((c) => h('item', { id: c.id, href: c.file, 'media-type': XHTML })),
  ));
  const spine = h('spine', { toc: 'ncx' }, lines(
    h('itemref', { idref: 'cover' }),
    h('itemref', { idref: 'nav' }),
    plan.order.map((c) => h('itemref', { idref: c.id })),
  ));
  const first = plan.order[0];
  // The EPUB 2 guide, still read by Kindle conversion; EPUB 3 readers use the nav's landmarks.
  const guide = h('guide', {}, lines(
    h('reference', { type: 'cover', title: terms.cover, href: COVER_PAGE }),
    h('reference', { type: 'toc', title: terms.contents, href: NAV_FILE }),
    first ? h('reference', { type: 'text', title: first.section.title, href: first.file }) : null,
  ));
  const pkg = h('package', { xmlns: 'http://www.idpf.org/2007/opf', version: '3.0', 'unique-identifier': 'pub-id', 'xml:lang': meta.language },
    lines(metadata, manifest, spine, guide));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(pkg)}\n`;
}
