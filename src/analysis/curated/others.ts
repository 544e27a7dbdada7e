// Analysis stage (curated): figure, discrepancy and summary overrides — suppress or relabel a figure,
// suppress or reword a discrepancy, add one the engine missed, and replace the executive summary.
import type { Article } from '../../content/types.js';
import type { Analysis, Discrepancy, Figure, SummarySentence } from '../types.js';
import { findParagraph, locateQuote, norm, resolveSource, sourceHint } from './locate.js';
import type { ParsedCurated } from './parse.js';
import type { SubjectOf } from './index.js';
import type { Curated } from './schema.js';

export function applyFigureOverrides(analysis: Analysis, entries: NonNullable<Curated['figures']>, file: ParsedCurated): void {
  entries.forEach((e, i) => {
    const n = norm(e.match);
    const figure = analysis.figures.find((f) => f.id === e.match.trim() || norm(f.label) === n)
      ?? analysis.figures.find((f) => f.values.some((v) => norm(v.quote).includes(n)));
    if (!figure) file.fail(['figures', i, 'match'], `no figure has the id, label or a quote "${e.match}"`, `figures are: ${analysis.figures.map((f) => `${f.id} ${f.label}`).join(', ') || 'none'}`);
    if (e.suppress) { analysis.figures = analysis.figures.filter((f) => f !== figure); return; }
    if (e.label) (figure as Figure).label = e.label;
    (figure as Figure).curated = true;
  });
}

export function applyDiscrepancyOverrides(analysis: Analysis, entries: NonNullable<Curated['discrepancies']>, articles: Article[], file: ParsedCurated, subjectOf: SubjectOf): void {
  entries.forEach((e, i) => {
    const at = ['discrepancies', i];
    if (e.match === undefined) {
      const statements = e.statements!.map((q, j) => locateQuote(articles, q, file.fail, [...at, 'statements', j]));
      const d: Discrepancy = { id: nextId(analysis.discrepancies), kind: e.kind!, finding: { rule: 'curated' }, about: e.about!, note: e.note ?? '', statements, curated: true };
      analysis.discrepancies.push(d);
      // a summary sentence that quotes one side carries the new note, as extracted ones do
      for (const s of analysis.summary) {
        const touches = statements.some((st) => s.origin?.source === st.source && s.origin.paragraph === st.paragraph && (s.text.includes(st.quote) || st.quote.includes(s.text)));
        if (touches) s.discrepancies = [...(s.discrepancies ?? []), d.id];
      }
      return;
    }
    const d = analysis.discrepancies.find((x) => x.id === e.match!.trim() || norm(subjectOf(x) ?? '') === norm(e.match!));
    if (!d) file.fail([...at, 'match'], `no discrepancy has the id or subject "${e.match}"`, `discrepancies are: ${analysis.discrepancies.map((x) => `${x.id} ${subjectOf(x) ?? ''}`).join('; ') || 'none'}`);
    if (e.suppress) { suppressDiscrepancy(analysis, d!.id); return; }
    if (e.kind) d!.kind = e.kind;
    if (e.about) d!.about = e.about;
    if (e.note) d!.note = e.note;
    if (e.statements) d!.statements = e.statements.map((q, j) => locateQuote(articles, q, file.fail, [...at, 'statements', j]));
    d!.curated = true;
  });
}

function nextId(list: Discrepancy[]): string {
  const max = Math.max(0, ...list.map((d) => Number(d.id.replace(/^D/, '')) || 0));
  return `D${max + 1}`;
}

/** A suppressed discrepancy disappears with every reference to it. */
function suppressDiscrepancy(analysis: Analysis, id: string): void {
  analysis.discrepancies = analysis.discrepancies.filter((d) => d.id !== id);
  for (const x of [...analysis.figures, ...analysis.actors]) if (x.discrepancy === id) delete x.discrepancy;
  for (const s of analysis.summary) if (s.discrepancies) s.discrepancies = s.discrepancies.filter((d) => d !== id);
}

/** The analyst's summary replaces the extracted one; a sentence found verbatim cites its ¶. */
export function applySummaryOverride(analysis: Analysis, entries: NonNullable<Curated['summary']>, articles: Article[], file: ParsedCurated): void {
  analysis.summary = entries.map((e, i): SummarySentence => {
    const sources = e.sources.map((ref, j) => resolveSource(articles, ref) ?? file.fail(['summary', i, 'sources', j], `unknown source "${ref}"`, sourceHint(articles)));
    const citations = sources.map((a) => ({ source: a.id, paragraph: findParagraph(a, e.text) }));
    const found = citations.filter((c): c is { source: string; paragraph: number } => c.paragraph !== undefined);
    const out: SummarySentence = { text: e.text, sources: sources.map((a) => a.id), curated: true };
    if (found.length > 0) out.origin = found[0];
    if (found.length === citations.length) out.citations = found;
    return out;
  });
}
