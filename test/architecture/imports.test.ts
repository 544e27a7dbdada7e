// Architecture: the stages of src/ import only downwards and never in a circle.
// Imports are read with TypeScript's own pre-processor (the compiler we build with), not a regex.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');

/** Lower number = lower stage. A module may import its own stage or a lower one. */
const STAGES: [prefix: string, rank: number][] = [
  ['core/', 0],
  ['types/', 0],
  ['content/', 1],
  ['style/', 1],
  ['analysis/', 2],
  ['model/', 3],
  ['render/', 4],
  ['pipeline.ts', 5],
  ['cli/', 6],
];

function stageOf(file: string): [string, number] {
  const hit = STAGES.find(([prefix]) => file.startsWith(prefix));
  if (!hit) throw new Error(`${file} belongs to no stage: add its folder to STAGES`);
  return hit;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [relative(SRC, p)] : [];
  });
}

interface Edge { to: string; typeOnly: boolean }

/** file → the src files it imports (relative imports only; packages are not stages). */
function importGraph(): Map<string, Edge[]> {
  const graph = new Map<string, Edge[]>();
  for (const file of sourceFiles(SRC)) {
    const source = ts.createSourceFile(file, readFileSync(join(SRC, file), 'utf8'), ts.ScriptTarget.Latest);
    const edges: Edge[] = [];
    for (const s of source.statements) {
      if (!(ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) || !s.moduleSpecifier) continue;
      const spec = (s.moduleSpecifier as ts.StringLiteral).text;
      if (!spec.startsWith('.')) continue;
      const to = relative(SRC, resolve(SRC, dirname(file), spec)).replace(/\.js$/, '.ts');
      edges.push({ to, typeOnly: isTypeOnly(s) });
    }
    graph.set(file, edges);
  }
  return graph;
}

/** `import type {…}`, `import {type A, type B}`, `export type {…}`: erased by the compiler. */
function isTypeOnly(s: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(s)) return s.isTypeOnly;
  const clause = s.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return !clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

/** The graph of imports that run: a circle of these decides module initialisation order. */
function runtimeGraph(graph: Map<string, Edge[]>): Map<string, string[]> {
  return new Map([...graph].map(([f, es]) => [f, es.filter((e) => !e.typeOnly).map((e) => e.to)]));
}

/** Strongly connected components of more than one file (or a file importing itself): Tarjan. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next); low.set(v, next); next++;
    stack.push(v); onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); scc.push(w); } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('import graph of src/', () => {
  const graph = importGraph();

  it('reads every module and resolves every relative import to a file', () => {
    expect(graph.size).toBeGreaterThan(50);
    const missing = [...graph].flatMap(([f, es]) => es.filter((e) => !graph.has(e.to)).map((e) => `${f} → ${e.to}`));
    expect(missing).toEqual([]);
  });

  it('has no import from a lower stage to a higher one', () => {
    const upward = [...graph].flatMap(([file, targets]) => {
      const [, rank] = stageOf(file);
      return targets.filter((e) => stageOf(e.to)[1] > rank).map((e) => `${file} → ${e.to}`);
    });
    expect(upward).toEqual([]);
  });

  it('has no import between sibling stages (content ↔ style)', () => {
    const sideways = [...graph].flatMap(([file, targets]) => {
      const [prefix, rank] = stageOf(file);
      return targets.filter((e) => stageOf(e.to)[1] === rank && stageOf(e.to)[0] !== prefix).map((e) => `${file} → ${e.to}`);
    });
    expect(sideways).toEqual([]);
  });

  it('keeps the writers off the composer: render/ reads the model (document, anchors, walk) only', () => {
    const intoCompose = [...graph].flatMap(([file, es]) => (file.startsWith('render/') ? es.filter((e) => e.to.startsWith('model/compose/')).map((e) => `${file} → ${e.to}`) : []));
    expect(intoCompose).toEqual([]);
  });

  it('reads markdown tokens only in content/ (every later stage reads our article tree)', () => {
    const readers = sourceFiles(SRC).filter((f) => /from 'marked'/.test(readFileSync(join(SRC, f), 'utf8')));
    expect(readers.filter((f) => !f.startsWith('content/'))).toEqual([]);
  });

  it('keeps pdfkit and fontkit, and every reach past their published API, in render/pdf/backend/', () => {
    const outside = sourceFiles(SRC).filter((f) => !f.startsWith('render/pdf/backend/')).filter((f) => {
      const text = readFileSync(join(SRC, f), 'utf8');
      return /from '(pdfkit|fontkit)'/.test(text) || /as unknown as \{ *_/.test(text) || /\)\._[a-zA-Z]/.test(text);
    });
    expect(outside).toEqual([]);
  });

  it('has the analysis read a language only through its pack registry (analysis/lang/index.ts), never a pack file', () => {
    const direct = [...graph].flatMap(([file, es]) => (file.startsWith('analysis/lang/') ? [] : es
      .filter((e) => e.to.startsWith('analysis/lang/') && e.to !== 'analysis/lang/index.ts').map((e) => `${file} → ${e.to}`)));
    expect(direct).toEqual([]);
  });

  // Type-only imports are erased when compiled, so a class and a helper may name each other's types.
  it('has no circular imports', () => {
    expect(cycles(runtimeGraph(graph))).toEqual([]);
  });

  it('finds a circle and an upward import when there is one (the checker can fail)', () => {
    const fake = new Map([['content/a.ts', ['analysis/b.ts']], ['analysis/b.ts', ['content/a.ts']]]);
    expect(cycles(fake)).toEqual([['analysis/b.ts', 'content/a.ts']]);
    expect(stageOf('analysis/b.ts')[1]).toBeGreaterThan(stageOf('content/a.ts')[1]);
  });
});
