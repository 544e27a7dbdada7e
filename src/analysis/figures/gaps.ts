// Analysis stage (figures): the time between two events — "nearly three weeks after the Hawks ended
// their season", "two months before the escape", "the three years that had passed since their first meeting". Named by the last noun of the event it is counted from
// ("season", "escape"); many things happen some days after one event, so only the same length joins one
// figure and two lengths never conflict. "Three days later" and "two years ago" say only when, and are
// not read.
import { lang, listPattern, perPack } from '../lang/index.js';
import { findNumbers } from '../text/numbers.js';
import { qualifierBefore } from './qualifiers.js';
import type { SpecialReading } from './special.js';
import { tagged } from '../actors/tagger.js';

/** The figures' words of the corpus's language (lang/en-figures.ts for English). */
const F = () => lang().figures;
const GAP_BEFORE = perPack((l) => listPattern(l.figures.GAP_BEFORE, 'i', '^', '$'));
const GAP_PART = perPack((l) => listPattern(l.figures.GAP_PART, 'i', '^', '$'));
const GAP_CUT = perPack((l) => listPattern(l.figures.GAP_CUT, 'i', '^', '$'));

export function readGaps(text: string): SpecialReading[] {
  const out: SpecialReading[] = [];
  for (const n of findNumbers(text)) {
    if (n.calendar || n.currency || n.form === 'vague' || n.hyphenWord || n.valueMax !== undefined) continue;
    const m = F().GAP.exec(text.slice(n.end, n.end + 80));
    if (!m) continue;
    // The event: up to six words, cut at a clause word; named by a name ("Christmas", "the World Series")
    // or by the head of its last determined noun phrase ("their season", "the prisoner's escape", "the break-in").
    const words = m[3].split(/\s+/).slice(0, 6);
    // ("the end of their tour" is the tour's end; "the death of the dictator" is a death.)
    const cut = words.findIndex((w, i) => i > 0 && (GAP_CUT().test(w)
      || (w === F().GAP_OF && !GAP_PART().test(words[i - 1]))));
    const event = (cut > 0 ? words.slice(0, cut) : words).join(' ');
    const noun = eventName(event);
    if (!noun) continue;
    const qual = qualifierBefore(text.slice(0, n.start));
    const relation = GAP_BEFORE().test(m[2]) ? 'before' : 'after';
    out.push({
      numStart: n.start, numEnd: n.end, value: n.value, cls: 'duration', event: null, subject: `time ${relation} ${noun}`,
      nouns: [`${m[1].toLowerCase().replace(/s$/, '')}s`], facet: String(n.value), qualifier: qual?.words ?? null,
      coreStart: n.start - (qual?.length ?? 0), coreEnd: n.end + m[0].indexOf(m[3]) + event.length,
    });
  }
  return out;
}

function eventName(event: string): string | null {
  const name = F().GAP_NAMED.exec(event);
  if (name) return `${name[1] ?? ''}${name[2].trim().replace(/[’']s$/, '')}`;
  const dets = [...event.matchAll(F().GAP_DETERMINER)];
  if (!dets.length) return null;
  const last = dets[dets.length - 1];
  // A short noun phrase: a head and two modifiers at most ("Friday's nationwide dock strike").
  const phrase = event.slice(last.index + last[0].length).split(/\s+/).filter(Boolean);
  const head = phrase[phrase.length - 1];
  if (!head || phrase.length > 3 || !/^\p{Ll}[\p{Ll}-]+$/u.test(head) || /ed$/.test(head)) return null;
  // An adjective, an ordinal or a verb in the past is no event ("the first", "the lost").
  const tags = tagged(head).tags[0] ?? [];
  if (tags.some((t) => t === 'Adjective' || t === 'Value' || t === 'Ordinal' || t === 'PastTense')) return null;
  return `the ${head}`;
}
