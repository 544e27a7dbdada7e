// Model stage: language tags → their names in the dossier's language, via the platform's Intl data (no tables to keep).
export function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
