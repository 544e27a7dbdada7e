// Ingest stage: names the language of the kept text, and the original language a page says it was translated from.

/** Frequent short words that tell common news languages apart. */
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'was', 'for', 'with'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour'],
  es: ['el', 'la', 'los', 'y', 'que', 'del', 'las', 'por', 'una', 'con'],
  it: ['il', 'che', 'della', 'per', 'una', 'sono', 'del', 'non', 'gli', 'con'],
  pt: ['o', 'que', 'do', 'da', 'em', 'uma', 'não', 'os', 'para', 'com'],
  nl: ['de', 'het', 'een', 'en', 'van', 'dat', 'niet', 'op', 'zijn', 'voor'],
  cs: ['je', 'se', 'na', 'že', 've', 'které', 'také', 'jsou', 'podle', 'pro'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'как', 'это', 'из'],
};

/** The BCP 47 code of the text's language when one language's common words clearly dominate. */
export function detectLanguage(text: string): string | undefined {
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length < 20) return undefined;
  const scores = Object.entries(STOPWORDS).map(([code, list]) => {
    const set = new Set(list);
    return { code, hits: tokens.filter((t) => set.has(t)).length };
  }).sort((a, b) => b.hits - a.hits);
  const [best, second] = scores;
  return best.hits >= tokens.length * 0.08 && best.hits >= 2 * second.hits ? best.code : undefined;
}

const LANGUAGE_CODES: Record<string, string> = {
  english: 'en', german: 'de', french: 'fr', spanish: 'es', italian: 'it', portuguese: 'pt', dutch: 'nl',
  russian: 'ru', ukrainian: 'uk', polish: 'pl', czech: 'cs', slovak: 'sk', hungarian: 'hu', romanian: 'ro',
  bulgarian: 'bg', serbian: 'sr', croatian: 'hr', greek: 'el', turkish: 'tr', finnish: 'fi', swedish: 'sv',
  norwegian: 'no', danish: 'da', estonian: 'et', latvian: 'lv', lithuanian: 'lt', arabic: 'ar', hebrew: 'he',
  persian: 'fa', farsi: 'fa', urdu: 'ur', hindi: 'hi', chinese: 'zh', japanese: 'ja', korean: 'ko',
  vietnamese: 'vi', indonesian: 'id', thai: 'th', georgian: 'ka', armenian: 'hy',
};

/**
 * The original language when a line says the page is a translation ("Translated from German",
 * "Original language: Finnish", "machine translation of an article in Hebrew").
 */
export function translatedFrom(text: string): string | undefined {
  const m = /\btranslat\w*\b[^.]{0,40}?\b(?:from|of an? \w+ in)\s+(?:the\s+)?(\p{L}+)/iu.exec(text) ??
    /\boriginal(?:ly published in| language| text in| article in| version in)\s*:?\s*(\p{L}+)/iu.exec(text);
  return m ? LANGUAGE_CODES[m[1].toLowerCase()] : undefined;
}
