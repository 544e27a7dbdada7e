// Model stage: language tags → English names for source metadata, via the platform's Intl data (no tables to keep).
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
