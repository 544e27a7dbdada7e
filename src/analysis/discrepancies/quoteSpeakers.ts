// Analysis stage (discrepancies): one quotation put in different mouths — source A has “…” said by one
// person, source B the same words said by another. The words are the same when the two quotations share
// a run of eight words (reports trim quotations differently). The speakers are the actors the statements
// are attributed to; precision first: both speakers are named people or bodies that share no name word
// (an unmerged "Bo Hale" / "Robert Hale" is one person), each source gives the words to one of them
// only, and no source gives them to both.
import { bySourceOrder } from '../text/corpus.js';
import type { Actor, Discrepancy, Finding, Statement } from '../types.js';
import { sharesNameWord } from './told.js';

/** How many words in a row two quotations must share to be one quotation. */
const RUN = 8;
const QUOTED = /[“"]([^”"]{20,})[”"]/g;

interface Said { actor: Actor; statement: Statement; words: string[]; text: string }

export function quoteSpeakers(actors: Actor[]): Discrepancy[] {
  const said: Said[] = [];
  for (const actor of actors) {
    for (const statement of actor.statements ?? []) {
      for (const m of statement.quote.matchAll(QUOTED)) {
        const words = m[1].toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? [];
        if (words.length >= RUN) said.push({ actor, statement, words, text: m[1] });
      }
    }
  }
  const runs = new Map<string, Said[]>();
  for (const s of said) {
    const keys = new Set<string>();
    for (let i = 0; i + RUN <= s.words.length; i++) keys.add(s.words.slice(i, i + RUN).join(' '));
    for (const k of keys) runs.set(k, [...(runs.get(k) ?? []), s]);
  }
  const out: Discrepancy[] = [];
  const done = new Set<string>();
  for (const group of runs.values()) {
    const speakers = [...new Set(group.map((s) => s.actor))];
    if (speakers.length !== 2) continue;
    const [a, b] = speakers;
    const pair = [a.id, b.id].sort().join('|');
    if (done.has(pair) || sharesNameWord(a, b)) continue;
    const sourcesOf = (x: Actor) => new Set(group.filter((s) => s.actor === x).map((s) => s.statement.source));
    const sa = sourcesOf(a);
    const sb = sourcesOf(b);
    if ([...sa].some((s) => sb.has(s))) continue;
    done.add(pair);
    const statements = [...new Map(group.map((s) => [`${s.statement.source}|${s.statement.paragraph}|${s.statement.quote}`, s.statement])).values()]
      .sort((x, y) => bySourceOrder(x.source, y.source) || x.paragraph - y.paragraph);
    // The quotation as its first source words it, cut after a few words.
    const opening = group[0].text.split(/\s+/).slice(0, RUN).join(' ');
    const finding: Finding = { rule: 'speakers', opening, a: { value: a.name, sources: [...sa] }, b: { value: b.name, sources: [...sb] } };
    out.push({ id: `claim-speaker-${out.length}`, kind: 'claim', finding, statements });
  }
  return out;
}
