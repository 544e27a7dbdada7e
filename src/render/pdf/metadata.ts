// PDF writer, document information: title, author, subject, keywords and dates from the model and the
// build clock only, so the same inputs give the same bytes (pdfkit derives the file /ID from these).
import type { DossierDocument } from '../../model/document.js';
import { type PdfDoc, rewriteInfoOnWrite } from './backend/pdfkit.js';

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
export function escapeXmpInfo(pdf: PdfDoc): void {
  rewriteInfoOnWrite(pdf, (info) => {
    for (const key of ['Title', 'Author', 'Subject', 'Creator']) {
      if (typeof info[key] === 'string') info[key] = xmlEscape(info[key] as string);
    }
  });
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
