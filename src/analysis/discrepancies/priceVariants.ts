// Analysis stage (discrepancies): sources naming different goods whose price is at issue ("fuel prices",
// "gas prices", "LPG prices") when no one source names two of them — so they tell one story differently.
import { listSources, type SentenceRef } from '../text/corpus.js';
import type { Discrepancy } from '../types.js';
import { statementAt } from './statements.js';

/** Words before "prices" that say how prices moved or where, not what was priced. */
const NOT_GOODS = new Set('rising rise rises higher high soaring surging spiralling falling lower low local world global consumer retail sharp steep record increased increasing the of in on their its our new current market average'.split(' '));

const PRICE = /\b([\p{L}][\p{L}-]*)\s+prices?\b|\bprices?\s+(?:of|for)\s+([\p{L}][\p{L}-]*)/gu;

interface Mention { ref: SentenceRef; good: string; start: number; end: number }

export function priceVariants(sentences: SentenceRef[]): Discrepancy[] {
  const mentions: Mention[] = [];
  for (const ref of sentences) {
    for (const m of ref.sentence.text.matchAll(PRICE)) {
      const word = m[1] ?? m[2];
      if (NOT_GOODS.has(word.toLowerCase())) continue;
      mentions.push({ ref, good: word.toLowerCase(), start: m.index, end: m.index + m[0].length });
    }
  }
  const goods = new Map<string, Mention[]>();
  for (const m of mentions) goods.set(m.good, [...(goods.get(m.good) ?? []), m]);
  if (goods.size < 2) return [];
  // A source naming two goods is talking about two prices, not disagreeing about one.
  const perSource = new Map<string, Set<string>>();
  for (const m of mentions) perSource.set(m.ref.source, (perSource.get(m.ref.source) ?? new Set()).add(m.good));
  if ([...perSource.values()].some((s) => s.size > 1)) return [];
  if (perSource.size < 2) return [];
  const entries = [...goods.entries()];
  return [{
    id: 'claim-prices', kind: 'claim',
    about: `which prices were at issue (${entries.map(([, ms]) => displayGood(ms)).join(', ')})`,
    statements: entries.flatMap(([, ms]) => ms).map((m) => statementAt(m.ref, m.start, m.end, 40, 30)),
    note: `The sources name different prices: ${entries.map(([g, ms]) => `${displayGood(ms)} (${listSources(ms.map((m) => m.ref.source))})`).join(', ')}.`,
  }];
}

function displayGood(ms: Mention[]): string {
  const m = ms[0];
  return m.ref.sentence.text.slice(m.start, m.end);
}
