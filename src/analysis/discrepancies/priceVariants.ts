// Analysis stage (discrepancies): sources naming different goods whose price rise set off protests
// ("protests against rising bread prices", "a rise in rice prices") when no one source names two of them —
// so they tell the one trigger differently.
import { bySourceOrder, type SentenceRef } from '../text/corpus.js';
import { alternation, lang, listPattern, perPack } from '../lang/index.js';
import type { Discrepancy } from '../types.js';

const PRICE = perPack((l) => new RegExp(`\\b([\\p{L}][\\p{L}-]*)\\s+${l.discrepancies.PRICE_NOUN}\\b`, 'gu'));
/**
 * The price phrase must be what was protested or what rose: "protests against/over X prices", "directed
 * against rising X prices", "a rise/hike/increase in X prices", "X price hikes". "…a movement to raise
 * X prices" is not a trigger. How-prices-moved words may stand between the trigger and the good.
 */
const TRIGGER_BEFORE = perPack((l) => new RegExp(`\\b(?:${alternation(l.discrepancies.PRICE_TRIGGER_BEFORE)})\\s+(?:(?:${alternation(l.discrepancies.PRICE_MOVES)})\\s+)*$`, 'i'));
const TRIGGER_AFTER = perPack((l) => listPattern(l.discrepancies.PRICE_TRIGGER_AFTER, 'i', '^\\s+'));
/** The protest the trigger belongs to, quoted from its noun when it is near ("the protests that … rise in X prices"). */
const PROTEST = perPack((l) => new RegExp(`\\b(?:${l.discrepancies.THE}\\s+)?(?:${alternation(l.discrepancies.PROTEST_NOUNS)})\\b`, 'gi'));

interface Mention { ref: SentenceRef; good: string; start: number; end: number; phrase: string }

export function priceVariants(sentences: SentenceRef[]): Discrepancy[] {
  const mentions: Mention[] = [];
  for (const ref of sentences) {
    const text = ref.sentence.text;
    for (const m of text.matchAll(PRICE())) {
      // Words before the price noun that say how prices moved or where, not what was priced.
      if (lang().discrepancies.NOT_GOODS.has(m[1].toLowerCase())) continue;
      const end = m.index + m[0].length;
      const before = TRIGGER_BEFORE().exec(text.slice(0, m.index));
      if (!before && !TRIGGER_AFTER().test(text.slice(end))) continue;
      mentions.push({ ref, good: m[1].toLowerCase(), start: quoteStart(text, before ? before.index : m.index), end, phrase: m[0] });
    }
  }
  const goods = new Map<string, Mention[]>();
  for (const m of mentions) goods.set(m.good, [...(goods.get(m.good) ?? []), m]);
  if (goods.size < 2) return [];
  // A source naming two goods is talking about two prices, not disagreeing about one.
  const perSource = new Map<string, Set<string>>();
  for (const m of mentions) perSource.set(m.ref.source, (perSource.get(m.ref.source) ?? new Set()).add(m.good));
  if ([...perSource.values()].some((s) => s.size > 1)) return [];
  const bySource = (a: Mention, b: Mention) => bySourceOrder(a.ref.source, b.ref.source) || a.ref.paragraph - b.ref.paragraph;
  const entries = [...goods.values()].map((ms) => ms.sort(bySource)).sort((a, b) => bySource(a[0], b[0]));
  return [{
    id: 'claim-prices', kind: 'claim',
    finding: { rule: 'prices', prices: entries.map((ms) => ({ value: ms[0].phrase, sources: ms.map((m) => m.ref.source) })) },
    statements: entries.flat().sort(bySource).map((m) => ({ source: m.ref.source, paragraph: m.ref.paragraph, quote: m.ref.sentence.text.slice(m.start, m.end), start: m.ref.sentence.start + m.start })),
  }];
}

/** The quote starts at the nearest protest noun at most 60 characters before the trigger, else at the trigger. */
function quoteStart(text: string, trigger: number): number {
  let start = trigger;
  for (const m of text.slice(0, trigger).matchAll(PROTEST())) if (trigger - m.index <= 60) start = m.index;
  return start;
}
