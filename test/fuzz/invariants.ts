// Fuzz tests: properties every successful analysis must keep whatever the input — each quote is a
// verbatim substring of the ¶ it cites, and every reference points at a real source and ¶.
import { expect } from 'vitest';
import type { Content } from '../../src/content/read.js';
import type { Analysis, Statement } from '../../src/analysis/types.js';

export function expectQuotesVerbatim(analysis: Analysis, content: Content): void {
  const byId = new Map(content.articles.map((a) => [a.id, a]));
  const check = (s: Statement, what: string) => {
    const art = byId.get(s.source);
    expect(art, `${what}: unknown source ${s.source}`).toBeDefined();
    const para = art!.paragraphs[s.paragraph - 1];
    expect(para, `${what}: ${s.source} has no ¶${s.paragraph}`).toBeDefined();
    expect(para.text.includes(s.quote), `${what}: quote not verbatim in ${s.source} ¶${s.paragraph}: ${JSON.stringify(s.quote.slice(0, 200))}`).toBe(true);
  };
  for (const f of analysis.figures) for (const v of f.values) check(v, `figure ${f.id} (${f.label})`);
  for (const a of analysis.actors) {
    for (const s of a.statements ?? []) check(s, `actor ${a.id} statement`);
    for (const id of a.sources) expect(byId.has(id), `actor ${a.id} cites unknown ${id}`).toBe(true);
  }
  for (const d of analysis.discrepancies) for (const s of d.statements) check(s, `discrepancy ${d.id}`);
  for (const s of analysis.summary) for (const id of s.sources) expect(byId.has(id), `summary cites unknown ${id}`).toBe(true);
}
