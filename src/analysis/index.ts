// Analysis stage: articles (+ curated overrides) → Analysis. Each extractor lives in its own module;
// this file only orders them.
import type { Article } from '../content/types.js';
import { extractActors } from './actors/index.js';
import { spellingSources } from './actors/spellings.js';
import { startTagger } from './actors/tagger.js';
import { tagWordsAhead } from './actors/wordTags.js';
import { applyCurated, type CuratedFile, type SubjectOf } from './curated/index.js';
import { findDiscrepancies } from './discrepancies/index.js';
import { corpusLanguage, packFor, readingIn } from './lang/index.js';
import { groupFigures, readQuantities } from './figures/index.js';
import { summarize } from './summary/index.js';
import { readability } from './summary/quality.js';
import type { Actor, Analysis, Discrepancy, Figure, SourceInfo } from './types.js';

// compromise loads in its worker while the rest of the program loads (see actors/tagger.ts).
startTagger();

export function describeSources(articles: Article[]): SourceInfo[] {
  return articles.map((a) => ({
    id: a.id, path: a.path, title: a.meta.title, outlet: a.meta.outlet ?? null, date: a.meta.date ?? null,
  }));
}

/**
 * The analysis of a corpus, read by the language pack of the language most of its articles are in
 * (an article that names none is in the dossier's, `language`).
 */
export function analyzeArticles(articles: Article[], curated: CuratedFile[] = [], subjectOf?: SubjectOf, language = 'en'): Analysis {
  return readingIn(packFor(corpusLanguage(articles, language)), () => analyze(articles, curated, subjectOf));
}

function analyze(articles: Article[], curated: CuratedFile[], subjectOf?: SubjectOf): Analysis {
  tagWordsAhead(articles); // tagged in the worker while the figures are read
  const read = readQuantities(articles);
  const { actors, nameDiscrepancies } = extractActors(articles);
  // Grouped once the actors are known: a person's ages are one row, named as the actors stage names them.
  const { figures, others } = groupFigures(read, actors);
  const found = findDiscrepancies(articles, figures, actors).filter((d) => !nameDiscrepancies.some((n) => sameSpellings(d, n)));
  const discrepancies = renumberDiscrepancies([...found, ...nameDiscrepancies], figures, actors);
  const summary = summarize(articles, discrepancies, figures);
  // One value each: the number with its words (what it counts is what the figures could not read).
  const otherNumbers = others.map((f) => f.values[0]);
  const analysis: Analysis = { sources: describeSources(articles), summary, figures, ...(otherNumbers.length ? { otherNumbers } : {}), actors, discrepancies };
  const final = applyCurated(analysis, curated, articles, subjectOf);
  for (const actor of final.actors) {
    actor.spelledBy = spellingSources(actor, articles);
    for (const s of actor.statements ?? []) s.readability = readability(s.quote);
  }
  return final;
}

/** A spelling found in the text that an actor's name discrepancy already shows (its quotes hold both forms). */
function sameSpellings(d: Discrepancy, name: Discrepancy): boolean {
  return d.kind === 'name' && d.statements.every((s) => name.statements.some((n) => s.quote.includes(n.quote)));
}

/** Extractors name their discrepancies freely; the dossier numbers them D1… in one sequence. */
function renumberDiscrepancies(list: Discrepancy[], figures: Figure[], actors: Actor[]): Discrepancy[] {
  const ids = new Map(list.map((d, i) => [d.id, `D${i + 1}`]));
  for (const x of [...figures, ...actors]) if (x.discrepancy) x.discrepancy = ids.get(x.discrepancy);
  return list.map((d) => ({ ...d, id: ids.get(d.id)! }));
}
