// Analysis stage (figures): ordinals that count — "the 14th head coach", "the fourth coach since she took
// over", "his fourth scoring title", "his 12th straight fight", "the season's 23rd game" — and streaks
// ("12 fights in a row").
// Only an ordinal before a noun that names a post held in turn, a title or a contest counts something;
// "the second day", "the third round" (see rounds.ts) or "first time" are not counts.
import { findNumbers } from '../text/numbers.js';
import { lang } from '../lang/index.js';
import { isNameWord, ORDINAL, ordinalValue, type SpecialReading, subjectBefore } from './special.js';

/** The figures' words of the corpus's language (lang/en-figures.ts for English). */
const F = () => lang().figures;

export function readOrdinals(text: string): SpecialReading[] {
  const out: SpecialReading[] = [];
  for (const m of text.matchAll(ORDINAL())) {
    const value = ordinalValue(m[0]);
    // "The first X" is the earliest one far more often than a count.
    if (value === null || value === 1) continue;
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 60);
    const streak = F().STREAK.exec(after.slice(0, 25));
    // Up to two modifiers ("Hawks", "NBA scoring") between the ordinal and the noun.
    const rest = streak ? after.slice(streak.index + streak[0].length) : after;
    const from = end + (streak ? streak.index + streak[0].length : 0);
    const words = [...rest.matchAll(/[\p{L}'-]+/gu)].slice(0, 5).filter((w) => !/[.;,:!?]/.test(rest.slice(0, w.index)));
    let head: { text: string; end: number } | null = null;
    for (let k = 0; k <= 2 && k < words.length && !head; k++) {
      // A modifier is a content word: "the 7th of their first title fight" counts no title.
      if (k > 0 && lang().STOPWORDS.has(words[k - 1][0].toLowerCase())) break;
      const m = (streak ? F().CONTESTS : F().COUNTED).exec(rest.slice(words[k].index)) ?? (streak ? F().COUNTED.exec(rest.slice(words[k].index)) : null);
      if (m) head = { text: m[0], end: from + words[k].index + m[0].length };
    }
    if (!head && !(streak && F().IN_A_ROW_AFTER.test(after))) continue;
    if (!streak && F().VICTORY_HEAD.test(head?.text ?? '')) continue; // "41st victory": records.ts
    // Named by its head noun: "head coach" and "coach" are one post.
    const named = head ? F().singular(head.text.toLowerCase()).split(/\s+/).pop()! : 'contest';
    // "their ninth straight victory" and "their ninth straight win" are one streak.
    const thing = streak && F().VICTORY_HEAD.test(named) ? F().WIN : named;
    const nounEnd = head ? head.end : from;
    const scoped = !streak && F().SCOPED.test(text.slice(nounEnd, nounEnd + 60));
    // Whose place it is: the 20th coach and the 21st are two people, not a disagreement.
    const holder = subjectBefore(text, start, false);
    out.push({
      // The key tells posts apart by what is held (event) and who holds it (subject).
      numStart: start, numEnd: end, value, cls: streak ? 'streak' : 'ordinal', event: streak ? null : thing, subject: streak ? thing : holder, nouns: [thing],
      ...(scoped ? { facet: 'over a period' } : streak && holder ? { facet: holder } : {}),
      coreStart: start, coreEnd: Math.max(nounEnd, end),
    });
  }
  // "until the season's 23rd game", "the 23rd game of the season": which game of a season.
  for (const m of text.matchAll(ORDINAL())) {
    const value = ordinalValue(m[0]);
    if (value === null || value === 1) continue;
    const end = m.index + m[0].length;
    const game = F().GAME_AFTER.exec(text.slice(end, end + 10));
    if (!game) continue;
    const seasonBefore = F().SEASON_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index));
    const seasonAfter = F().SEASON_AFTER.exec(text.slice(end + game[0].length, end + game[0].length + 30));
    if (!seasonBefore && !seasonAfter) continue;
    // "lost their 9th game of the season" counts defeats, not which game.
    if (F().RESULT_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    out.push({
      // Many things happen in some game of a season: only the same game is one figure.
      numStart: m.index, numEnd: end, value, cls: 'ordinal', event: game[1].toLowerCase(), subject: (seasonBefore ?? seasonAfter)![1].toLowerCase(), nouns: [game[1].toLowerCase()], facet: String(value),
      coreStart: seasonBefore ? m.index - seasonBefore[0].length : m.index, coreEnd: end + game[0].length + (seasonAfter?.[0].length ?? 0),
    });
  }
  // "his second victory over Doe", "a third professional win against Doe": victories over one opponent.
  for (const m of text.matchAll(F().VERSUS)) {
    const value = ordinalValue(m[1]);
    if (value === null) continue;
    const name = m[3].split(/\s+/).filter(isNameWord).pop();
    if (!name) continue;
    const event = F().VICTORY_WORD.test(m[2]) ? 'victories' : 'defeats';
    out.push({
      numStart: m.index, numEnd: m.index + m[1].length, value, cls: 'versus', event, subject: name.replace(/[’']s$/, ''), nouns: [event],
      coreStart: m.index, coreEnd: m.index + m[0].length,
    });
  }
  // "12 fights in a row", "won 9 title fights in a row".
  for (const n of findNumbers(text)) {
    if (n.calendar || n.form === 'vague' || n.currency) continue;
    const m = F().STREAK_AFTER.exec(text.slice(n.end, n.end + 50));
    if (!m) continue;
    const thing = F().singular(`${m[1]}${m[2]}`.toLowerCase());
    const holder = subjectBefore(text, n.start, false);
    out.push({ numStart: n.start, numEnd: n.end, value: n.value, cls: 'streak', event: null, subject: thing, nouns: [thing], ...(holder ? { facet: holder } : {}), coreStart: n.start, coreEnd: n.end + m[0].length });
  }
  return out;
}

