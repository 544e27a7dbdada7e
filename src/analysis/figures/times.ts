// Analysis stage (figures): how many times something was done — "twice wrestled him to the floor",
// "rebuffed him three times", "stabbed his wife 17 times", "was knocked down twice", "sent him down for
// the second time". The count is read
// only with a verb in the past beside it (right after "twice", or before the count in the same clause),
// and the label is that verb with what follows it. A ratio ("twice as many", "three times larger"), a
// rate ("twice a week") or a vague "many times" is no count.
import { tagged } from '../actors/tagger.js';
import { findNumbers } from '../text/numbers.js';
import { lang } from '../lang/index.js';
import { ORDINAL, ordinalValue, type SpecialReading } from './special.js';

const ADVERB: Record<string, number> = { twice: 2, thrice: 3 };
/** After the count: a ratio, a rate or a comparison, not a number of times something was done. */
const NOT_A_COUNT = /^\s*(?:as|the|a|an|that|than|per|more|less|over|higher|lower|larger|bigger|greater|smaller|faster|slower|daily|weekly|monthly|yearly|annually|every|each|in a row)\b|^\s+\w+er\s+than\b|^\s+(?:longer|shorter|slower|quicker|cheaper|older|younger|heavier|lighter|taller|wider|deeper|stronger|weaker|worse|better)\b/i;
const WORD = /[\p{L}’'-]+/gu;
const FOR_THE_NTH = new RegExp(`\\bfor\\s+the\\s+(${ORDINAL.source.replace(/^\\b\(\?:|\)\\b$/g, '')})\\s+time\\b`, 'gi');
const PERIOD = /^[^.;,]{0,15}?\b(?:since|in the (?:past|last)|over the (?:past|last)|this (?:year|season|month|week))\b/i;

export function readTimes(text: string): SpecialReading[] {
  const out: SpecialReading[] = [];
  const counts: { start: number; end: number; value: number }[] = [];
  for (const m of text.matchAll(/\b(twice|thrice)\b/gi)) counts.push({ start: m.index, end: m.index + m[0].length, value: ADVERB[m[1].toLowerCase()] });
  for (const n of findNumbers(text)) {
    if (n.calendar || n.currency || n.form === 'vague' || n.hyphenWord || !Number.isInteger(n.value) || n.value < 2) continue;
    const t = /^\s+times\b/i.exec(text.slice(n.end, n.end + 8));
    if (t) counts.push({ start: n.start, end: n.end + t[0].length, value: n.value });
  }
  // "sent him down for the second time": the second time is two times ("for the first time" is a novelty, not a count).
  for (const m of text.matchAll(FOR_THE_NTH)) {
    const value = ordinalValue(m[1]);
    if (value !== null && value >= 2) counts.push({ start: m.index, end: m.index + m[0].length, value });
  }
  for (const c of counts) {
    if (NOT_A_COUNT.test(text.slice(c.end, c.end + 30))) continue;
    // "at least twice", "as many as three times": the words before belong to the quote, not the count.
    const verb = verbRightAfter(text, c.end) ?? verbBefore(text, c.start);
    if (!verb) continue;
    const what = phraseFrom(text, verb.start, verb.start < c.start ? c.start : undefined);
    // "arrested three times since October" counts over a period, not over a life: not the same figure.
    const scoped = PERIOD.test(text.slice(c.end, c.end + 40));
    out.push({
      numStart: c.start, numEnd: c.end, value: c.value, cls: 'times', event: verb.word.toLowerCase(), subject: what, nouns: ['times'],
      ...(scoped ? { facet: 'over a period' } : {}),
      coreStart: Math.min(c.start, verb.start), coreEnd: Math.max(c.end, verb.start + what.length),
    });
  }
  return out;
}

function isPastVerb(word: string): boolean {
  if (lang().STOPWORDS.has(word.toLowerCase()) || !/^\p{Ll}/u.test(word)) return false;
  const tags = tagged(word).tags;
  return tags.length === 1 && (tags[0].includes('PastTense') || tags[0].includes('Participle'));
}

/** "twice wrestled him": the verb right after the count. */
function verbRightAfter(text: string, end: number): { word: string; start: number } | null {
  const m = /^\s+([\p{L}’'-]+)/u.exec(text.slice(end, end + 30));
  return m && isPastVerb(m[1]) ? { word: m[1], start: end + m[0].indexOf(m[1]) } : null;
}

/** "rebuffed him three times", "was knocked down twice": the nearest past verb before, in the clause, five words at most. */
function verbBefore(text: string, start: number): { word: string; start: number } | null {
  const from = Math.max(0, start - 60);
  const left = text.slice(from, start);
  const cut = Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf(':'), left.lastIndexOf('('));
  const words = [...left.slice(cut + 1).matchAll(WORD)].slice(-5).reverse();
  for (const w of words) {
    if (/^(?:and|but|or|while|when|who|which)$/i.test(w[0])) return null;
    if (isPastVerb(w[0])) return { word: w[0], start: from + cut + 1 + w.index };
  }
  return null;
}

const OBJECT_PRONOUN = /^(?:him|her|them|it|me|us|you|himself|herself|themselves)$/i;
const PARTICLE = /^(?:down|up|out|off|over|away|back|in)$/i;
const DETERMINER = /^(?:the|a|an|his|her|their|its|my|our|your)$/i;

/**
 * The verb with its particle and object, as the label says it: "knocked down", "rebuffed him", "shot
 * Flynn", "stabbed his wife", "ordered the FBI". `until`: the count itself, when it follows.
 */
function phraseFrom(text: string, start: number, until?: number): string {
  const span = text.slice(start, until ?? Math.min(text.length, start + 60));
  const cut = span.search(/[,.;:!?()"“”]/);
  const words = (cut >= 0 ? span.slice(0, cut) : span).trim().split(/\s+/).filter(Boolean);
  const out = [words[0]];
  let i = 1;
  if (words[i] && PARTICLE.test(words[i])) out.push(words[i++]);
  const w = words[i];
  if (!w) return out.join(' ');
  if (OBJECT_PRONOUN.test(w)) out.push(w);
  else if (/^\p{Lu}/u.test(w)) for (let k = i; k < i + 3 && words[k] && /^\p{Lu}/u.test(words[k]); k++) out.push(words[k]);
  else if (DETERMINER.test(w) && words[i + 1]) {
    // "reached the NBA Playoffs": a name after the determiner is taken whole.
    out.push(w, words[i + 1]);
    for (let k = i + 2; k < i + 4 && /^\p{Lu}/u.test(words[i + 1]) && words[k] && /^\p{Lu}/u.test(words[k]); k++) out.push(words[k]);
  }
  // "sent him down": a particle after the object.
  const next = words[out.length];
  if (out.length > 1 && next && PARTICLE.test(next) && !PARTICLE.test(out[1])) out.push(next);
  return out.join(' ').replace(/[’']s$/, '');
}
