// Analysis stage (discrepancies): who held a role only one person holds, named differently — "the
// suspect, Jon Doe," in one report against "police named the suspect as Bo Hale" in another. The role
// is one of the pack's single roles (suspect, gunman, victim…) with the article "the"; its holder is a
// person actor named right beside it: "the suspect, X", "the suspect X", "X, the suspect", "named the
// suspect as X", "the suspect was identified as X". Precision first: a role some source counts several
// of ("suspects", "a second gunman", "one of the victims") is left out; a source naming two holders is
// left out (it tells a sequence); two names that share a word may be one person spelt two ways.
import { bySourceOrder, type SentenceRef } from '../text/corpus.js';
import { alternation, lang } from '../lang/index.js';
import type { Actor, Discrepancy, Side, Statement } from '../types.js';
import { statementAt } from './statements.js';

interface Named { ref: SentenceRef; actor: Actor; start: number; end: number }

/** The person actor whose spelling starts (or ends) at `at` in the text: the longest that fits. */
function personAt(persons: Actor[], text: string, at: number, ending = false): { actor: Actor; start: number; end: number } | null {
  let best: { actor: Actor; start: number; end: number } | null = null;
  for (const actor of persons) {
    for (const name of new Set([actor.name, ...actor.aliases])) {
      if (name.length < 3) continue;
      const start = ending ? at - name.length : at;
      if (start < 0 || text.slice(start, start + name.length) !== name) continue;
      const end = start + name.length;
      if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (!best || name.length > best.end - best.start) best = { actor, start, end };
    }
  }
  return best;
}

export function roleHolders(sentences: SentenceRef[], actors: Actor[]): Discrepancy[] {
  const pack = lang();
  const persons = actors.filter((a) => a.kind === 'person');
  if (persons.length < 2) return [];
  const corpus = sentences.map((r) => r.sentence.text).join('\n');
  const pre = `(?:(?:${alternation(pack.ROLE_PREMODIFIERS)})\\s+){0,2}`;
  const out: Discrepancy[] = [];
  pack.SINGLE_ROLES.forEach((role, i) => {
    // A story with several holders: any source that writes the plural or counts the role.
    if (new RegExp(`\\b${pack.SINGLE_ROLE_PLURALS[i]}\\b`, 'i').test(corpus)) return;
    for (const m of corpus.matchAll(new RegExp(`\\b${role}\\b`, 'gi'))) {
      if (pack.SEVERAL_HOLDERS.test(corpus.slice(Math.max(0, m.index - 30), m.index))) return;
    }
    const before = new RegExp(`\\bthe\\s+${pre}${role}(?:,\\s*|\\s+)$|\\b(?:${alternation(pack.NAMING_VERBS)})\\s+the\\s+${pre}${role}\\s+as\\s+$|\\bthe\\s+${pre}${role}\\s+(?:was|has\\s+been|had\\s+been|is)\\s+(?:${alternation(pack.NAMING_VERBS)})\\s+as\\s+$`, 'i');
    // Not a possessive: "X, the victim's mother" names someone else than the victim.
    const after = new RegExp(`^,\\s+the\\s+${pre}${role}\\b(?!['’]s\\b)`, 'i');
    const named: Named[] = [];
    for (const ref of sentences) {
      const text = ref.sentence.text;
      if (!new RegExp(`\\b${role}\\b`, 'i').test(text)) continue;
      for (let at = 1; at < text.length; at++) {
        const lead = /\s/.test(text[at - 1]) ? before.exec(text.slice(Math.max(0, at - 80), at)) : null;
        if (lead) {
          const p = personAt(persons, text, at);
          if (p) named.push({ ref, actor: p.actor, start: at - lead[0].length, end: p.end });
        }
        const tail = text[at] === ',' ? after.exec(text.slice(at)) : null;
        if (tail) {
          const p = personAt(persons, text, at, true);
          if (p) named.push({ ref, actor: p.actor, start: p.start, end: at + tail[0].length });
        }
      }
    }
    const bySource = new Map<string, Named[]>();
    for (const n of named) bySource.set(n.ref.source, [...(bySource.get(n.ref.source) ?? []), n]);
    const told = [...bySource.values()].filter((ns) => new Set(ns.map((n) => n.actor)).size === 1);
    const holders = [...new Set(told.map((ns) => ns[0].actor))];
    if (holders.length < 2 || holders.some((a, j) => holders.some((b, k) => j < k && sharesNameWord(a, b)))) return;
    const chosen = told.map((ns) => ns[0]).sort((a, b) => bySourceOrder(a.ref.source, b.ref.source));
    const sides: Side[] = holders.map((a) => ({ value: a.name, sources: chosen.filter((n) => n.actor === a).map((n) => n.ref.source) }));
    const statements: Statement[] = chosen.map((n) => statementAt(n.ref, n.start, n.end, 40, 40));
    out.push({ id: `claim-role-${role}`, kind: 'claim', finding: { rule: 'roleHolder', role, holders: sides }, statements });
  });
  return out;
}

/** Two profiles that share a name word may be one person the actors stage did not merge. */
function sharesNameWord(a: Actor, b: Actor): boolean {
  const words = (x: Actor) => new Set([x.name, ...x.aliases].flatMap((n) => n.toLowerCase().split(/[\s.-]+/)).filter((w) => w.length > 2));
  const wb = words(b);
  return [...words(a)].some((w) => wb.has(w));
}
