// Analysis stage (discrepancies): which bodies, titles or parties a list names — one source lists "its
// XFA, GBU and WTC titles", another "its GBU, WTC, XFA & IPC titles". Lists of acronyms before the same
// noun are about the same things when they share two members and a word of what they name; a member only some sources name is a claim
// they disagree on.
import { bySourceOrder, type SentenceRef } from '../text/corpus.js';
import { alternation, lang, perPack } from '../lang/index.js';
import type { Discrepancy } from '../types.js';
import { statementAt } from './statements.js';

const ITEM = '\\p{Lu}{2,6}';
/** A list's last member joins by the pack's "and" or by "&". */
const AND = perPack((l) => alternation([...l.discrepancies.AND, '&']));
const LIST = perPack((l) => new RegExp(`\\b(${ITEM}(?:,\\s*${ITEM})*,?\\s+(?:${AND()})\\s+${ITEM})\\b((?:\\s+[\\p{Ll}-]+){0,3}?\\s+(${l.discrepancies.PLURAL_NOUN}))\\b`, 'gu'));
const MEMBERS = perPack(() => new RegExp(`,?\\s+(?:${AND()})\\s+|,\\s*`));

interface Listed { ref: SentenceRef; items: Set<string>; tail: Set<string>; noun: string; start: number; end: number }

export function acronymLists(sentences: SentenceRef[]): Discrepancy[] {
  const lists: Listed[] = [];
  for (const ref of sentences) {
    for (const m of ref.sentence.text.matchAll(LIST())) {
      const items = new Set(m[1].split(MEMBERS()).map((x) => x.trim()).filter(Boolean));
      if (items.size < 2) continue;
      lists.push({ ref, items, tail: new Set(m[2].trim().split(/\s+/).map(lang().discrepancies.singular)), noun: m[3], start: m.index, end: m.index + m[0].length });
    }
  }
  const out: Discrepancy[] = [];
  const used = new Set<Listed>();
  for (const a of lists) {
    if (used.has(a)) continue;
    // The lists about the same things: the same first word after the list, two members in common.
    const group = lists.filter((b) => !used.has(b) && [...b.tail].some((w) => a.tail.has(w)) && [...b.items].filter((x) => a.items.has(x)).length >= 2);
    group.forEach((b) => used.add(b));
    const sources = new Set(group.map((b) => b.ref.source));
    if (sources.size < 2) continue;
    const all = new Set(group.flatMap((b) => [...b.items]));
    // A member named by some sources and left out by others; a source that names it anywhere agrees.
    const partial = [...all].filter((x) => {
      const naming = new Set(group.filter((b) => b.items.has(x)).map((b) => b.ref.source));
      return naming.size < sources.size;
    });
    if (!partial.length) continue;
    const chosen = group.sort((x, y) => bySourceOrder(x.ref.source, y.ref.source));
    const naming = chosen.filter((b) => partial.some((x) => b.items.has(x))).map((b) => b.ref.source);
    const notNaming = [...sources].filter((src) => !chosen.some((b) => b.ref.source === src && partial.some((x) => b.items.has(x))));
    out.push({
      id: `claim-list-${a.noun}-${out.length}`, kind: 'claim',
      finding: { rule: 'listMembers', noun: a.noun, members: partial, naming, notNaming },
      statements: chosen.map((b) => statementAt(b.ref, b.start, b.end, 20, 20)),
    });
  }
  return out;
}
