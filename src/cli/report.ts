// CLI: the readable terminal report of `dossier analyze` (without --json).
import { formatValueSaid } from '../model/amounts.js';
import type { Language } from '../model/terms.js';
import type { Analysis } from '../analysis/types.js';

/** The report, headed by the dossier's section titles in its language. */
export function formatAnalysisReport(a: Analysis, { terms, wording }: Language): string {
  const out: string[] = [];
  out.push(`${terms.sources} (${a.sources.length})`);
  for (const s of a.sources) out.push(`  ${s.id}  ${s.title}${s.outlet ? ` — ${s.outlet}` : ''}${s.date ? `, ${s.date}` : ''}`);
  if (a.summary.length) {
    out.push('', terms.summary);
    for (const s of a.summary) out.push(`  • ${s.text} [${s.sources.join(', ')}]`);
  }
  if (a.figures.length) {
    out.push('', `${terms.figures} (${a.figures.length})`);
    for (const f of a.figures) {
      out.push(`  ${f.id}  ${f.label} — ${f.agreement}${f.background ? ' (background)' : ''}`);
      for (const v of f.values) out.push(`        ${v.source} ¶${v.paragraph}: ${formatValueSaid(v, wording)} — “${v.quote}”`);
    }
  }
  if (a.otherNumbers?.length) {
    out.push('', `${wording.otherNumbers} (${a.otherNumbers.length})`);
    for (const v of a.otherNumbers) out.push(`        ${v.source} ¶${v.paragraph}: ${formatValueSaid(v, wording)} — “${v.quote}”`);
  }
  if (a.actors.length) {
    out.push('', `${terms.actors} (${a.actors.length})`);
    for (const x of a.actors) {
      out.push(`  ${x.id}  ${x.name} (${x.kind})${x.role ? ` — ${x.role}` : ''}; ${x.mentions} mention${x.mentions === 1 ? '' : 's'} in ${x.sources.join(', ')}`);
      if (x.aliases.length) out.push(`        also: ${x.aliases.join('; ')}`);
    }
  }
  if (a.discrepancies.length) {
    out.push('', `${terms.discrepancies} (${a.discrepancies.length})`);
    for (const d of a.discrepancies) {
      out.push(`  ${d.id}  [${d.kind}] ${d.about}${d.note ? ` — ${d.note}` : ''}`);
      for (const s of d.statements) out.push(`        ${s.source} ¶${s.paragraph}: “${s.quote}”`);
    }
  }
  return out.join('\n');
}
