// Evaluation: scores the analysis' actors against the gold labels (shared/gold/seeds.yml) — actors found,
// every spelling of an actor in one profile, nothing from web furniture — and lists the actors outside
// the gold for a person to judge. Called by eval/evaluate.ts; also used by the actors eval test.
import type { Analysis, Actor } from '../src/analysis/types.js';
import type { Article } from '../src/content/types.js';

/** The seeds name one `source` per spelling, the dev clusters a `sources` list. */
export interface GoldVariant { text: string; source?: string; sources?: string[] }
export interface GoldActor { name: string; kind: string; role?: string; sources: string[]; variants: GoldVariant[] }
export interface GoldNotActor { text: string; source?: string; sources?: string[]; why?: string }
export interface Gold { actors: GoldActor[]; not_actors?: GoldNotActor[]; ambiguous?: GoldNotActor[] }

const sourcesOf = (v: GoldVariant) => v.sources ?? (v.source !== undefined ? [v.source] : []);

export interface ActorMetrics {
  found: number;
  total: number;
  /** Multi-spelling gold actors whose spellings all sit in one profile. */
  spellingsTogether: number;
  multiSpelling: number;
  furnitureActors: string[];
  /** Gold places (`not_actors`) shown as an actor's name or alias, compared by exact name. */
  placesListed: string[];
  /** Found actors typed differently from the gold (person / organisation). */
  kindErrors: string[];
  /** Multi-spelling gold actors whose spellings are not all in one profile, with what went wrong. */
  mergeMisses: string[];
  outsideGold: { name: string; kind: string; role: string | null; sources: string[]; mentions: number }[];
}

export const TARGETS = { foundShare: 8 / 9, spellingsShare: 3 / 4 };

