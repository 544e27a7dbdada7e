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

/**
 * Scripts that name their language (or its most likely one) without reading any word: Kana means
 * Japanese even among kanji, Han alone Chinese; letters only one language of a script uses decide
 * between its languages (Ukrainian ї/є/ґ, Serbian ђ/ћ/џ, Bulgarian's frequent ъ, Persian پ/چ/ژ/گ, Urdu ٹ/ڈ/ڑ/ے).
 * Unicode script properties are built into the regex engine, so no detector package is needed.
 */
const SCRIPTS: { code: string; letters: RegExp; marks?: [RegExp, string][] }[] = [
  { code: 'ja', letters: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
  { code: 'ko', letters: /\p{Script=Hangul}/gu },
  { code: 'zh', letters: /\p{Script=Han}/gu },
  { code: 'th', letters: /\p{Script=Thai}/gu },
  { code: 'ar', letters: /\p{Script=Arabic}/gu, marks: [[/[ٹڈڑںے]/gu, 'ur'], [/[پچژگ]/gu, 'fa']] },
  { code: 'ru', letters: /\p{Script=Cyrillic}/gu, marks: [[/[їєґ]/giu, 'uk'], [/[ђћџљњ]/giu, 'sr'], [/ъ/giu, 'bg']] },
  { code: 'el', letters: /\p{Script=Greek}/gu },
  { code: 'he', letters: /\p{Script=Hebrew}/gu },
  { code: 'hi', letters: /\p{Script=Devanagari}/gu },
  { code: 'ka', letters: /\p{Script=Georgian}/gu },
  { code: 'hy', letters: /\p{Script=Armenian}/gu },
];

/** Share of a page's letters in a non-Latin script above which the page is in that script's language. */
const SCRIPT_SHARE = 0.3;
/** Telling letters this share of the script's: the other language of the script, not a quoted name. */
const MARK_SHARE = 0.005;
/** Kana this share of the Han and Kana letters: Japanese (Chinese has none; Japanese prose has plenty). */
const KANA_SHARE = 0.1;

/** The language a page's script names, when enough of its letters are in one non-Latin script. */
export function languageFromScript(text: string): string | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return undefined;
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  const kana = count(SCRIPTS[0].letters);
  const han = count(SCRIPTS[2].letters);
  if (han + kana >= letters * SCRIPT_SHARE) return kana >= (han + kana) * KANA_SHARE ? 'ja' : 'zh';
  for (const s of SCRIPTS.slice(1)) {
    if (s.code === 'zh') continue;
    const n = count(s.letters);
    if (n < letters * SCRIPT_SHARE) continue;
    // A quoted name is not enough: the telling letters must recur.
    return s.marks?.find(([re]) => count(re) >= Math.max(3, n * MARK_SHARE))?.[1] ?? s.code;
  }
  return undefined;
}

/**
 * The BCP 47 code of the text's language: from its script when that names one (zh, ja, ko, th, ar,
 * ru…), else when one language's common words clearly dominate.
 */
export function detectLanguage(text: string): string | undefined {
  const byScript = languageFromScript(text);
  if (byScript) return byScript;
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
