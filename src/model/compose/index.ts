// Model stage: articles + analysis + settings → the one DossierDocument both writers lay out.
// Section order is fixed here; each section has its own composer; empty sections are left out.
import { createHash } from 'node:crypto';
import type { DossierDocument, Footnote, Section } from '../document.js';
import { resolveCitations, sourceAnchor } from '../anchors.js';
import { filterInlines, walkInlines, walkSections } from '../walk.js';
import { composeActorsSection } from './actors.js';
import { formatDate } from './dates.js';
import { capitalise, type ComposeContext, wordsOf } from './context.js';
import { discrepancyNoteId } from '../anchors.js';
import { composeDiscrepanciesSection, discrepancyFootnote } from './discrepancies.js';
import { composeFiguresSection } from './figures.js';
import { composeSourcesSection } from './sources.js';
import { composeSummarySection } from './summary.js';
import { termsFor, wordDiscrepancy } from '../terms.js';

export interface ComposeOptions {
  /** Used as the dossier date when neither settings nor articles give one (inject for reproducibility). */
  today: Date;
}

export function composeDossier(context: ComposeContext, opts: ComposeOptions): DossierDocument {
  const ctx: ComposeContext = { ...context, notes: new Map() };
  const { settings, articles, analysis } = ctx;
  const sections = [
    composeSummarySection(ctx),
    composeFiguresSection(ctx),
    composeActorsSection(ctx),
    composeDiscrepanciesSection(ctx),
    composeSourcesSection(ctx),
  ].filter((s): s is Section => s !== null && !isEmpty(s));

  const candidates: Record<string, Omit<Footnote, 'number'>> = {};
  for (const d of analysis.discrepancies) {
    const id = discrepancyNoteId(d);
    candidates[id] = { id, anchor: id, kind: 'discrepancy', title: capitalise(wordDiscrepancy(d, wordsOf(ctx)).about), content: discrepancyFootnote(d, articles, wordsOf(ctx)) };
  }
  for (const [id, note] of ctx.notes!) candidates[id] = note;
  const footnotes = numberFootnotes(sections, candidates);

  const dates = articles.map((a) => a.meta.date).filter((d): d is string => Boolean(d)).sort();
  const date = settings.date ?? dates[dates.length - 1] ?? opts.today.toISOString().slice(0, 10);
  const outlets = [...new Set(articles.map((a) => a.meta.outlet).filter((o): o is string => Boolean(o)))];
  const unidentified = articles.filter((a) => !a.meta.outlet).length;
  const description = wordsOf(ctx).description(articles.length, outlets, unidentified);

  const doc: DossierDocument = {
    meta: {
      title: settings.title,
      subtitle: settings.subtitle,
      author: settings.author,
      date,
      dateLabel: formatDate(date, settings.language),
      language: settings.language,
      handling: settings.handling,
      identifier: stableIdentifier(ctx),
      description,
      keywords: wordsOf(ctx).keywords,
    },
    cover: {
      sources: articles.map((a) => ({ sourceId: a.id, anchor: sourceAnchor(a.id), title: a.meta.title, outlet: a.meta.outlet, date: a.meta.date })),
    },
    sections,
    footnotes,
    terms: termsFor(settings.language),
  };
  resolveCitations(doc);
  return doc;
}

function isEmpty(s: Section): boolean {
  return s.blocks.length === 0 && s.children.every(isEmpty);
}

/** Numbers footnotes 1… in order of first reference in reading order; unreferenced notes are dropped. */
function numberFootnotes(sections: Section[], candidates: Record<string, Omit<Footnote, 'number'>>): Record<string, Footnote> {
  const out: Record<string, Footnote> = {};
  let n = 0;
  walkSections(sections, (s) => walkInlines(s.blocks, (i) => {
    if (i.type !== 'noteRef') return;
    const c = candidates[i.noteId];
    if (c && !out[i.noteId]) out[i.noteId] = { ...c, number: ++n };
  }));
  // Refs dangling to notes that do not exist would be dead links: strip them.
  walkSections(sections, (s) => filterInlines(s.blocks, (i) => i.type !== 'noteRef' || Boolean(out[i.noteId])));
  return out;
}

/** A UUID derived from the content, so rebuilding the same dossier keeps its identifier. */
function stableIdentifier(ctx: ComposeContext): string {
  const h = createHash('sha256');
  h.update(ctx.settings.title);
  for (const a of ctx.articles) h.update(`\0${a.path}\0${a.meta.title}\0${a.paragraphs.map((p) => p.text).join('\n')}`);
  const hex = h.digest('hex');
  // RFC 4122 layout with version 5 and variant bits set.
  const v = `5${hex.slice(13, 16)}`;
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${v}-${variant}-${hex.slice(20, 32)}`;
}
