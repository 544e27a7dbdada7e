// Analysis stage (discrepancies): one source calls a move a surprise, another says it was long coming —
// "in a shock decision, the board fired X" against "the decision had been coming for
// months". Both sides must name the same kind of act (move, decision, firing…); a side that names people
// must share one with the other, so two different moves of one story are not paired.
import { bySourceOrder, type SentenceRef } from '../text/corpus.js';
import { lang } from '../lang/index.js';
import type { Discrepancy } from '../types.js';
import { statementAt } from './statements.js';

interface Hit { ref: SentenceRef; act: string; start: number; end: number; names: Set<string> }

function hits(sentences: SentenceRef[], re: RegExp): Hit[] {
  const out: Hit[] = [];
  for (const ref of sentences) {
    for (const m of ref.sentence.text.matchAll(re)) {
      const act = (m.slice(1).find(Boolean) ?? '').toLowerCase();
      // Names inside the sentence (not its first word), to tell two moves apart.
      const names = new Set([...ref.sentence.text.matchAll(/(?<!^)(?<=\s)\p{Lu}[\p{L}’'-]{2,}/gu)].map((n) => n[0].replace(/[’']s$/, '').toLowerCase()));
      out.push({ ref, act, start: m.index, end: m.index + m[0].length, names });
    }
  }
  return out;
}

export function surpriseClaims(sentences: SentenceRef[]): Discrepancy[] {
  const surprised = hits(sentences, lang().discrepancies.SURPRISE);
  const expected = hits(sentences, lang().discrepancies.EXPECTED);
  const paired = new Set<Hit>();
  for (const a of surprised) {
    for (const b of expected) {
      if (a.ref.source === b.ref.source || a.act !== b.act) continue;
      if (a.names.size && b.names.size && ![...a.names].some((n) => b.names.has(n))) continue;
      paired.add(a);
      paired.add(b);
    }
  }
  if (!paired.size) return [];
  const list = [...paired].sort((x, y) => Number(expected.includes(x)) - Number(expected.includes(y)) || bySourceOrder(x.ref.source, y.ref.source));
  const said = (side: Hit[]) => side.filter((h) => paired.has(h)).map((h) => ({ value: h.ref.sentence.text.slice(h.start, h.end), sources: [h.ref.source] }));
  return [{
    id: 'claim-surprise', kind: 'claim', finding: { rule: 'surprise', act: list[0].act, surprised: said(surprised), expected: said(expected) },
    statements: list.map((h) => statementAt(h.ref, h.start, h.end)),
  }];
}
