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
