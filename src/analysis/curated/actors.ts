// Analysis stage (curated): actor overrides — rename, set role or kind, add spellings or statements,
// merge other extracted actors in, suppress a false actor, or add one the engine missed.
import type { Article } from '../../content/types.js';
import type { Actor, Analysis, Discrepancy } from '../types.js';
import { locateQuote, norm } from './locate.js';
import type { ParsedCurated } from './parse.js';
import type { ActorEntry } from './schema.js';

function findActor(actors: Actor[], spelling: string): Actor | undefined {
  const n = norm(spelling);
  return actors.find((a) => a.id === spelling.trim() || [a.name, ...a.aliases].some((s) => norm(s) === n));
}

export function applyActorOverrides(analysis: Analysis, entries: ActorEntry[], articles: Article[], file: ParsedCurated): void {
  entries.forEach((e, i) => {
    const at = ['actors', i];
    let actor = e.match !== undefined ? findActor(analysis.actors, e.match) : undefined;
    if (e.match !== undefined && !actor) {
      file.fail([...at, 'match'], `no extracted actor is spelled "${e.match}"`, `actors are: ${analysis.actors.map((a) => a.name).join(', ') || 'none'}`);
    }
    if (e.suppress) {
      if (!actor) file.fail([...at, 'suppress'], '`suppress` needs `match` (the actor to leave out)');
      removeActor(analysis, actor!);
      return;
    }
    if (!actor) {
      actor = newActor(analysis, e, articles);
      analysis.actors.push(actor);
    }
    for (const [j, other] of (e.merge ?? []).entries()) {
      const absorbed = findActor(analysis.actors, other);
      if (!absorbed) file.fail([...at, 'merge', j], `no extracted actor is spelled "${other}"`);
      if (absorbed !== actor) mergeActor(analysis, actor, absorbed!);
    }
    if (e.name && e.name !== actor.name) {
      // Two actors of one name could not be told apart in the dossier (or by a later curated entry).
      const other = analysis.actors.find((a) => a !== actor && [a.name, ...a.aliases].some((sp) => norm(sp) === norm(e.name!)));
      if (other) file.fail([...at, 'name'], `another actor (${other.id}, "${other.name}") is already called "${e.name}"`, `merge them instead: add \`merge: [${other.name}]\``);
      actor.aliases = [actor.name, ...actor.aliases].filter((s) => norm(s) !== norm(e.name!));
      actor.name = e.name;
    }
    if (e.kind) actor.kind = e.kind;
    if (e.role !== undefined) actor.role = e.role;
    const spelled = new Set([actor.name, ...actor.aliases].map(norm));
    for (const alias of e.aliases ?? []) {
      if (spelled.has(norm(alias))) continue;
      spelled.add(norm(alias));
      actor.aliases.push(alias);
    }
    for (const [j, q] of (e.statements ?? []).entries()) {
      const s = locateQuote(articles, q, file.fail, [...at, 'statements', j]);
      actor.statements = [...(actor.statements ?? []), s];
      if (!actor.sources.includes(s.source)) actor.sources = articles.map((a) => a.id).filter((id) => id === s.source || actor!.sources.includes(id));
    }
    actor.curated = true;
  });
}

/** A new actor: sources and mentions counted from where its spellings occur in the articles. */
function newActor(analysis: Analysis, e: ActorEntry, articles: Article[]): Actor {
  const spellings = [e.name!, ...(e.aliases ?? [])];
  const count = (text: string) => spellings.reduce((n, s) => n + text.split(s).length - 1, 0);
  const sources = articles.filter((a) => a.paragraphs.some((p) => count(p.text) > 0)).map((a) => a.id);
  const mentions = articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + count(p.text), 0), 0);
  const used = new Set(analysis.actors.map((a) => a.id));
  let k = analysis.actors.length + 1;
  while (used.has(`A${k}`)) k++;
  return { id: `A${k}`, name: e.name!, kind: e.kind ?? 'person', role: e.role ?? null, aliases: [], sources, mentions, statements: [] };
}

function removeActor(analysis: Analysis, actor: Actor): void {
  analysis.actors = analysis.actors.filter((a) => a !== actor);
  if (actor.discrepancy) dropNameDiscrepancy(analysis, actor.discrepancy);
}

/** `into` takes `from`'s spellings, sources, mentions and statements; their name discrepancies join. */
function mergeActor(analysis: Analysis, into: Actor, from: Actor): void {
  const order = analysis.sources.map((s) => s.id);
  into.aliases = [...new Set([...into.aliases, from.name, ...from.aliases])].filter((s) => s !== into.name);
  into.sources = order.filter((id) => into.sources.includes(id) || from.sources.includes(id));
  into.mentions += from.mentions;
  into.statements = [...(into.statements ?? []), ...(from.statements ?? [])];
  analysis.actors = analysis.actors.filter((a) => a !== from);
  if (!from.discrepancy) return;
  const theirs = analysis.discrepancies.find((d) => d.id === from.discrepancy);
  const ours = analysis.discrepancies.find((d) => d.id === into.discrepancy);
  if (theirs && ours && theirs.kind === 'name' && ours.kind === 'name') {
    ours.statements.push(...theirs.statements.filter((s) => !ours.statements.some((o) => o.quote === s.quote)));
    dropNameDiscrepancy(analysis, theirs.id);
  } else if (!into.discrepancy) into.discrepancy = from.discrepancy;
}

function dropNameDiscrepancy(analysis: Analysis, id: string): void {
  const d: Discrepancy | undefined = analysis.discrepancies.find((x) => x.id === id);
  if (d?.kind !== 'name') return;
  analysis.discrepancies = analysis.discrepancies.filter((x) => x.id !== id);
  for (const s of analysis.summary) if (s.discrepancies) s.discrepancies = s.discrepancies.filter((x) => x !== id);
}
