// CLI: the readable terminal report of `dossier analyze` (without --json).
import { formatValueSaid } from '../model/amounts.js';
import type { Wording } from '../model/terms.js';
import type { Analysis } from '../analysis/types.js';

export function formatAnalysisReport(a: Analysis, words: Wording): string {
  const out: string[] = [];
  out.push(`Sources (${a.sources.length})`);
  for (const s of a.sources) out.push(`  ${s.id}  ${s.title}${s.outlet ? ` — ${s.outlet}` : ''}${s.date ? `, ${s.date}` : ''}`);
  if (a.summary.length) {
    out.push('', 'Executive summary');
    for (const s of a.summary) out.push(`  • ${s.text} [${s.sources.join(', ')}]`);
  }
  if (a.figures.length) {
    out.push('', `Key figures (${a.figures.length})`);
    for (const f of a.figures) {
      out.push(`  ${f.id}  ${f.label} — ${f.agreement}${f.background ? ' (background)' : ''}`);
      for (const v of f.values) out.push(`        ${v.source} ¶${v.paragraph}: ${formatValueSaid(v, words)} — “${v.quote}”`);
    }
  }
  if (a.actors.length) {
    out.push('', `Actors (${a.actors.length})`);
    for (const x of a.actors) {
      out.push(`  ${x.id}  ${x.name} (${x.kind})${x.role ? ` — ${x.role}` : ''}; ${x.mentions} mention${x.mentions === 1 ? '' : 's'} in ${x.sources.join(', ')}`);
      if (x.aliases.length) out.push(`        also: ${x.aliases.join('; ')}`);
    }
  }
  if (a.discrepancies.length) {
    out.push('', `Discrepancies (${a.discrepancies.length})`);
    for (const d of a.discrepancies) {
      out.push(`  ${d.id}  [${d.kind}] ${d.about}${d.note ? ` — ${d.note}` : ''}`);
      for (const s of d.statements) out.push(`        ${s.source} ¶${s.paragraph}: “${s.quote}”`);
    }
  }
  return out.join('\n');
}
