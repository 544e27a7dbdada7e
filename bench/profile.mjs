// Benchmark helper: where a build's time goes. Runs `dossier build` under `node --cpu-prof` and prints
// the CPU time spent in each pipeline stage and the hottest functions (self time).
// Usage: node bench/profile.mjs [--content DIR] [--top N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAGES = ['readContent', 'analyzeArticles', 'composeDossier', 'renderPdf', 'renderEpub'];

/** CPU ms per pipeline stage (inclusive) and the top functions by self time, from a .cpuprofile. */
export function summarizeProfile(profile, top = 15) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
  const stage = new Map(STAGES.map((s) => [s, 0]));
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const k = name(byId.get(id));
    self.set(k, (self.get(k) ?? 0) + dt);
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const fn = byId.get(cur).callFrame.functionName;
      if (stage.has(fn)) { stage.set(fn, stage.get(fn) + dt); break; }
    }
  });
  const staged = [...stage.values()].reduce((a, b) => a + b, 0);
  return { total, stages: [...stage, ['other (start-up, module loading, GC, CLI, writing)', total - staged]], hottest: [...self].sort((a, b) => b[1] - a[1]).slice(0, top) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values: opt } = parseArgs({ options: { content: { type: 'string', default: join(ROOT, 'content') }, top: { type: 'string', default: '15' } } });
  const dir = mkdtempSync(join(tmpdir(), 'dossier-prof-'));
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(ROOT, 'bin', 'dossier.js'), 'build', '--content', opt.content, '--out', join(dir, 'out'), '--quiet'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const s = summarizeProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')), Number(opt.top));
  rmSync(dir, { recursive: true, force: true });
  console.log(`CPU profile of \`dossier build --content ${opt.content}\`: ${s.total.toFixed(0)} ms sampled\n`);
  console.log('| stage | CPU ms | share |\n|---|---:|---:|');
  for (const [k, v] of s.stages) console.log(`| ${k} | ${v.toFixed(0)} | ${((v / s.total) * 100).toFixed(0)}% |`);
  console.log('\n| hottest functions (self time) | ms |\n|---|---:|');
  for (const [k, v] of s.hottest) console.log(`| \`${k.replace(/\|/g, '\\|')}\` | ${v.toFixed(0)} |`);
}
