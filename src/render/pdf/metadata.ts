// PDF writer, document information: title, author, subject, keywords and dates from the model and the
// build clock only, so the same inputs give the same bytes (pdfkit derives the file /ID from these).
import type { DossierDocument } from '../../model/document.js';

export function documentInfo(doc: DossierDocument, created: Date): PDFKit.DocumentInfo {
  const { meta } = doc;
  return {
    Title: meta.title,
    Author: meta.author,
    Subject: meta.description || meta.subtitle || meta.title,
    Keywords: meta.keywords.join(', '),
    Creator: 'dossier',
    Producer: 'dossier (pdfkit)',
    CreationDate: created,
    ModDate: created,
  };
}

/**
 * pdfkit writes the title, author and subject into the XMP packet unescaped, so a "&" or "<" in them
 * would make the XML malformed. Escape them for the XMP only; the Info dictionary keeps the plain text.
 */
export function escapeXmpInfo(pdf: PDFKit.PDFDocument): void {
  const doc = pdf as unknown as { _addInfo(): void; info: Record<string, unknown> };
  const addInfo = doc._addInfo.bind(doc);
  doc._addInfo = () => {
    const saved = { ...doc.info };
    for (const key of ['Title', 'Author', 'Subject', 'Creator']) {
      if (typeof doc.info[key] === 'string') doc.info[key] = xmlEscape(doc.info[key] as string);
    }
    addInfo();
    Object.assign(doc.info, saved);
  };
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
