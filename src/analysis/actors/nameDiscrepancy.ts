// Analysis stage (actors): a person whose name sources spell differently gets a `name` discrepancy
// listing each spelling at its first occurrence. Short forms ("Merkel" beside "Angela Merkel") and
// acronyms are not spellings that disagree; only forms that no longer form contain are.
import type { Discrepancy, Finding } from '../types.js';
import type { Mention } from './mentions.js';
import { fold } from './nameKeys.js';

const partsOf = (surface: string) => surface.split(/[\s-]+/).map(fold).filter(Boolean);

export function nameDiscrepancy(id: string, name: string, mentions: Mention[], sourceOrder: string[]): Discrepancy | null {
  const first = new Map<string, Mention>();
  const ordered = [...mentions].sort((a, b) => sourceOrder.indexOf(a.source) - sourceOrder.indexOf(b.source) || a.paragraph - b.paragraph || a.start - b.start);
  // a headline's capitals ("JOHN SMITH") and an abbreviation's full stop ("Jr.") are the same spelling
  const seen = new Set<string>();
  for (const m of ordered) {
    const k = m.surface.toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, ' ');
    if (!seen.has(k)) { seen.add(k); first.set(m.surface, m); }
  }
  const spellings = [...first.keys()];
  const distinct = spellings.filter((s) => {
    const ps = partsOf(s);
    return !spellings.some((o) => o !== s && partsOf(o).length > ps.length && ps.every((p) => partsOf(o).includes(p)));
  });
  if (distinct.length < 2) return null;
  const statements = distinct.map((s) => first.get(s)!).map((m) => ({ source: m.source, quote: m.surface, paragraph: m.paragraph, start: m.start }));
  const finding: Finding = { rule: 'nameSpellings', name, spellings: statements.map((s) => ({ value: s.quote, sources: [s.source] })) };
  return { id, kind: 'name', finding, statements };
}
