// The gazetteer's index is a sorted text searched in place: every name it holds is found with its own
// population (regions and accent-free forms as such), the first and last lines included, and a name
// between two neighbours is not — read from a fresh index built into a private cache folder.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRegionName, placePopulation, placePopulationLoose } from '../../src/analysis/actors/gazetteer.js';

const home = mkdtempSync(join(tmpdir(), 'dossier-gazetteer-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('gazetteer index', () => {
  it('finds every name it holds, and no name between two of them', () => {
    // The tests' cache is off (vitest.config.ts): on here, in a private folder, to read the index back.
    const saved = { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, DOSSIER_CACHE: process.env.DOSSIER_CACHE };
    process.env.XDG_CACHE_HOME = home;
    delete process.env.DOSSIER_CACHE;
    try {
      expect(placePopulation('Marseille')).toBeGreaterThan(500000);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    const folder = join(home, 'dossier', 'gazetteer');
    const [file] = readdirSync(folder);
    const lines = readFileSync(join(folder, file), 'utf8').split('\n').map((l) => l.split('\t'));
    expect(lines.length).toBeGreaterThan(40000);
    for (let i = 1; i < lines.length; i++) expect(lines[i - 1][0] < lines[i][0]).toBe(true);
    const sample = [0, 1, lines.length - 2, lines.length - 1, ...Array.from({ length: 200 }, (_, i) => Math.floor((i * lines.length) / 200))];
    // A region's line holds -1 (no population); '~' starts the accent-free form of a name that has none of its own.
    const asPopulation = (n: string) => (Number(n) === -1 ? null : Number(n));
    for (const i of sample) {
      const [name, population] = lines[i];
      if (name.startsWith('~')) {
        expect(placePopulationLoose(name.slice(1)), name).toBe(asPopulation(population));
      } else {
        expect(placePopulation(name), name).toBe(asPopulation(population));
        expect(isRegionName(name), name).toBe(Number(population) === -1);
      }
      const between = `${name}\u0000`;
      if (i + 1 < lines.length && lines[i + 1][0] !== between) expect(placePopulation(between)).toBeNull();
    }
    expect(placePopulation('')).toBeNull();
  });
});
