// Ingest stage: recognises web furniture from one line's own features (phrasing, shape, length).
// Context (where the line sits, what surrounds it) is weighed in classify.ts; these rules only
// fire when the line's wording and shape together say "page furniture", never on wording alone.
import { findDates, isTimestamp } from './dates.js';
import { PhraseSet } from './phrases.js';
import { endsFinished, endsSentence, endsWithEllipsis, words, wordsOf } from './text.js';
import { BREADCRUMB } from './title.js';

export interface LineFacts {
  text: string;
  words: string[];
  /** Ends like a sentence, or a colon introducing one. */
  terminal: boolean;
  /** Ends with sentence-final punctuation (., !, ?, …). */
  finished: boolean;
  bullet: boolean;
}

export interface RuleHit {
  reason: string;
  /** Heads a list of furniture (e.g. "Tags", "More on …"): unlabelled lines after it share its reason. */
  label?: string;
}

interface Rule {
  reason: string;
  test: (f: LineFacts, p: PhraseSet) => boolean | RuleHit;
}

export function facts(text: string, bullet: boolean): LineFacts {
  // Lengths are in words, and a line of Chinese or Thai has no spaces: its words are found by the segmenter.
  const ws = wordsOf(text);
  // "Yahoo!", "More on Yahoo!": a name with an exclamation mark, not an exclaimed sentence.
  const exclaimedName = /!\s*$/.test(text) && ws.length <= 3;
  return { text, words: ws, terminal: endsSentence(text) && !exclaimedName, finished: endsFinished(text) && !exclaimedName, bullet };
}

/** A short line that does not end like a sentence: the shape of buttons, labels and links. */
const short = (f: LineFacts, max: number): boolean => !f.finished && f.words.length <= max;

/** What follows a leading phrase is set off like a link ("Read more: …", "See also  …", "Related | …"). */
function setOff(text: string, phrase: RegExp): boolean {
  const m = phrase.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length);
  return rest.trim() !== '' && (/^\s*[:|–—»›>→-]/.test(rest) || /^\s{2,}/.test(rest));
}

