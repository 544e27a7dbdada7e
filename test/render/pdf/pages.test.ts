// The page-level promises of issue 14, read back from built PDFs (the seed dossier and a generated
// 40-source corpus): no page holding only a heading or a table header, headings without skipped
// levels in the structure tree, few near-empty pages, short citation runs in the text, no word
// hyphenated across a page turn.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../fixtures/generate/corpus.mjs';
import { buildDossier } from '../../../src/pipeline.js';
import { MAX_INLINE_CITATIONS } from '../../../src/model/compose/citations.js';
import { loadTheme } from '../../../src/style/theme.js';
import { type PdfDoc, type ReadPdf, readPdf } from './helpers.js';

const theme = loadTheme();
const MM = 72 / 25.4;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function buildPdf(contentDir: string): Promise<ReadPdf> {
  const result = await buildDossier({ contentDir, formats: ['pdf'], now: new Date(Date.UTC(2024, 0, 1)) });
  return readPdf(result.outputs[0].bytes);
}

interface StructNode { role?: string; type?: string; children?: StructNode[] }

/** Each marked-content leaf of a page with the roles above it. */
function leaves(node: StructNode, path: string[] = [], out: string[][] = []): string[][] {
  if (node.type === 'content') out.push(path);
  for (const c of node.children ?? []) leaves(c, node.role ? [...path, node.role] : path, out);
  return out;
}

async function structTrees(pdf: PdfDoc): Promise<StructNode[]> {
  const trees: StructNode[] = [];
  for (let i = 1; i <= pdf.numPages; i++) trees.push(((await (await pdf.getPage(i)).getStructTree()) ?? {}) as StructNode);
  return trees;
}

/** Heading levels in reading order (a heading running over a page turn counts once per page). */
function headingLevels(node: StructNode, out: number[] = []): number[] {
  const m = /^H(\d)$/.exec(node.role ?? '');
  if (m) out.push(Number(m[1]));
  for (const c of node.children ?? []) headingLevels(c, out);
  return out;
}

function checkPages(name: string, get: () => { read: ReadPdf; trees: StructNode[] }) {
  describe(name, () => {
    it('has no page whose only content is a heading or a table header', () => {
      const { trees } = get();
      trees.forEach((tree, i) => {
        const ls = leaves(tree);
        const real = ls.filter((path) => !path.some((r) => /^H\d$/.test(r) || r === 'THead'));
        expect(real.length, `page ${i + 1}: ${ls.length} leaves, all heading/table header`).toBeGreaterThan(0);
      });
    });

    it('has heading levels without gaps in the structure tree', () => {
      const levels = get().trees.flatMap((t) => headingLevels(t));
      expect(levels[0]).toBe(1);
      levels.forEach((l, i) => { if (i > 0) expect(l, `heading ${i}: H${levels[i - 1]} → H${l}`).toBeLessThanOrEqual(levels[i - 1] + 1); });
    });

    it('has at most one near-empty page in twenty (text over less than 30 % of the text block)', () => {
      const { pages } = get().read;
      const top = pages[0].height - theme.page.marginTop * MM;
      const bottom = theme.page.marginBottom * MM;
      const empty = pages.slice(1).map((p, i) => {
        const ys = p.items.filter((it) => it.y > bottom && it.y < top).map((it) => it.y);
        return { page: i + 2, fill: ys.length ? (top - Math.min(...ys)) / (top - bottom) : 0 };
      }).filter((p) => p.fill < 0.3);
      expect(empty.length, JSON.stringify(empty)).toBeLessThanOrEqual(Math.max(1, Math.floor(pages.length / 20)));
    });

    it(`cites at most ${MAX_INLINE_CITATIONS + 1} paragraphs in a row in the text (the rest are in notes)`, () => {
      let longest = 0;
      for (const p of get().read.pages) {
        const text = p.items.filter((it) => it.size > theme.sizes.footnote + 0.2).map((it) => it.str).join(' ');
        for (const m of text.matchAll(/S\d+\s*¶\s*\d+(?:\s*,\s*S\d+\s*¶\s*\d+)*/g)) longest = Math.max(longest, (m[0].match(/¶/g) ?? []).length);
      }
      expect(longest).toBeGreaterThan(0);
      expect(longest).toBeLessThanOrEqual(MAX_INLINE_CITATIONS + 1);
    });

    it('ends no page on a hyphenated body line', () => {
      for (const [i, p] of get().read.pages.entries()) {
        const body = p.items.filter((it) => Math.abs(it.size - theme.sizes.body) < 0.3);
        if (!body.length) continue;
        const low = Math.min(...body.map((it) => it.y));
        const line = body.filter((it) => Math.abs(it.y - low) < 1).sort((a, b) => a.x - b.x).map((it) => it.str).join('').trimEnd();
        expect(line, `page ${i + 1}`).not.toMatch(/\p{L}[\u00ad-]$/u);
      }
    });
  });
}

let seed: { read: ReadPdf; trees: StructNode[] };
let big: { read: ReadPdf; trees: StructNode[] };
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-40-'));
  dirs.push(dir);
  generateCorpus(dir, 40, 7);
  const [a, b] = [await buildPdf('content'), await buildPdf(dir)];
  seed = { read: a, trees: await structTrees(a.pdf) };
  big = { read: b, trees: await structTrees(b.pdf) };
}, 240_000);

checkPages('seed dossier (5 sources)', () => seed);
checkPages('generated 40-source dossier', () => big);
