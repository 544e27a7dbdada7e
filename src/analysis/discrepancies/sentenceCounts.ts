// Analysis stage (discrepancies): how many sentences someone is serving — one source says "serving two
// life sentences", another "serving a life sentence". "A sentence" is no figure of its own (no number is
// written), so the disagreement is a claim, quoted from both sides.
import { bySourceOrder, type SentenceRef } from '../text/corpus.js';
import { findNumbers } from '../text/numbers.js';
import { lang } from '../lang/index.js';
import type { Discrepancy, Finding } from '../types.js';
import { statementAt } from './statements.js';

interface Said { ref: SentenceRef; count: number; kind: string; start: number; end: number }

export function sentenceCounts(sentences: SentenceRef[]): Discrepancy[] {
  const { SERVING, ONE_WORDS, TERM_SINGULAR, termKind } = lang().discrepancies;
  const said: Said[] = [];
  for (const ref of sentences) {
    for (const m of ref.sentence.text.matchAll(SERVING)) {
      const word = m[1].toLowerCase();
      const count = ONE_WORDS.includes(word) ? 1 : findNumbers(word)[0]?.value;
      if (count === undefined || (count === 1) !== TERM_SINGULAR.test(m[2])) continue;
      said.push({ ref, count, kind: termKind(m[2]), start: m.index, end: m.index + m[0].length });
    }
  }
  const out: Discrepancy[] = [];
  for (const kind of new Set(said.map((s) => s.kind))) {
    const of = said.filter((s) => s.kind === kind);
    const counts = [...new Set(of.map((s) => s.count))].sort((a, b) => a - b);
    // Only across sources: one report giving two counts is telling a story (one sentence, then two more).
    const bySource = new Map<number, Set<string>>(counts.map((c) => [c, new Set(of.filter((s) => s.count === c).map((s) => s.ref.source))]));
    if (counts.length < 2 || [...bySource.values()].every((s, i, all) => all.every((t) => t === s || [...s].every((x) => t.has(x))))) continue;
    const statements = of.sort((a, b) => bySourceOrder(a.ref.source, b.ref.source)).map((s) => statementAt(s.ref, s.start, s.end));
    const finding: Finding = { rule: 'sentenceCount', sentence: kind, counts: counts.map((c) => ({ value: c, sources: [...bySource.get(c)!] })) };
    out.push({ id: `claim-sentences-${kind}`, kind: 'claim', finding, statements });
  }
  return out;
}