const norm = (s: string) => s.normalize('NFC').replace(/[’']/g, "'").replace(/[.,](?=\s|$)/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Every name the actor's profile shows. */
const namesOf = (a: Actor) => [a.name, ...a.aliases].map(norm);

/** An honorific before a surname, as norm() leaves it ("ms su" of "Ms. Su"). */
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr) /;

/**
 * A gold spelling is in a profile when the profile shows it, or shows its name part — gold spellings
 * may carry a title ("Secretary of State X") that the analysis keeps as the role instead; after an
 * honorific, a name part of any length ("Ms. Wu" is shown by "Wu"); a body's name is shown by the name
 * with the "of X" written after it.
 */
function covers(a: Actor, variant: string): boolean {
  const v = norm(variant);
  return namesOf(a).some((n) => n === v || (v.endsWith(` ${n}`) && (n.length >= 3 || v === `${v.match(HONORIFIC)?.[0] ?? '-'}${n}`))
    // the name shown with the "of X" the annotation left out: "Central Board of Calvania" shows "Central Board"
    || (n.startsWith(`${v} of `) && v.includes(' ')));
}

/**
 * Offsets where `spelling` occurs in `text` other than inside a longer spelling of the same actor: the
 * annotation sometimes marks part of a name ("Roe" of "al-Roe", "Jo Ann Roe" of "Mary Jo Ann Roe"),
 * and a part the text never writes alone is no spelling a profile could show.
 */
function ownOccurrences(text: string, spelling: string, longer: string[]): number[] {
  // (the longer spelling in any case: "Jon al-Roe" holds the "Roe" of "Jon Al-Roe")
  const lower = text.toLowerCase();
  const inside: [number, number][] = [];
  for (const l of longer.map((x) => x.toLowerCase())) for (let at = lower.indexOf(l); at >= 0; at = lower.indexOf(l, at + 1)) inside.push([at, at + l.length]);
  const out: number[] = [];
  for (let at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
    if (!inside.some(([s, e]) => at >= s && at + spelling.length <= e)) out.push(at);
  }
  return out;
}

/**
 * The profiles that hold a gold spelling: those showing it as written, else those showing its name
 * part. A profile that shows a shorter name only ("Jenkin") does not hold a spelling another profile
 * shows in full ("Katie Jenkin"): two siblings' profiles, each with the bare surname, are no split.
 */
function holders(actors: Actor[], variant: string): Set<Actor> {
  const exact = actors.filter((a) => namesOf(a).includes(norm(variant)));
  return new Set(exact.length ? exact : actors.filter((a) => covers(a, variant)));
}

/**
 * `sourceMap` maps gold source names ("000") to analysis source ids ("S1"). With `articles`, a gold
 * spelling that no longer occurs in its (cleaned) source is not expected — ingest may have removed
 * the furniture it stood in.
 */
export function scoreActors(analysis: Analysis, gold: Gold, sourceMap: Record<string, string>, articles?: Article[]): { lines: string[]; passed: boolean; metrics: ActorMetrics } {
  const textOf = new Map((articles ?? []).map((a) => [a.id, a.paragraphs.map((p) => p.text).join('\n')]));
  const present = (v: GoldVariant, spellings: string[]) => {
    if (!articles) return true;
    const longer = spellings.filter((l) => l.length > v.text.length && l.toLowerCase().includes(v.text.toLowerCase()));
    return sourcesOf(v).some((s) => sourceMap[s] !== undefined && ownOccurrences(textOf.get(sourceMap[s]) ?? '', v.text, longer).length > 0);
  };
  const matched = new Set<Actor>();
  const lines: string[] = [];
  let found = 0;
  let together = 0;
  let multi = 0;
  const kindErrors: string[] = [];
  const mergeMisses: string[] = [];
  for (const g of gold.actors) {
    const spellings = [g.name, ...g.variants.map((v) => v.text)];
    const held = new Map(spellings.map((s) => [s, holders(analysis.actors, s)]));
    const candidates = analysis.actors
      .map((a) => ({ a, hits: spellings.filter((s) => held.get(s)!.has(a)).length }))
      .filter((x) => x.hits > 0)
      .sort((x, y) => y.hits - x.hits);
    const best = candidates[0]?.a;
    if (best) { found++; matched.add(best); for (const c of candidates) matched.add(c.a); }
    if (best && best.kind !== g.kind) kindErrors.push(`${g.name} (${g.kind}) as ${best.kind}`);
    const expected = g.variants.filter((v) => present(v, spellings));
    const missing = best ? expected.filter((v) => !held.get(v.text)!.has(best)) : expected;
    if (g.variants.length > 1) {
      multi++;
      if (best && missing.length === 0 && candidates.length === 1) together++;
    }
    const split = candidates.length > 1 ? `; split over ${candidates.map((c) => `${c.a.id} ${c.a.name}`).join(' / ')}` : '';
    const gone = g.variants.length - expected.length;
    if (g.variants.length > 1 && !(best && missing.length === 0 && candidates.length === 1)) {
      mergeMisses.push(!best ? `${g.name}: not found`
        : `${g.name} → ${best.name} [${[best.name, ...best.aliases].join(' | ')}]${missing.length ? `; missing ${missing.map((v) => `"${v.text}"`).join(', ')}` : ''}${candidates.length > 1 ? `; split over ${candidates.map((c) => `"${c.a.name}"`).join(' / ')}` : ''}`);
    }
    lines.push(best
      ? `  ✓ ${g.name} → ${best.id} ${best.name} (${best.role ?? 'no role'})${missing.length ? `; missing spellings: ${missing.map((v) => `"${v.text}" (${sourcesOf(v).join(', ')})`).join(', ')}` : ''}${split}${gone ? `; ${gone} gold spelling(s) not in the cleaned text` : ''}`
      : `  ✗ ${g.name} not found`);
  }
  const furniture = (gold.not_actors ?? []).filter((n) => analysis.actors.some((a) => covers(a, n.text) || namesOf(a).some((x) => x.includes(norm(n.text))))).map((n) => n.text);
  // Places by exact name only: "Texas" inside "Texas Department of Criminal Justice" is no place listed.
  const places = (gold.not_actors ?? []).filter((n) => analysis.actors.some((a) => namesOf(a).includes(norm(n.text)))).map((n) => n.text);
  const ambiguous = new Set((gold.ambiguous ?? []).map((n) => norm(n.text)));
  const outside = analysis.actors.filter((a) => !matched.has(a) && !namesOf(a).some((n) => ambiguous.has(n))).map((a) => ({ name: a.name, kind: a.kind, role: a.role, sources: a.sources, mentions: a.mentions }));
  const metrics: ActorMetrics = { found, total: gold.actors.length, spellingsTogether: together, multiSpelling: multi, furnitureActors: furniture, placesListed: places, kindErrors, mergeMisses, outsideGold: outside };
  const passed = found >= Math.ceil(TARGETS.foundShare * gold.actors.length - 1e-9)
    && together >= Math.ceil(TARGETS.spellingsShare * multi - 1e-9) && furniture.length === 0;
  return {
    lines: [
      `actors found: ${found}/${gold.actors.length} (target ≥ ${Math.ceil(TARGETS.foundShare * gold.actors.length - 1e-9)})`,
      ...lines,
      `all spellings in one profile: ${together}/${multi} multi-spelling actors (target ≥ ${Math.ceil(TARGETS.spellingsShare * multi - 1e-9)})`,
      `actors from web furniture: ${furniture.length ? furniture.join(', ') : 'none'}`,
      `places listed as actors (exact name): ${places.length ? places.join(', ') : 'none'}`,
      `kind errors: ${kindErrors.length ? kindErrors.join('; ') : 'none'}`,
      `actors outside the gold (${outside.length}), for a person to judge:`,
      ...outside.map((o) => `  ? ${o.name} [${o.kind}] — ${o.role ?? 'no role'}; ${o.sources.join(', ')}; ${o.mentions} mention(s)`),
      `actors: ${passed ? 'PASS' : 'FAIL'}`,
    ],
    passed,
    metrics,
  };
}
