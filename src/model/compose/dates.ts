// Model stage: the dossier date as readers see it ("11 January 2022" / "January 11, 2022"), in the
// dossier's language via Intl, computed once so the PDF and the EPUB say the same thing.
export function formatDate(iso: string, language: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  } catch {
    return iso;
  }
}
