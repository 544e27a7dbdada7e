// Analysis stage (actors): statements attributed to an actor, quoted verbatim — sentences where the actor
// is the subject of a verb of speech ("X said …", "according to X"), and a following "He said …" in
// the same paragraph, which continues the last named speaker.
import type { Statement } from '../types.js';
import { SPEECH_VERBS } from './lexicon.js';
import { ATTRIBUTION_BEFORE, verbAfter, type Mention } from './mentions.js';
import type { SentenceTokens } from './tokens.js';

function speaks(m: Mention): boolean {
  const s = m.sentence;
  const i = s.tokens.findIndex((t) => t.start === m.start);
  if (i < 0) return false;
  const before = s.tokens.slice(Math.max(0, i - 3), i).map((t) => t.word.toLowerCase());
  return verbAfter(s, m.end).some((w) => SPEECH_VERBS.has(w)) || ATTRIBUTION_BEFORE.test(before.join(' '));
}

/** Statements per actor key, given which actor each mention belongs to. */
export function attributeStatements(sentences: SentenceTokens[], mentions: Mention[], actorOf: Map<Mention, string>, persons: Set<string>): Map<string, Statement[]> {
  const out = new Map<string, Statement[]>();
  const seen = new Set<string>();
  const add = (actor: string, s: SentenceTokens) => {
    const k = `${actor}|${s.source}|${s.paragraph}|${s.start}`;
    if (seen.has(k)) return;
    seen.add(k);
    const list = out.get(actor) ?? [];
    list.push({ source: s.source, paragraph: s.paragraph, quote: s.text });
    out.set(actor, list);
  };
  const bySentence = new Map<SentenceTokens, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  // the last person named as speaking in this source, until another person is named
  let lastSpeaker: { actor: string; source: string } | null = null;
  for (const s of sentences) {
    if (lastSpeaker && lastSpeaker.source !== s.source) lastSpeaker = null;
    let spoke = false;
    for (const m of bySentence.get(s) ?? []) {
      const actor = actorOf.get(m);
      if (!actor) continue;
      if (speaks(m)) {
        add(actor, s);
        spoke = true;
        if (persons.has(actor)) lastSpeaker = { actor, source: s.source };
      } else if (persons.has(actor) && actor !== lastSpeaker?.actor) lastSpeaker = null;
    }
    if (!spoke && lastSpeaker && /^(?:He|She)\b/.test(s.text)) {
      const verbs = s.tokens.slice(1, 4).map((t) => t.word.toLowerCase());
      if (verbs.some((w) => SPEECH_VERBS.has(w))) add(lastSpeaker.actor, s);
    }
  }
  return out;
}
