// Analysis stage (discrepancies): who held a role only one person holds, named differently — "the
// suspect, Jon Doe," in one report against "police named the suspect as Bo Hale" in another. The role
// is one of the pack's single roles (suspect, gunman, victim…) with the article "the"; its holder is a
// person actor named right beside it: "the suspect, X", "the suspect X", "X, the suspect", "named the
// suspect as X", "the suspect was identified as X". Precision first: a role some source counts several
// of ("suspects", "a second gunman", "one of the victims") is left out; a source naming two holders is
// left out (it tells a sequence); two names that share a word may be one person spelt two ways.
import type { SentenceRef } from '../text/corpus.js';
import { alternation, lang } from '../lang/index.js';
import type { Actor, Discrepancy, Side, Statement } from '../types.js';
import { statementAt } from './statements.js';
import { actorAt, onePerSource, sharesNameWord, sidesOf } from './told.js';

interface Named { ref: SentenceRef; actor: Actor; start: number; end: number }

export function roleHolders(sentences: SentenceRef[], actors: Actor[]): Discrepancy[] {
  const pack = lang();
  const persons = actors.filter((a) => a.kind === 'person');
  if (persons.length < 2) return [];
  const corpus = sentences.map((r) => r.sentence.text).join('\n');
  const pre = `(?:(?:${alternation(pack.ROLE_PREMODIFIERS)})\\s+){0,2}`;
  const { THE: the, NAMED_AS: as, POSSESSIVE } = pack.discrepancies;
  const naming = alternation(pack.NAMING_VERBS);
  const be = alternation(pack.discrepancies.PASSIVE_BE);
  const out: Discrepancy[] = [];
  pack.SINGLE_ROLES.forEach((role, i) => {
    // A story with several holders: any source that writes the plural or counts the role.
    if (new RegExp(`\\b${pack.SINGLE_ROLE_PLURALS[i]}\\b`, 'i').test(corpus)) return;
    for (const m of corpus.matchAll(new RegExp(`\\b${role}\\b`, 'gi'))) {
      if (pack.SEVERAL_HOLDERS.test(corpus.slice(Math.max(0, m.index - 30), m.index))) return;
    }
    const before = new RegExp(`\\b${the}\\s+${pre}${role}(?:,\\s*|\\s+)$|\\b(?:${naming})\\s+${the}\\s+${pre}${role}\\s+${as}\\s+$|\\b${the}\\s+${pre}${role}\\s+(?:${be})\\s+(?:${naming})\\s+${as}\\s+$`, 'i');
    // Not a possessive: "X, the victim's mother" names someone else than the victim.
    const after = new RegExp(`^,\\s+${the}\\s+${pre}${role}\\b(?!${POSSESSIVE}\\b)`, 'i');
    const named: Named[] = [];
    for (const ref of sentences) {
      const text = ref.sentence.text;
      if (!new RegExp(`\\b${role}\\b`, 'i').test(text)) continue;
      for (let at = 1; at < text.length; at++) {
        const lead = /\s/.test(text[at - 1]) ? before.exec(text.slice(Math.max(0, at - 80), at)) : null;
        if (lead) {
          const p = actorAt(persons, text, at);
          if (p) named.push({ ref, actor: p.actor, start: at - lead[0].length, end: p.end });
        }
        const tail = text[at] === ',' ? after.exec(text.slice(at)) : null;
        if (tail) {
          const p = actorAt(persons, text, at, true);
          if (p) named.push({ ref, actor: p.actor, start: p.start, end: at + tail[0].length });
        }
      }
    }
    const chosen = onePerSource(named, (n, first) => n.actor === first.actor);
    const holders = [...new Set(chosen.map((n) => n.actor))];
    if (holders.length < 2 || holders.some((a, j) => holders.some((b, k) => j < k && sharesNameWord(a, b)))) return;
    const sides: Side[] = sidesOf(chosen, (n) => n.actor.id, (n) => ({ value: n.actor.name }));
    const statements: Statement[] = chosen.map((n) => statementAt(n.ref, n.start, n.end, 40, 40));
    out.push({ id: `claim-role-${role}`, kind: 'claim', finding: { rule: 'roleHolder', role, holders: sides }, statements });
  });
  return out;
}
