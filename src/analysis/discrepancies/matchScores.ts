// Analysis stage (discrepancies): the final score of one match told differently — "the Rovers beat the
// Lions 3-1" against "the Rovers won 3-2 against the Lions". A score is read only right after a result
// verb ("beat …", "won") or right before a result noun ("a 31-24 victory"), with a named team (an actor)
// in its clause; two scores are of one match when their clauses name a team in common. Precision first:
// a clause with a half-time, a lead, a record, another season or several scores is not read, and a source
// that gives two final scores for a team (a series, a season) is left out.
import type { SentenceRef } from '../text/corpus.js';
import { clauseAround } from '../text/clauses.js';
import { alternation, lang } from '../lang/index.js';
import type { Actor, Discrepancy } from '../types.js';
import { statementAt } from './statements.js';
import { actorIds, onePerSource, sidesOf } from './told.js';

/** Two numbers of a score, not inside a longer run ("2019-20", "10-2-1") nor a date. */
const PAIR = /(?<![\d.,/:-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d/:–-]|\.\d)/g;

interface Score { ref: SentenceRef; score: string; teams: Set<string>; names: Set<string>; start: number; end: number }

/** The capitalised words of a clause, calendar words left out: the teams (and more) it names. */
function capitalised(clause: string, calendar: Set<string>): Set<string> {
  const { STOPWORDS } = lang();
  return new Set([...clause.matchAll(/\p{Lu}[\p{L}’'-]+/gu)].map((m) => m[0].replace(/[’']s$/, '')).filter((w) => !calendar.has(w) && !STOPWORDS.has(w.toLowerCase())));
}

/**
 * Two scores are of one match when their clauses name both teams, or one team in common and, beyond that
 * team's words, a name in common (the opponent): "beat the Lions 3-1" and "won 3-2 against the Lions" are one match,
 * "a 97-61 rout of A" and "an 84-77 victory against B" are two.
 */
function oneMatch(a: Score, b: Score, actors: Actor[]): boolean {
  const team = [...a.teams].filter((t) => b.teams.has(t));
  if (team.length !== 1) return team.length > 1;
  const own = new Set(actors.filter((x) => team.includes(x.id)).flatMap((x) => [x.name, ...x.aliases]).flatMap((n) => n.split(/\s+/)));
  return [...a.names].some((w) => !own.has(w) && b.names.has(w));
}

export function matchScores(sentences: SentenceRef[], actors: Actor[]): Discrepancy[] {
  const pack = lang();
  const verbBefore = new RegExp(`\\b(?:${alternation(pack.RESULT_VERBS)})\\s+(?:[\\p{L}.'’-]+\\s+){0,4}$`, 'iu');
  const nounAfter = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${alternation(pack.RESULT_NOUNS)})\\b`, 'i');
  const calendar = new Set([...pack.WEEKDAYS, ...pack.MONTH_NAMES.flat()]);
  const scores: Score[] = [];
  for (const ref of sentences) {
    const text = ref.sentence.text;
    for (const m of text.matchAll(PAIR)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 60), start);
      if (!verbBefore.test(before) && !nounAfter.test(text.slice(end, end + 25))) continue;
      // A record in brackets or after a name ("the Hawks (9-3)") is no score.
      if (/\(\s*$/.test(before)) continue;
      const [l, r] = clauseAround(text, start, end);
      const clause = text.slice(l, r);
      if (pack.NOT_FINAL_SCORE.test(clause) || [...clause.matchAll(PAIR)].length > 1) continue;
      const teams = actorIds(actors, clause);
      if (!teams.size) continue;
      const [a, b] = [Number(m[1]), Number(m[2])];
      scores.push({ ref, score: `${Math.max(a, b)}-${Math.min(a, b)}`, teams, names: capitalised(clause, calendar), start, end });
    }
  }
  const out: Discrepancy[] = [];
  const done = new Set<Score>();
  for (const seed of scores) {
    if (done.has(seed)) continue;
    // Every score whose clause shares a team with this one, and with those (one match's reports).
    const group = new Set([seed]);
    for (let grew = true; grew;) {
      grew = false;
      for (const s of scores) {
        if (!group.has(s) && [...group].some((g) => oneMatch(g, s, actors))) { group.add(s); grew = true; }
      }
    }
    for (const s of group) done.add(s);
    const chosen = onePerSource([...group], (s, first) => s.score === first.score);
    if (new Set(chosen.map((s) => s.score)).size < 2) continue;
    const common = actors.filter((a) => chosen.every((s) => s.teams.has(a.id))).map((a) => a.name);
    out.push({
      id: `claim-score-${out.length}`, kind: 'claim',
      finding: { rule: 'score', teams: common, scores: sidesOf(chosen, (s) => s.score, (s) => ({ value: s.ref.sentence.text.slice(s.start, s.end) })) },
      statements: chosen.map((s) => statementAt(s.ref, s.start, s.end)),
    });
  }
  return out;
}
