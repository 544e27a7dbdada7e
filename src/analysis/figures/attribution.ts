// Analysis stage (figures): who gave a figure ("according to the ministry", "X said", "he said" → the
// person named just before) and whether the source reports it as a claim rather than a fact.
import { lang, perPack } from '../lang/index.js';

/** Who gave the figure, when the sentence says ("according to …", "citing …", "X said"). */
export function attributionOf(sentence: string, patterns = lang().ATTRIBUTION): string | null {
  if (patterns !== lang().ATTRIBUTION) return firstAttribution(sentence, patterns);
  const recent = recentOf();
  // asked again for every number of a sentence: the last sentences' answers are kept
  let who = recent.get(sentence);
  if (who === undefined) {
    if (recent.size >= 64) recent.clear();
    who = firstAttribution(sentence, patterns);
    recent.set(sentence, who);
  }
  return who;
}

const recentOf = perPack(() => new Map<string, string | null>());

function firstAttribution(sentence: string, patterns: RegExp[]): string | null {
  for (const re of patterns) {
    const m = re.exec(sentence);
    // "Doe added 74 yards": a verb of saying that also means doing, with an amount as its object, says nothing.
    if (m && lang().DOING_NOT_SAYING.test(sentence.slice(m.index + m[0].length - 12, m.index + m[0].length + 16))) continue;
    const who = m?.[1].trim().replace(/\s+/g, ' ').replace(lang().SPEAKER_CONJUNCTION, '').replace(lang().figures.LEADING_ARTICLE, (w) => w.toLowerCase());
    // A pronoun names no one a reader could check; a passive's subject ("no arrests were reported") or a
    // clause about something else is no one at all.
    if (who && !lang().PRONOUN.test(who) && !lang().NOT_A_SPEAKER.test(who)) return who;
  }
  return null;
}

/**
 * Who gave the number at `at` in the sentence: the attribution of its own part of the sentence
 * ("…organisers said; police put it at…"), else of the sentence, else — for "he said" / "she said" —
 * the person last named as saying or doing something before the pronoun, in this ¶ or the one before. A
 * hedged figure is credited to who blames or claims in the sentence.
 */
export function whoSaid(sentence: string, at: number, earlier: string, hedged = false): string | null {
  const own = attributionOf(segmentAround(sentence, at)) ?? attributionOf(sentence) ?? (hedged ? attributionOf(sentence, [lang().CLAIMANT]) : null);
  if (own) return own;
  const pronoun = lang().PRONOUN_SAID.exec(sentence);
  return pronoun ? lastSpeaker(`${earlier}\n${sentence.slice(0, pronoun.index)}`) : null;
}

/** The last person named right before a reporting verb: "Ruritania’s President Jane Doe said" → "Jane Doe". */
function lastSpeaker(text: string): string | null {
  let found: string | null = null;
  for (const m of text.matchAll(lang().SPEAKER)) {
    const words = m[1].split(/\s+/);
    // The name is what follows the last possessive or title ("Country’s President | Jane Doe").
    let from = 0;
    words.forEach((w, i) => { if (/[’']s$/.test(w) || lang().NOT_NAME.test(w)) from = i + 1; });
    const name = words.slice(from);
    // A lone capitalised word of an organisation ("Ministry said") is not a person.
    if (name.length && !lang().BODY_WORD.test(name[name.length - 1])) found = name.join(' ');
  }
  return found;
}

/** The part of a sentence between semicolons that holds `at` ("…, organisers said; police put the number at …"). */
function segmentAround(text: string, at: number): string {
  const start = text.lastIndexOf(';', at) + 1;
  const end = text.indexOf(';', at);
  return text.slice(start, end < 0 ? text.length : end).trim();
}

/** Whether the words right before the number at `at` hedge it ("allegedly numbering as many as 5,000"). */
export function isHedged(sentence: string, at: number): boolean {
  return lang().CLAIM_HEDGE.test(sentence.slice(Math.max(0, at - 60), at));
}
