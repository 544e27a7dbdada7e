// Analysis stage (summary): whether a sentence can be quoted alone as a line of the summary. A line
// torn out of a quotation reads as the reporter's own claim; one that talks to the page's reader
// ("click this link", "call 0800 …") or is a headline is not a statement of the news; a line that
// only makes sense after the previous sentence misleads. Such sentences are left out (an omission),
// never reworded.

import { alternation, lang, listPattern, perPack } from '../lang/index.js';

/** Opening and closing quotation marks, curly, straight, and typewriter-doubled (`` … ''). */
const QUOTE_MARK = /``|''|[“”"]/g;

/** Why a sentence may not stand alone, or null when it may. `start` is its offset in `paragraph`. */
export function cannotStandAlone(paragraph: string, sentence: string, start: number): string | null {
  const { WRITERS_JUDGEMENT, ADDRESSES_READER } = lang().summary;
  if (ABBREVIATION_BEFORE().test(paragraph.slice(Math.max(0, start - 12), start).trimEnd())) return 'split after an abbreviation';
  if (ABBREVIATION_BEFORE().test(sentence) && start + sentence.length < paragraph.trimEnd().length) return 'split at an abbreviation';
  if (DECIMAL_CUT.test(sentence)) return 'split at a decimal point';
  if (insideQuotation(paragraph, start)) return 'inside a quotation';
  if (PRONOUN_LED().test(sentence)) return 'its subject is a pronoun for someone named before';
  if (ANSWERS_BEFORE().test(sentence)) return 'opens by answering the sentence before';
  // The writer's stance, not a fact ("Obviously, …"): a columnist's aside reads in a briefing as a finding.
  if (WRITERS_JUDGEMENT.test(sentence)) return 'the writer’s own judgement';
  const own = withoutQuotations(sentence);
  if (firstPerson(own)) return 'first person outside quotation marks';
  if (ADDRESSES_READER.test(sentence) || URL.test(sentence) || PHONE.test(sentence)) return 'speaks to the page’s reader';
  if (/!["”'’]*$/.test(sentence)) return 'exclamation';
  if (headlineShaped(sentence)) return 'headline';
  return null;
}

/**
 * The text before the sentence ends in a title or place abbreviation or an initial ("Mt.", "Gov.",
 * "George W."): the splitter cut a name in two, and what follows is a fragment.
 */
const ABBREVIATION_BEFORE = perPack((l) => listPattern([...l.summary.ABBREVIATIONS, '\\p{Lu}'], 'u', '(?:^|[^\\p{L}.])', '\\.$'));

/**
 * Opens with a number joined to a lower-case word ("22-gauge wire was found"): the tail of
 * "a thin .22-gauge", whose point re-joined text wrote as "thin. 22-gauge" — no sentence
 * starts so.
 */
const DECIMAL_CUT = /^\d[\d,]*-\p{Ll}/u;

/**
 * A paragraph between paragraphs in the first person is part of a speech or statement printed without
 * quotation marks ("…we cannot afford." / "People will lose their cover." / "This is a future we…").
 */
export function inSpeech(paragraphs: readonly string[], i: number): boolean {
  return [paragraphs[i - 1], paragraphs[i + 1]].some((p) => p !== undefined && !leadIn(p) && firstPerson(withoutQuotations(p)));
}

/** The newsroom introducing a list ("Here is what we know so far:"): its "we" is the paper's, not a speaker's. */
const leadIn = (p: string): boolean => /:\s*$/.test(p) && p.split(/\s+/).length <= 12;

/** Opens (after a connective at most) with a personal pronoun: who "she" is was said in an earlier sentence. */
const PRONOUN_LED = perPack((l) => new RegExp(`^(?:(?:${alternation(l.summary.LEADING_CONNECTIVES)}),?\\s+)?(?:${alternation(l.summary.PERSONAL_PRONOUNS)})\\b`, 'i'));

/**
 * Opens with a connective that contrasts with, concludes from or continues the sentence before ("But the
 * chief would not confirm…", "So he was convicted because…", "Then he pointed a gun…"): under another
 * line of the summary it answers the wrong sentence. "So far" and "then-" (a former title) are not this.
 */
const ANSWERS_BEFORE = perPack((l) => listPattern(l.summary.ANSWERS_BEFORE, 'iu', '^', '(?![\\p{L}-])'));


/** A quotation opened before `start` in the paragraph and not closed by then. */
function insideQuotation(paragraph: string, start: number): boolean {
  let open = false;
  for (const m of paragraph.slice(0, start).matchAll(QUOTE_MARK)) {
    const q = m[0];
    if (q === '“' || q === '``') open = true;
    else if (q === '”' || q === "''") open = false;
    else open = !open;
  }
  return open;
}

/** The sentence with every quoted passage blanked out. */
function withoutQuotations(s: string): string {
  return s.replace(/“[^”]*”|``.*?''|"[^"]*"/g, ' ');
}

/** The speaker's own words: a reporter writes neither "I" nor "we" (lower case "us", not "US"). */
const FIRST_PERSON_WORDS = perPack((l): ReadonlySet<string> => new Set(l.summary.FIRST_PERSON_WORDS));

function firstPerson(s: string): boolean {
  let previous = '';
  let n = 0;
  for (const m of s.matchAll(/[\p{L}]+(?:['’]\p{L}+)?\.?/gu)) {
    const word = m[0].replace(/\.$/, '');
    const bare = word.replace(/['’]\p{L}+$/u, '');
    if (FIRST_PERSON_WORDS().has(word)) return true;
    // "I", "I'm": not a regnal or list numeral after a name ("King Henry I", "World War I"), not an initial ("I. Smith")
    if (bare === 'I' && !m[0].endsWith('.') && !(n > 1 && /^\p{Lu}/u.test(previous))) return true;
    previous = word;
    n++;
  }
  return false;
}

const URL = /\bhttps?:\/\/|\bwww\.\p{L}|@\p{L}+\.\p{L}{2,}/iu;
/** A telephone number: three groups of digits, or a free-phone prefix. */
const PHONE = /\b0\d{3}\s?\d{3}\s?\d{3,4}\b|\b\d{3}[-. ]\d{3}[-. ]\d{4}\b|\b\d{3}-[A-Z]{4}\b|\b(?:0800|0845|1-800|800)[- ]\d/;

/**
 * Nearly every longer word capitalised: a headline or a title, not a sentence ("Star Named As New Host").
 * A sentence full of names still has its verbs and nouns in lower case.
 */
function headlineShaped(s: string): boolean {
  const words = s.split(/\s+/).slice(1).filter((w) => /^[\p{L}]{4,}/u.test(w));
  if (words.length < 4) return false;
  const capital = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capital / words.length >= 0.85;
}
