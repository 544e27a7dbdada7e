// Analysis stage (actors): a person referred to by role instead of name ("the president of Ruritania",
// "the Ruritanian president", "Ruritania's prime minister") — matched to the actor whose titles and
// roles carry the same role noun and the same place (a demonym and its country share a stem), so a
// following "He said" can be resolved to the right speaker.
import { lang } from '../lang/index.js';
import type { SentenceTokens } from './tokens.js';

export interface Description {
  actor: string;
  /** Offsets of the description in the paragraph text. */
  start: number;
  end: number;
}

export interface RoleIndex {
  actor: string;
  /** Lower-cased words of every title and role the actor is given. */
  words: string[];
}

/** A place word and a demonym name the same place when one starts with the other's first five letters. */
function samePlace(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const n = Math.min(5, x.length, y.length);
  return n >= 4 && x.slice(0, n) === y.slice(0, n);
}

/** Role descriptions in a sentence that point to exactly one actor. */
export function findDescriptions(s: SentenceTokens, roles: RoleIndex[]): Description[] {
  const out: Description[] = [];
  for (const re of lang().ROLE_DESCRIPTIONS) {
    for (const m of s.text.matchAll(re)) {
      const [role, place] = m[3] !== undefined ? [m[3], m[1] ?? m[2]] : [m[1], m[2]];
      if (!role || !place) continue;
      const roleWords = role.toLowerCase().split(/\s+/);
      const hits = roles.filter((r) => roleWords.every((w) => r.words.includes(w)) && r.words.some((w) => samePlace(w, place)));
      if (hits.length !== 1) continue;
      const start = s.start + m.index!;
      out.push({ actor: hits[0].actor, start, end: start + m[0].length });
    }
  }
  return out;
}
