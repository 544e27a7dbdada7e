// Model stage: the Actors section — one profile per actor, most prominent first: role, kind, every
// spelling with the sources that use it (and the name-discrepancy note), sources, mentions, and the
// statements attributed to the actor quoted with source and ¶.
import type { Actor, Statement } from '../../analysis/types.js';
import type { Article } from '../../content/types.js';
import type { Block, Inline, Section } from '../document.js';
import { paragraphCitations, sourceList } from './citations.js';
import { type ComposeContext, nestQuotes, noteRef, para, text, wordsOf } from './context.js';
import { actorAnchor, discrepancyNoteId } from '../anchors.js';
import { termsFor, type Wording } from '../terms.js';

/** Statements shown per profile; the sources hold the rest. */
const MAX_STATEMENTS = 6;

export function composeActorsSection(ctx: ComposeContext): Section | null {
  const { actors } = ctx.analysis;
  if (actors.length === 0) return null;
  return { kind: 'actors', anchor: 'sec-actors', title: termsFor(ctx.settings.language).actors, children: [], blocks: actors.map((a) => profile(a, ctx.articles, wordsOf(ctx), ctx.notes ?? new Map())) };
}

function profile(a: Actor, articles: Article[], words: Wording, notes: NonNullable<ComposeContext['notes']>): Block {
  const w = words.actorFacts;
  const items: { term: Inline[]; description: Inline[] }[] = [
    { term: [text(w.kind)], description: [text(a.kind === 'person' ? w.person : w.organisation)] },
    { term: [text(a.aliases.length ? w.spellings : w.spelling)], description: spellings(a, articles) },
    { term: [text(w.sources)], description: sourceList(a.sources, articles.map((art) => art.id)) },
    { term: [text(w.mentions)], description: [text(String(a.mentions))] },
  ];
  const children: Block[] = [{ type: 'definitionList', items }];
  const same = sameWords(a.statements ?? []);
  const shown = pickStatements([...same.keys()]);
  if (shown.length > 0) {
    children.push(para([text(words.statements(shown.length, same.size))], 'small'));
    // One way to mark a quotation: its quotation marks. Not italic and indented as well (a blockquote
    // is kept for a source's own quoted passages, which have no marks).
    children.push({ type: 'list', ordered: false, items: shown.map((s) => [para(quoteCitingAll(same.get(s)!, notes, words))]) });
  }
  return {
    type: 'profile', anchor: actorAnchor(a.id), title: [text(a.name)],
    ...(a.role ? { subtitle: [text(a.role)] } : {}), children,
  };
}

/** "Name (S1, S2); Other spelling (S3)", with the name discrepancy's note on the line. */
function spellings(a: Actor, articles: Article[]): Inline[] {
  const parts = [a.name, ...a.aliases].map((spelling) => {
    const ids = a.spelledBy?.[spelling] ?? [];
    return ids.length ? [text(`${spelling} (`), ...sourceList(ids, articles.map((art) => art.id)), text(')')] : [text(spelling)];
  });
  const out = joinInlines(parts, '; ');
  if (a.discrepancy) out.push(noteRef(discrepancyNoteId(a.discrepancy)));
  return out;
}

/**
 * Up to MAX_STATEMENTS, taken in turn from each source so every outlet's account is heard, each
 * source's most readable first (a garbled or context-bound sentence only when nothing better is left).
 */
function pickStatements(all: Statement[]): Statement[] {
  const bySource = new Map<string, Statement[]>();
  for (const s of all) bySource.set(s.source, [...(bySource.get(s.source) ?? []), s]);
  for (const q of bySource.values()) q.sort((x, y) => (y.readability ?? 0) - (x.readability ?? 0));
  const queues = [...bySource.values()];
  const out: Statement[] = [];
  for (let round = 0; out.length < Math.min(MAX_STATEMENTS, all.length); round++) {
    for (const q of queues) if (q[round] && out.length < MAX_STATEMENTS) out.push(q[round]);
  }
  const order = new Map(all.map((s, i) => [s, i]));
  return out.sort((x, y) => order.get(x)! - order.get(y)!);
}

/**
 * Statements in the same words, whatever the sources (one outlet's copy of another's, or of an agency's
 * wire): one quote that cites them all, keyed by the first.
 */
function sameWords(all: Statement[]): Map<Statement, Statement[]> {
  const first = new Map<string, Statement>();
  const out = new Map<Statement, Statement[]>();
  for (const s of all) {
    const k = s.quote.replace(/\s+/g, ' ').trim();
    const rep = first.get(k);
    if (rep) out.get(rep)!.push(s);
    else { first.set(k, s); out.set(s, [s]); }
  }
  return out;
}

/** “…” (S1 ¶7, S4 ¶13) — past four paragraphs, three and a note listing all, as everywhere else. */
function quoteCitingAll(same: Statement[], notes: NonNullable<ComposeContext['notes']>, words: Wording): Inline[] {
  const cites = paragraphCitations(same.map((s) => ({ source: s.source, paragraph: s.paragraph })), notes, words);
  return [text(`“${nestQuotes(same[0].quote)}” (`), ...cites, text(')')];
}

function joinInlines(parts: Inline[][], sep = ', '): Inline[] {
  return parts.flatMap((p, i) => (i === 0 ? p : [text(sep), ...p]));
}
