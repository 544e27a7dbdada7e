// Analysis stage (actors): a person whose name sources spell differently gets a `name` discrepancy
// listing each spelling at its first occurrence. Short forms ("Merkel" beside "Angela Merkel"), pet
// names ("Katie" beside "Kathryn") and acronyms are not spellings that disagree; only forms that no
// longer form contain are.
import type { Discrepancy, Finding } from '../types.js';
import type { Mention } from './mentions.js';
import { petName } from './hypocoristics.js';
import { fold } from './nameKeys.js';


export function nameDiscrepancy(id: string, name: string, mentions: Mention[], sourceOrder: string[]): Discrepancy | null {
  const first = new Map<string, Mention>();
  const m0 = (s: string) => first.get(s)!.words[0];
  const ordered = [...mentions].sort((a, b) => sourceOrder.indexOf(a.source) - sourceOrder.indexOf(b.source) || a.paragraph - b.paragraph || a.start - b.start);
  // a headline's capitals ("JOHN SMITH"), an abbreviation's full stop ("Jr.") and a nickname written
  // inside the name ('Jo "The Hammer" Roe') leave the spelling the same: its words decide
  const seen = new Set<string>();
  for (const m of ordered) {
    const k = m.words.map(fold).join(' ');
    if (!seen.has(k)) { seen.add(k); first.set(m.surface, m); }
  }
  const spellings = [...first.keys()];
  const words = new Map([...first].map(([s, m]) => [s, m.words.flatMap((w) => w.split('-')).map(fold).filter(Boolean)]));
  const distinct = spellings.filter((s) => {
    const ps = words.get(s)!;
    // a form of address is no other spelling: "Katie Roe" beside "Kathryn Roe"
    const addressed = (o: string) => { const po = words.get(o)!; return po.length === ps.length && petName(m0(s), m0(o)) && ps.slice(1).join(' ') === po.slice(1).join(' '); };
    return !spellings.some((o) => o !== s && ((words.get(o)!.length > ps.length && ps.every((p) => words.get(o)!.includes(p))) || (addressed(o) && spellings.indexOf(o) < spellings.indexOf(s))));
  });
  if (distinct.length < 2) return null;
  const statements = distinct.map((s) => first.get(s)!).map((m) => ({ source: m.source, quote: m.surface, paragraph: m.paragraph, start: m.start }));
  const finding: Finding = { rule: 'nameSpellings', name, spellings: statements.map((s) => ({ value: s.quote, sources: [s.source] })) };
  return { id, kind: 'name', finding, statements };
}