const LINK_PHRASE = /^(see (also|more)|also see|read (also|more|too|next|further)|also read|to read also|you should read|look also|more (on|from|about|news|stories)|related( (posts?|articles?|stories|news|content|coverage|topics?|links?))?|further reading|recommended( (for you|reading|articles?))?|don'?t miss|must read|in other news|similar (news|articles|posts|stories)|other news|also on|on the (same )?(topic|subject)|keep reading|continue reading|read on|read the full (article|story)|also interesting|materials on (the|this) topic|news (of|from) (our )?partners|partner news)\b/i;

/** "This article was machine-translated", "Translated from Spanish with the help of AI". */
// Each speaks of the page itself, so a sentence about a translated letter or treaty is not one.
const TRANSLATION_NOTE = /^this (article|text|story|page|report|content|news|post|piece)\b.{0,40}\btranslat|^original (language|article|text|version)\s*:/i;
/** "Machine translation", "Translated from Hebrew": a label, not a sentence about some translation. */
const TRANSLATION_LABEL = /^(automatically |machine[- ]|ai[- ])?(translated|translation)\b/i;

const NAV_LABEL = /^((next|previous|prev|older|newer) (post|article|story|entry)|you (may|might|will) (also )?(like|enjoy|be interested( in)?)|trending( now| news)?|trends?( \d+h| today)?|latest( news| articles| stories| posts| videos)?|most (read|popular|viewed|shared|commented)|popular( now| posts| news| articles)?|top (stories|news|articles)|editor'?s? (picks?|choice)|news feed|more (videos|articles)|watch (also|more)|menu|search|home|skip to (main )?content)$/i;

const AGENCIES = new Set(('afp ap dpa reuters ansa efe xinhua tass interfax ria upi aap kyodo yonhap anadolu bloomberg pti ani ' +
  'ians apa sda ats belga anp ntb tt stt pap ctk mti hina tanjug bta agerpres unian ukrinform lusa epa antara bernama irna wafa mena pna vna').split(' '));
const BYLINE_FILLER = new Set('news agency agencies wire wires staff editorial team and with the desk'.split(' '));

const SOCIAL = /^(facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|messenger|vk|viber|flipboard|e-?mail|print|copy link|like( this)?:?|like loading\.*)$/i;

const CURRENCY_AMOUNT = /(\b(nis|usd|eur|gbp|rub|chf|inr)\s?\d|[₪€$£₽]\s?\d|\d[\d,.]*\s?(nis|₪|€|\$|£|usd|eur|gbp)\b)/i;
const PROMO_WORDS = /\b(loans?|credit|mortgage|insurance|discount|offer|deals?|sale|bonus|casino|bet(ting)?|free|cashback|interest rate|apply now|buy now|order now|better terms|any purpose)\b/i;

/** A link phrase with at most a few words after it ("Read more about the floods"): a list heading. */
function isLabel(text: string): boolean {
  const m = LINK_PHRASE.exec(text);
  return !!m && words(text.slice(m[0].length)).length <= 5;
}

/** A line of only tags (a tracking pixel in <noscript>, an embed), as a text rendering of a page may let through. */
export function isMarkup(line: string): boolean {
  return /^(?:<\/?[a-z][\w:-]*(?:\s[^<>]*)?\/?>\s*)+$/i.test(line);
}

/** Furniture rules, most specific first. Each names the kind of furniture it finds. */
const RULES: Rule[] = [
  { reason: 'markup', test: (f) => isMarkup(f.text) },
  // "We use cookies and similar technologies…": a banner however long it runs.
  { reason: 'cookie notice', test: (f) => f.words.length <= 150 && /^(?:we|this (?:site|website)) (?:uses?|places?) cookies\b/i.test(f.text) },
  { reason: 'cookie notice', test: (f) => f.words.length <= 45 && /\b(we use cookies|(site|website) uses cookies|accept (all )?cookies|cookie (settings|preferences|policy|consent)|by continuing to (browse|use) (this|our|the) (site|website))/i.test(f.text) },
  // A consent banner speaks of the site itself ("our partners", "by clicking accept") as well as of data.
  { reason: 'cookie notice', test: (f) => f.words.length <= 90 && /\b(consent|cookies?|personal data|your data)\b/i.test(f.text) &&
    /\b(by clicking|clicking ["“]?accept|our (site|website|partners|services)|withdraw (your )?consent|privacy (policy|settings|center|centre))\b/i.test(f.text) },
  { reason: 'browser notice', test: (f) => f.words.length <= 40 && /\b(enable|turn on|activate) javascript\b|\bjavascript (is )?(disabled|required|must be enabled)\b|\b(browser|internet explorer|ie ?\d+)\b[^.]{0,60}\b(not (fully )?supported|no longer supported|unsupported|out of date|outdated)\b|\b(update|upgrade) your browser\b/i.test(f.text) },
  { reason: 'cookie notice', test: (f) => /^(accept|accept all|reject( all)?|agree|i agree|ok(ay)?|got it|manage (preferences|settings|cookies))$/i.test(f.text) },
  { reason: 'web address', test: (f) => /^([\p{L} ]{1,20}:\s*)?(https?:\/\/|www\.)\S+$/iu.test(f.text) },
  { reason: 'tag cloud', test: (f) => {
    const tokens = f.text.split(/\s+/);
    const tags = tokens.filter((t) => /^#\p{L}/u.test(t)).length;
    return tags >= 2 && tags * 2 >= tokens.length;
  } },
  { reason: 'tag cloud', test: (f) => /^(tags?|tagged( with)?|keywords?|topics?|themes?|categories|labels|filed under)\s*:?$/i.test(f.text) && { reason: 'tag cloud', label: 'tag cloud' } },
  { reason: 'tag cloud', test: (f) => short(f, 15) && /^(tags?|tagged( with)?|keywords?|topics?|filed under)\s*:\s*\S/i.test(f.text) },
  { reason: 'tag cloud', test: (f) => short(f, 10) && /^(posted in|filed under|categor(y|ies)\s*:|published in)\s+\S/i.test(f.text) },
  { reason: 'share button', test: (f) => short(f, 6) && (/^(share|tweet|teilen|partager|compartir|condividi|delen|udostępnij|dela|jaa|поделиться)(\s+(on|in|via|with|to|this|it|article|story|post|page|sur|en|auf|bei|per|su|op|na|w)\b.*)?\s*:?$/i.test(f.text) || SOCIAL.test(f.text.replace(/\s*\d+$/, ''))) },
  // A comment section's heading: what follows it is readers' comments, not the report.
  { reason: 'comment prompt', test: (f) => /^(\d+\s+)?(comments?|reactions?|responses?|replies)(\s*\(\d+\))?\s*:?$/i.test(f.text) && { reason: 'comment prompt', label: 'comments' } },
  { reason: 'comment prompt', test: (f) => short(f, 8) && /^(leave|post|add|write|submit|publish|show|view|read|load|see|hide|cancel|join|log ?in|sign in|register)\b.{0,25}\b(comments?|reply|replies|responses?|opinion|discussion|conversation)\b/i.test(f.text) },
  { reason: 'comment prompt', test: (f) => /\byour e-?mail( address)? (will|shall|is) not( be)? (published|shared|displayed)|\b(required|mandatory|obligatory) fields are marked|\bsave my name,? e-?mail|\bnotify me of (new|follow-up)|\blogged in to (post a )?comment/i.test(f.text) },
  // Disclaimers speak of the site itself ("this site", "our control", "any links").
  { reason: 'site footer', test: (f) => f.words.length <= 40 && /\b(this (site|website|page)|our (site|website|control)|inclusion of (any )?links|links? (to|on) (external|third[- ]party) (sites|websites))\b/i.test(f.text) && /\b(external|third[- ]party|not (under|responsible)|endorse|recommendation|necessarily)\b/i.test(f.text) },
  { reason: 'site footer', test: (f) => f.words.length <= 15 && /\ball rights reserved\b/i.test(f.text) },
  { reason: 'translation note', test: (f) => f.words.length <= 30 && TRANSLATION_NOTE.test(f.text) },
  { reason: 'translation note', test: (f) => (short(f, 12) || f.words.length <= 6) && TRANSLATION_LABEL.test(f.text) },
  { reason: 'subscription prompt', test: (f) => short(f, 14) && /\b(follow us|subscribe|sign up|join (us|our)|like us on|download (our|the) app|get (our|the) newsletter|donate|support (our|independent) journalism|become a (member|subscriber))\b/i.test(f.text) },
  { reason: 'subscription prompt', test: (f) => f.words.length <= 14 && /^(did you (like|enjoy)|liked) this (article|story|post)\?/i.test(f.text) },
  { reason: 'navigation', test: (f) => f.words.length <= 6 && /^(reading time|read time|listen to (this )?(article|story)|print( this)? (article|page)|font size|\d+ min(ute)?s? read)\b/i.test(f.text) },
  { reason: 'navigation', test: (f) => short(f, 6) && /^(read later|save (for later|article)|bookmark|(for )?subscribers( only)?|premium|our selection|editor'?s selection|selected for you)\b/i.test(f.text) },
  { reason: 'media control', test: (f) => short(f, 8) && /^(click (here )?to|tap to|enlarge( image)?|open (the )?(gallery|image)|image \d+ (of|\/) \d+|\d{1,3}\s*(\/|of)\s*\d{1,3}$|loading|play( video)?|watch (the )?video|video duration|duration)\b/i.test(f.text) },
  { reason: 'navigation', test: (f) => !f.finished && /^[^|·•]{1,30}(\s[|·•]\s[^|·•]{1,30}){2,}$/.test(f.text) && f.words.length <= 12 },
  { reason: 'site footer', test: (f) => short(f, 8) && /^(exit mobile version|source link|source site-?\d*|back to top|powered by\b.*|all (news )?(articles|stories|posts|news) (on|for|from)\b.*|privacy( policy)?|data protection|terms (of|and) (use|service|conditions)|cookie (policy|settings)|contact us|about us|imprint|impressum|(back )?to the (homepage|home page|overview|topic page))$/i.test(f.text) },
  { reason: 'site footer', test: (f) => short(f, 6) && /^(source|via|quelle|fuente|fonte)\s*:\s*\S/i.test(f.text) },
  { reason: 'site footer', test: (f) => short(f, 15) && /^(©|\(c\)|copyright\b)/i.test(f.text) && /\b(19|20)\d\d\b|privacy|rights|terms|cookies/i.test(f.text) },
  { reason: 'photo credit', test: (f) => short(f, 15) && /^(©|\(c\)|copyright\b)/i.test(f.text) },
  { reason: 'photo credit', test: (f) => /\((photos?|pictures?|images?|foto|video|credit|illustration|archive|file photo|screenshot)( credit)?\s*:[^)]*\)\s*$/i.test(f.text) },
  { reason: 'photo credit', test: (f) => !f.finished && f.words.length <= 40 && /\b(photos?|pictures?|images?|foto|credit)\s*:\s*[^.:]{2,60}$/i.test(f.text) },
  { reason: 'photo credit', test: (f) => f.words.length <= 25 && /^(photos?|pictures?|images?|foto|bild|credit|photo credit|illustration|archive( photo)?|illustrative (photo|image)|screenshot|video|in (video|pictures|photos)|watch( the video)?)\s*:/i.test(f.text) },
  { reason: 'photo credit', test: (f) => short(f, 12) && /\b(getty images|shutterstock|istock(photo)?|imago|picture alliance|keystone)\b/i.test(f.text) },
  { reason: 'breadcrumb', test: (f) => (!f.terminal || endsWithEllipsis(f.text)) && (BREADCRUMB.test(f.text) || /^[\p{L} ]{2,30}(\s*[>»›]\s*[\p{L} ]{2,30}){2,}/u.test(f.text)) },
  { reason: 'navigation', test: (f) => NAV_LABEL.test(f.text.replace(/\s*:$/, '')) && { reason: 'navigation', label: 'navigation' } },
  // Followed by a headline it is one link; bare ("Related Posts", "More on Outlet") it heads a list.
  { reason: 'read-more link', test: (f) => setOff(f.text, LINK_PHRASE) || (LINK_PHRASE.test(f.text) && short(f, 16) && (isLabel(f.text) ? { reason: 'read-more link', label: 'link list' } : true)) },
  { reason: 'advert', test: (f) => short(f, 12) && /\b(sponsored|advertisement|advertising|promoted|paid (content|post|partnership)|in (collaboration|cooperation|partnership)|presented by|partner content)\b/i.test(f.text) },
  { reason: 'advert', test: (f) => short(f, 25) && CURRENCY_AMOUNT.test(f.text) && PROMO_WORDS.test(f.text) },
  { reason: 'byline', test: (f) => short(f, 6) && /^([Bb]y|[Aa]uthor|[Ww]ritten by|[Rr]eporting by|[Tt]ext|[Vv]on|[Pp]ar|[Pp]or|[Dd]i)\s*:?\s+\p{Lu}/u.test(f.text) },
  // "Analysis by Petra Holm", "Commentary by …": the kind of piece, then its author
  { reason: 'byline', test: (f) => short(f, 7) && /^(?:[Aa]nalysis|[Cc]ommentary|[Oo]pinion|[Cc]olumn|[Rr]eport|[Ss]tory|[Ii]nterview|[Ww]ords|[Pp]hotos?) by\s+\p{Lu}/u.test(f.text) },
  { reason: 'byline', test: (f) => isAgencyByline(f) },
  { reason: 'timestamp', test: (f) => isTimestamp(f.text) },
  // "There are 13 comments", "4 Responses", "12 replies": readers' comments follow.
  { reason: 'comment prompt', test: (f) => short(f, 8) && /^(?:there (?:are|is) )?\d+ (?:comments?|responses?|replies|reactions)\b/i.test(f.text) && { reason: 'comment prompt', label: 'comments' } },
  // The page language's own words for the same furniture (phrases.ts): whole lines, or a label set off before a link.
  { reason: 'share button', test: (f, p) => short(f, 6) && p.isWhole('share', f.text) },
  { reason: 'comment prompt', test: (f, p) => short(f, 6) && p.isWhole('comments', f.text) && { reason: 'comment prompt', label: 'comments' } },
  { reason: 'read-more link', test: (f, p) => (short(f, 16) && p.startsWith('readMore', f.text)) || (short(f, 6) && p.isWhole('readMore', f.text) && { reason: 'read-more link', label: 'link list' }) },
  { reason: 'subscription prompt', test: (f, p) => short(f, 8) && (p.isWhole('subscribe', f.text) || p.startsWith('subscribe', f.text)) },
  { reason: 'advert', test: (f, p) => short(f, 5) && p.isWhole('advert', f.text) },
  { reason: 'navigation', test: (f, p) => short(f, 6) && p.isWhole('navigation', f.text) && { reason: 'navigation', label: 'navigation' } },
  { reason: 'timestamp', test: (f, p) => isLocalStamp(f, p) },
];

/** "Publié le 12 juin 2031 à 10h", "Aktualisiert am 12.06.2031, 10:40 Uhr": a stamp in the page's language. */
function isLocalStamp(f: LineFacts, p: PhraseSet): boolean {
  if (f.words.length > 12 || !(/\b(?:19|20)\d\d\b/.test(f.text) || /\b\d{1,2}[:h.]\d{2}\b/.test(f.text)) || !(findDates(f.text).length || /\d{1,2}[:h]\d{2}/.test(f.text))) return false;
  return f.words.every((w) => /^[\d.:h/-]+$/i.test(w) || /^\d+(?:st|nd|rd|th|er|e)$/i.test(w) || p.has('stamp', w.replace(/\.$/, '')));
}

/** Every language's phrases: for callers that do not know the page's language. */
const ALL_LANGUAGES = new PhraseSet(undefined);

/** A line naming only news agencies ("AFP", "dpa/Reuters", "News agencies") or an editor's initials. */
function isAgencyByline(f: LineFacts): boolean {
  if (f.terminal || f.words.length > 5) return false;
  if (/^\p{Ll}{1,3}$/u.test(f.text)) return true;
  const ws = f.text.toLowerCase().split(/[\s/,;&+()]+/).filter(Boolean);
  return ws.some((w) => AGENCIES.has(w) || w === 'agencies') && ws.every((w) => AGENCIES.has(w) || BYLINE_FILLER.has(w));
}

/** The first furniture rule the line matches, or null. */
export function matchRule(f: LineFacts, phrases: PhraseSet = ALL_LANGUAGES): RuleHit | null {
  for (const rule of RULES) {
    const r = rule.test(f, phrases);
    if (r === true) return { reason: rule.reason };
    if (r) return r;
  }
  return null;
}
