// Analysis stage (figures): how many times something was done — "twice wrestled him to the floor",
// "fined him three times", "punched his brother 12 times", "was knocked down twice", "sent him down for
// the second time". The count is read
// only with a verb in the past beside it (right after "twice", or before the count in the same clause),
// and the label is that verb with what follows it. A ratio ("twice as many", "three times larger"), a
// rate ("twice a week") or a vague "many times" is no count.
import { tagged } from '../actors/tagger.js';
import { findNumbers } from '../text/numbers.js';
import { lang, listPattern, perPack } from '../lang/index.js';
import { ordinalValue, type SpecialReading } from './special.js';

/** "twice", "thrice": a count of times in one word (global; group 1 the word). */
const ADVERB = perPack((l) => new RegExp(`\\b(${Object.keys(l.figures.TIMES_ADVERBS).join('|')})\\b`, 'gi'));
const WORD = /[\p{L}’'-]+/gu;
const NEW_CLAUSE = perPack((l) => listPattern(l.figures.NEW_CLAUSE, 'i', '^', '$'));
const OBJECT_PRONOUN = perPack((l) => listPattern(l.figures.OBJECT_PRONOUNS, 'i', '^', '$'));
const PARTICLE = perPack((l) => listPattern(l.figures.PARTICLES, 'i', '^', '$'));
const DETERMINER = perPack((l) => listPattern(l.figures.LABEL_DETERMINERS, 'i', '^', '$'));

export function readTimes(text: string): SpecialReading[] {
  const { TIMES_ADVERBS, TIMES_AFTER, FOR_THE_NTH, NOT_A_COUNT, PERIOD } = lang().figures;
  const out: SpecialReading[] = [];
  const counts: { start: number; end: number; value: number }[] = [];
  for (const m of text.matchAll(ADVERB())) counts.push({ start: m.index, end: m.index + m[0].length, value: TIMES_ADVERBS[m[1].toLowerCase()] });
  for (const n of findNumbers(text)) {
    if (n.calendar || n.currency || n.form === 'vague' || n.hyphenWord || !Number.isInteger(n.value) || n.value < 2) continue;
    const t = TIMES_AFTER.exec(text.slice(n.end, n.end + 8));
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
    // "had done it twice", "it happened three times": what was done is said elsewhere, the label could not say it.
    if (emptyDeed(what)) continue;
    // "arrested four times since March" counts over a period, not over a life: not the same figure.
    const scoped = PERIOD.test(text.slice(c.end, c.end + 40));
    out.push({
      numStart: c.start, numEnd: c.end, value: c.value, cls: 'times', event: verb.word.toLowerCase(), subject: what, nouns: ['times'],
      ...(scoped ? { facet: 'over a period' } : {}),
      coreStart: Math.min(c.start, verb.start), coreEnd: Math.max(c.end, verb.start + what.length),
    });
  }
  return out;
}

const EMPTY_VERB = perPack((l) => listPattern(l.figures.TIMES_EMPTY_VERBS, 'i', '^', '$'));
const EMPTY_OBJECT = perPack((l) => listPattern(l.figures.TIMES_EMPTY_OBJECTS, 'i', '^', '$'));

/** A label of a pro-verb or with an object that refers back ("did it", "tried that"): it names no deed. */
function emptyDeed(what: string): boolean {
  const [verb, object] = what.split(' ');
  return EMPTY_VERB().test(verb) || object !== undefined && EMPTY_OBJECT().test(object);
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

/** "fined him three times", "was knocked down twice": the nearest past verb before, in the clause, five words at most. */
function verbBefore(text: string, start: number): { word: string; start: number } | null {
  const from = Math.max(0, start - 60);
  const left = text.slice(from, start);
  const cut = Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf(':'), left.lastIndexOf('('));
  const words = [...left.slice(cut + 1).matchAll(WORD)].slice(-5).reverse();
  for (const w of words) {
    if (NEW_CLAUSE().test(w[0])) return null;
    if (isPastVerb(w[0])) return { word: w[0], start: from + cut + 1 + w.index };
  }
  return null;
}


/**
 * The verb with its particle and object, as the label says it: "knocked down", "fined him", "shot
 * Dorran", "punched his brother", "ordered the audit". `until`: the count itself, when it follows.
 */
function phraseFrom(text: string, start: number, until?: number): string {
  const span = text.slice(start, until ?? Math.min(text.length, start + 60));
  const cut = span.search(/[,.;:!?()"“”]/);
  const words = (cut >= 0 ? span.slice(0, cut) : span).trim().split(/\s+/).filter(Boolean);
  const out = [words[0]];
  let i = 1;
  if (words[i] && PARTICLE().test(words[i])) out.push(words[i++]);
  const w = words[i];
  if (!w) return out.join(' ');
  if (OBJECT_PRONOUN().test(w)) out.push(w);
  else if (/^\p{Lu}/u.test(w)) for (let k = i; k < i + 3 && words[k] && /^\p{Lu}/u.test(words[k]); k++) out.push(words[k]);
  else if (DETERMINER().test(w) && words[i + 1]) {
    // "reached the league playoffs": a name after the determiner is taken whole.
    out.push(w, words[i + 1]);
    for (let k = i + 2; k < i + 4 && /^\p{Lu}/u.test(words[i + 1]) && words[k] && /^\p{Lu}/u.test(words[k]); k++) out.push(words[k]);
  }
  // "sent him down": a particle after the object.
  const next = words[out.length];
  if (out.length > 1 && next && PARTICLE().test(next) && !PARTICLE().test(out[1])) out.push(next);
  return out.join(' ').replace(/[’']s$/, '');
}
