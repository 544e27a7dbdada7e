// Analysis stage (actors): statements attributed to an actor, quoted verbatim — sentences where the actor
// (by name, or by a role description such as "the president of X") is the subject of a reporting verb
// with something reported: a quotation, a that-clause, or a verb of saying ("X said …", "according to
// X"); and a following "He/She said …", which continues the nearest preceding person.
import type { Statement } from '../types.js';
import { findDescriptions, type RoleIndex } from './descriptions.js';
import { lang } from '../lang/index.js';
import { verbAfter, type Mention } from './mentions.js';
import type { SentenceTokens } from './tokens.js';

const QUOTE = /["“”]|(?<!\p{L})[‘’]|[‘’](?!\p{L})/u;

/** A reporting verb right after `end` with something reported; "made" only as "made it clear/known". */
function reportsAfter(s: SentenceTokens, end: number): boolean {
  const verbs = verbAfter(s, end).filter((w) => lang().SPEECH_VERBS.has(w));
  if (verbs.length === 0) return false;
  const { MADE, MADE_CLEAR, THAT } = lang().actors;
  const rest = s.paragraphText.slice(end, s.start + s.text.length);
  if (verbs.every((w) => w === MADE) && !MADE_CLEAR.test(rest)) return false;
  const before = s.paragraphText.slice(s.start, end);
  return verbs.some((w) => lang().SAYING_VERBS.has(w)) || QUOTE.test(rest) || QUOTE.test(before) || THAT.test(rest);
}

function speaks(m: Mention): boolean {
  const s = m.sentence;
  const i = s.tokens.findIndex((t) => t.start === m.start);
  if (i < 0) return false;
  const before = s.tokens.slice(Math.max(0, i - 3), i).map((t) => t.word.toLowerCase());
  return reportsAfter(s, m.end) || lang().actors.ATTRIBUTION_BEFORE.test(before.join(' '));
}

/** A reference to an actor in a sentence: a name mention or a role description. */
interface Reference { actor: string; start: number; speaks: boolean }

/** Statements per actor key, given which actor each mention belongs to and each person's titles/roles. */
export function attributeStatements(
  sentences: SentenceTokens[], mentions: Mention[], actorOf: Map<Mention, string>, persons: Set<string>, roles: RoleIndex[] = [],
): Map<string, Statement[]> {
  const out = new Map<string, Statement[]>();
  const seen = new Set<string>();
  const add = (actor: string, s: SentenceTokens) => {
    const k = `${actor}|${s.source}|${s.paragraph}|${s.start}`;
    if (seen.has(k)) return;
    seen.add(k);
    const list = out.get(actor) ?? [];
    list.push({ source: s.source, paragraph: s.paragraph, quote: s.text, start: s.start });
    out.set(actor, list);
  };
  const bySentence = new Map<SentenceTokens, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  // the last person named (or described) as speaking in this source, until another person is referred to
  let lastSpeaker: { actor: string; source: string } | null = null;
  for (const s of sentences) {
    if (lastSpeaker && lastSpeaker.source !== s.source) lastSpeaker = null;
    const descriptions = findDescriptions(s, roles);
    // the place in "the president of X" is part of the description, not a speaker
    const inDescription = (m: Mention) => descriptions.some((d) => m.start >= d.start && m.end <= d.end);
    const refs: Reference[] = [
      ...(bySentence.get(s) ?? []).flatMap((m) => {
        const actor = actorOf.get(m);
        return actor && !inDescription(m) ? [{ actor, start: m.start, speaks: speaks(m) }] : [];
      }),
      ...descriptions.map((d) => ({ actor: d.actor, start: d.start, speaks: reportsAfter(s, d.end) })),
    ].sort((a, b) => a.start - b.start);
    let spoke = false;
    for (const r of refs) {
      if (r.speaks) {
        add(r.actor, s);
        spoke = true;
        if (persons.has(r.actor)) lastSpeaker = { actor: r.actor, source: s.source };
      } else if (persons.has(r.actor) && r.actor !== lastSpeaker?.actor) lastSpeaker = null;
    }
    if (!spoke && lastSpeaker && lang().actors.PRONOUN_OPENING.test(s.text) && reportsAfter(s, s.tokens[0].end)) add(lastSpeaker.actor, s);
  }
  return out;
}
