// Issue 16's hostile inputs, re-run end to end through the CLI (build with `npm run build:ts` first).
// For every case: a fresh content folder and an output folder already holding a previous pair.
// - accepted (exit 0): epubcheck reports 0 errors / 0 warnings and `qpdf --check` is clean;
// - rejected: exit 1 (a usage error 2 where said), stderr names the file (and line where there is
//   one), no stack trace, and the previous pair is untouched byte for byte.
// The in-process fuzz suite (test/fuzz/) has the property-based and crash/signal cases; this script is
// the slow, whole-program check (epubcheck is a JVM). Usage: node scripts/hostile.mjs [--only REGEX] [--large]
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'dossier.js');
const EPUBCHECK = '/usr/share/java/epubcheck.jar';
const { values: opt } = parseArgs({ options: { only: { type: 'string' }, large: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } } });

const fm = (title = 'Report', extra = '') => `---\ntitle: ${JSON.stringify(title)}\noutlet: Wire\ndate: 2024-01-01\n${extra}---\n\n`;
/** An article: front matter (lines 1–5), a blank line, a sentence on line 7, `body` from line 9. */
const art = (body, title) => `${fm(title)}Officials said at least 12 people died.\n\n${body}\n`;
const words = (n, w = (i) => `w${i % 1000}`) => Array.from({ length: n }, (_, i) => w(i)).join(' ');
const repeat = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const ZH = '北京地震造成至少一百二十三人死亡，当局表示救援工作仍在进行中。';
const JA = '東京で地震があり、少なくとも三十人が負傷したと当局が発表しました。';
const TH = 'กรุงเทพมหานครน้ำท่วมหนักประชาชนอพยพออกจากบ้าน';
const theme = readFileSync(join(ROOT, 'styles', 'theme.yml'), 'utf8');
const deadPid = () => spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;

/**
 * Each case: files to write into the content folder (text, or a function of the folder for links/FIFOs),
 * `styles` (theme.yml text: a styles folder is made), `args` (instead of `build`), `before(dir, out)`,
 * and what is expected: 'ok' (optionally `text`, strings the PDF must hold), or a rejection with the
 * `file` (regex) stderr names, `line` and `code` (default 1).
 */
const cases = [
  // 1. Text without spaces, all kept
  { name: 'Chinese paragraph, 336 characters', files: { 'articles/a.md': art(repeat(ZH, 336)) }, expect: 'ok', text: [ZH.slice(0, 12)] },
  { name: 'Japanese paragraph, 228 characters', files: { 'articles/a.md': art(repeat(JA, 228)) }, expect: 'ok' },
  { name: 'Thai paragraph, 396 characters', files: { 'articles/a.md': art(repeat(TH, 396)) }, expect: 'ok' },
  { name: 'a 30,000-letter word', files: { 'articles/a.md': art(`Before ${'x'.repeat(30_000)} after.`) }, expect: 'ok' },
  // 2. Control characters, links, dates
  { name: 'raw control characters in body and title', files: { 'articles/a.md': `---\ntitle: "Bell\x07 report"\noutlet: Wire\ndate: 2024-01-01\n---\n\nAt least 12\x01 people died\x0c.\n`, 'dossier.yml': 'title: "Cover\x01"\n' }, expect: 'ok', warn: /articles\/a\.md:2: warning: removed 3 control/ },
  { name: 'character references to control characters', files: { 'articles/a.md': art('Text &#1; and &#x1F; and &#65535; <p>x&#5;y</p> `c&#2;`') }, expect: 'ok', warn: /articles\/a\.md:9: warning: removed 5 character references/ },
  { name: 'a YAML escape for a control character', files: { 'articles/a.md': art('Text.'), 'dossier.yml': 'author: A\ntitle: "T\\x01"\n' }, expect: 'fail', file: /dossier\.yml:2/ },
  { name: 'URLs with spaces, javascript:, data:', files: { 'articles/a.md': art('[a](<http://exa mple.com/x y>) [b](javascript:alert(1)) [c](data:text/html,x) [d](http://ok.example/path)') }, expect: 'ok' },
  { name: 'impossible date 2022-02-30', files: { 'articles/a.md': `${fm('T').replace('2024-01-01', '2022-02-30')}Text.\n` }, expect: 'fail', file: /articles\/a\.md:4/ },
  { name: 'impossible date 2022-13-45', files: { 'articles/a.md': `${fm('T').replace('2024-01-01', '2022-13-45')}Text.\n` }, expect: 'fail', file: /articles\/a\.md:4/ },
  { name: 'impossible date in dossier.yml', files: { 'articles/a.md': art('Text.'), 'dossier.yml': 'title: T\ndate: 2022-02-30\n' }, expect: 'fail', file: /dossier\.yml:2/ },
  // 3. Output folder: stale lock, temporaries, a journal
  {
    name: 'stale lock, temporaries and a half-done commit in the output folder', files: { 'articles/a.md': art('Text.') }, expect: 'ok',
    before: (_dir, out) => {
      writeFileSync(join(out, '.dossier.lock'), deadPid());
      writeFileSync(join(out, '.dossier.pdf.4194000.tmp'), 'half');
    },
    after: (out) => readdirSync(out).filter((n) => n.startsWith('.')).length === 0 || `left: ${readdirSync(out).filter((n) => n.startsWith('.'))}`,
  },
  // 4. Reading outside the content folder
  { name: 'dossier.yml linked to a file outside', files: { 'articles/a.md': art('Text.'), 'dossier.yml': (dir) => symlinkOut(dir, 'dossier.yml') }, expect: 'fail', file: /dossier\.yml/, secret: true },
  { name: 'curated.yml linked to a file outside', files: { 'articles/a.md': art('Text.'), 'curated.yml': (dir) => symlinkOut(dir, 'curated.yml') }, expect: 'fail', file: /curated\.yml/, secret: true },
  { name: 'an article linked to a file outside', files: { 'articles/a.md': art('Text.'), 'articles/b.md': (dir) => symlinkOut(dir, 'articles/b.md') }, expect: 'fail', file: /articles\/b\.md/, secret: true },
  { name: 'dossier.yml linked to /etc/shadow', files: { 'articles/a.md': art('Text.'), 'dossier.yml': (dir) => symlinkSync('/etc/shadow', join(dir, 'dossier.yml')) }, expect: 'fail', file: /dossier\.yml/, secret: 'root:' },
  { name: 'a theme font path climbing out (../../../../etc/passwd)', files: { 'articles/a.md': art('Text.') }, styles: theme.replace('regular: 400Regular/NotoSerif_400Regular.ttf', 'regular: ../../../../etc/passwd'), expect: 'fail', file: /theme\.yml:7/ },
  { name: 'an article hard-linked to a file outside (read as the file it is)', files: { 'articles/a.md': art('Text.'), 'articles/b.md': (dir) => { const o = join(dir, '..', `hard-${process.pid}.md`); writeFileSync(o, art('Hard-linked text.', 'Hard')); linkSync(o, join(dir, 'articles', 'b.md')); } }, expect: 'ok' },
  // 5. Stack overflows and internal errors
  { name: 'a 2,000-level quote', files: { 'articles/a.md': art('>'.repeat(2000) + ' deep') }, expect: 'fail', file: /articles\/a\.md:9/ },
  { name: '50,000 nested brackets', files: { 'articles/a.md': art(`${'['.repeat(50_000)}x${'](http://example.com)'.repeat(50_000)}`) }, expect: 'ok' },
  { name: '50,000 levels of emphasis', files: { 'articles/a.md': art(`${'*'.repeat(50_000)}x${'*'.repeat(50_000)}`) }, expect: 'fail', file: /articles\/a\.md:9/ },
  { name: 'a 1,500-level nested list (3,000 levels: 8.6 MiB, over the size limit)', files: { 'articles/a.md': art(Array.from({ length: 1500 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')) }, expect: 'fail', file: /articles\/a\.md:\d+/ },
  { name: 'a 300-character file_prefix', files: { 'articles/a.md': art('Text.'), 'dossier.yml': `file_prefix: ${'p'.repeat(300)}\n` }, expect: 'fail', file: /dossier\.yml:1/ },
  { name: 'theme font missing', files: { 'articles/a.md': art('Text.') }, styles: theme.replace('400Regular/NotoSerif_400Regular.ttf', '400Regular/Missing.ttf'), expect: 'fail', file: /theme\.yml:7/ },
  { name: 'theme font is a folder', files: { 'articles/a.md': art('Text.') }, styles: theme.replace('400Regular/NotoSerif_400Regular.ttf', '400Regular'), expect: 'fail', file: /theme\.yml:7/ },
  { name: 'theme font is not a font', files: { 'articles/a.md': art('Text.') }, styles: theme.replace('400Regular/NotoSerif_400Regular.ttf', 'package.json'), expect: 'fail', file: /theme\.yml:7/ },
  { name: 'theme font package missing', files: { 'articles/a.md': art('Text.') }, styles: theme.replace('"@expo-google-fonts/noto-serif"', '"no-such-font-package"'), expect: 'fail', file: /theme\.yml:6/ },
  { name: 'sizes.body: 1e-7', files: { 'articles/a.md': art('Text.') }, styles: theme.replace(/\n {2}body: 11\n/, '\n  body: 1e-7\n'), expect: 'fail', file: /theme\.yml:\d+/ },
  { name: 'marginInner: 500 (wider than the page)', files: { 'articles/a.md': art('Text.') }, styles: theme.replace('marginInner: 30', 'marginInner: 500'), expect: 'fail', file: /theme\.yml:80/ },
  { name: 'an unknown theme key', files: { 'articles/a.md': art('Text.') }, styles: theme.replace('marginInner: 30', 'marginInner: 30\n  marginMiddle: 3'), expect: 'fail', file: /theme\.yml:81/ },
  { name: 'init into a file', args: (dir) => ['init', join(dir, 'articles', 'a.md')], files: { 'articles/a.md': art('Text.') }, expect: 'fail', file: /a\.md/ },
  { name: 'ingest --content FILE', args: (dir) => ['ingest', '--content', join(dir, 'articles', 'a.md'), join(dir, 'page.txt')], files: { 'articles/a.md': art('Text.'), 'page.txt': 'A headline\n\nSome pasted text with at least twelve words in it for the ingest to keep.\n' }, expect: 'fail', file: /a\.md/ },
  // 6. Hangs and blow-ups
  { name: 'a 100 KB capitalised word before names', files: { 'articles/a.md': art(`${'A'.repeat(100_000)} troops, Norwegian, Danish and Finnish troops`), 'articles/b.md': art('Norweigan and Danish troops arrived in Varnholme.', 'Two') }, expect: 'ok' },
  { name: '200,000 curated aliases', files: { 'articles/a.md': art('Governor Ana Ruiz said the river rose.'), 'curated.yml': `actors:\n  - match: Ana Ruiz\n    aliases: [${words(200_000, (i) => `Alias${i}`).replace(/ /g, ', ')}]\n` }, expect: 'fail', file: /curated\.yml:3/ },
  { name: 'a 200,000-word table cell', files: { 'articles/a.md': art(`| a | b |\n|---|---|\n| ${words(200_000)} | x |`) }, expect: 'ok' },
  { name: 'a 1,500-word dossier title', files: { 'articles/a.md': art('Text.'), 'dossier.yml': `title: "${words(1500, (i) => `word${i}`)}"\n` }, expect: 'fail', file: /dossier\.yml:1/ },
  { name: 'a 300-character dossier title (the limit) fits the cover', files: { 'articles/a.md': art('Text.'), 'dossier.yml': `title: "${words(60, (i) => `word${i}`).slice(0, 300).trim()}"\n` }, expect: 'ok' },
  { name: 'a FIFO named *.md', files: { 'articles/a.md': art('Text.'), 'articles/b.md': (dir) => execFileSync('mkfifo', [join(dir, 'articles', 'b.md')]) }, expect: 'fail', file: /articles\/b\.md/ },
  { name: 'a FIFO named dossier.yml', files: { 'articles/a.md': art('Text.'), 'dossier.yml': (dir) => execFileSync('mkfifo', [join(dir, 'dossier.yml')]) }, expect: 'fail', file: /dossier\.yml/ },
  { name: 'ingest a FIFO', args: (dir) => ['ingest', '--content', dir, join(dir, 'pipe.txt')], files: { 'articles/a.md': art('Text.'), 'pipe.txt': (dir) => execFileSync('mkfifo', [join(dir, 'pipe.txt')]) }, expect: 'fail', file: /pipe\.txt/ },
  // 7. Unclear behaviour
  { name: 'UTF-16 with a byte-order mark', files: { 'articles/a.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(art('Text in UTF-16.'), 'utf16le')]) }, expect: 'ok', text: ['Text in UTF-16.'] },
  { name: 'UTF-16 without a byte-order mark', files: { 'articles/a.md': Buffer.from(art('Text in UTF-16.'), 'utf16le') }, expect: 'fail', file: /articles\/a\.md/ },
  { name: 'CR-only line endings', files: { 'articles/a.md': art('Text with CR line ends.').replace(/\n/g, '\r') }, expect: 'ok' },
  { name: 'a list as dossier.yml', files: { 'articles/a.md': art('Text.'), 'dossier.yml': '- a\n- b\n' }, expect: 'fail', file: /dossier\.yml: error: settings must be a YAML mapping/ },
  { name: '--content with no value', args: () => ['build', '--content'], files: {}, expect: 'fail', code: 2, file: /content/ },
  { name: 'an editor lock file .#x.md beside articles', files: { 'articles/a.md': art('Text.'), 'articles/.#a.md': (dir) => symlinkSync('user@host.1:2', join(dir, 'articles', '.#a.md')) }, expect: 'ok' },
  { name: 'an article named *.MD', files: { 'articles/a.md': art('Text.'), 'articles/B.MD': art('Upper-case extension text.', 'Upper') }, expect: 'ok', text: ['Upper-case extension text.'] },
  { name: 'a curated rename to another actor\'s name', files: { 'articles/a.md': art('Governor Ana Ruiz said the river rose.'), 'articles/b.md': art('Mayor Ben Osei said 40 people were rescued.', 'Two'), 'curated.yml': 'actors:\n  - match: Ana Ruiz\n    name: Ben Osei\n' }, expect: 'fail', file: /curated\.yml:3/ },
  { name: 'a binary file named *.md', files: { 'articles/a.md': art('Text.'), 'articles/b.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) }, expect: 'fail', file: /articles\/b\.md/ },
  ...(opt.large ? [
    { name: 'a 33 MiB article (as the issue\'s 50 MB one)', files: { 'articles/a.md': art(words(6_000_000, (i) => ['officials', 'said', '12', 'people', 'were', 'hurt'][i % 6]).replace(/(( \S+){150}) /g, '$1\n\n')) }, expect: 'fail', file: /articles\/a\.md: error: .*at most 4 MiB/ },
    { name: 'a 3.5 MB article', files: { 'articles/a.md': art(words(420_000, (i) => ['officials', 'said', '12', 'people', 'were', 'hurt'][i % 6]).replace(/(( \S+){150}) /g, '$1\n\n')) }, expect: 'ok' },
    { name: 'a 1 MB capitalised word before names', files: { 'articles/a.md': art(`${'A'.repeat(1_000_000)} troops, Norwegian, Danish and Finnish troops`), 'articles/b.md': art('Norweigan and Danish troops arrived.', 'Two') }, expect: 'ok' },
  ] : []),
];

function symlinkOut(dir, rel) {
  const outside = join(dir, '..', `outside-${rel.replace(/\W/g, '_')}-${process.pid}`);
  writeFileSync(outside, 'title: "SECRET-LINE-FROM-OUTSIDE"\n');
  symlinkSync(outside, join(dir, rel));
}

function epubcheck(file) {
  const r = spawnSync('java', ['-jar', EPUBCHECK, file], { encoding: 'utf8' });
  const m = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(r.stdout + r.stderr);
  return m && m[1] === '0' && m[2] === '0' && m[3] === '0' ? null : `epubcheck: ${(m?.[0] ?? (r.stdout + r.stderr).slice(-300))}`;
}

function qpdf(file) {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return r.status === 0 && /No syntax or stream encoding errors/.test(r.stdout) && !/WARNING/.test(r.stdout + r.stderr) ? null : `qpdf: ${(r.stdout + r.stderr).slice(-300)}`;
}

const work = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
const rows = [];
for (const c of cases) {
  if (opt.only && !new RegExp(opt.only, 'i').test(c.name)) continue;
  const base = mkdtempSync(join(work, 'case-'));
  const dir = join(base, 'content');
  const out = join(base, 'out');
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(out);
  for (const [rel, v] of Object.entries(c.files)) typeof v === 'function' ? v(dir) : writeFileSync(join(dir, rel), v);
  writeFileSync(join(out, 'dossier.pdf'), 'previous pdf');
  writeFileSync(join(out, 'dossier.epub'), 'previous epub');
  let styles;
  if (c.styles) {
    styles = join(base, 'styles');
    mkdirSync(styles);
    writeFileSync(join(styles, 'theme.yml'), c.styles);
  }
  c.before?.(dir, out);
  const args = c.args ? c.args(dir) : ['build', '--content', dir, '--out', out, ...(styles ? ['--styles', styles] : [])];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 << 20, cwd: base });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const problems = [];
  const stderr = r.stderr ?? '';
  if (r.signal) problems.push(`ended by ${r.signal}`);
  if (/\n\s+at .+:\d+:\d+\)?\n/.test(stderr) || /internal error/i.test(stderr)) problems.push('stack trace / internal error in stderr');
  if (c.expect === 'ok') {
    if (r.status !== 0) problems.push(`exit ${r.status}: ${stderr.trim().split('\n')[0]}`);
    else {
      const pdf = join(out, 'dossier.pdf');
      const epub = join(out, 'dossier.epub');
      for (const p of [epubcheck(epub), qpdf(pdf)]) if (p) problems.push(p);
      if (c.text) {
        const txt = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 }).stdout.replace(/\s+/g, '');
        for (const t of c.text) if (!txt.includes(t.replace(/\s+/g, ''))) problems.push(`PDF lacks "${t}"`);
      }
      if (c.warn && !c.warn.test(stderr)) problems.push(`no warning ${c.warn}: ${stderr.trim().split('\n')[0]}`);
      const a = c.after?.(out);
      if (typeof a === 'string') problems.push(a);
    }
  } else {
    const code = c.code ?? 1;
    if (r.status !== code) problems.push(`exit ${r.status}, expected ${code}`);
    if (!c.file.test(stderr)) problems.push(`stderr does not name ${c.file}: ${stderr.trim().split('\n')[0]}`);
    if (c.secret && stderr.includes(c.secret === true ? 'SECRET-LINE' : c.secret)) problems.push('stderr shows the outside file');
    if (readFileSync(join(out, 'dossier.pdf'), 'utf8') !== 'previous pdf' || readFileSync(join(out, 'dossier.epub'), 'utf8') !== 'previous epub') problems.push('previous output changed');
  }
  const first = (stderr.trim().split('\n').find((l) => /error|warning/.test(l)) ?? '').slice(0, 140);
  rows.push({ name: c.name, ok: problems.length === 0, seconds, problems, first });
  console.log(`${problems.length === 0 ? 'PASS' : 'FAIL'} ${c.name} (${seconds.toFixed(1)} s)${problems.length ? `\n     ${problems.join('\n     ')}` : ''}${first ? `\n     ${first}` : ''}`);
  if (!opt.keep) {
    try { chmodSync(base, 0o755); } catch { /* gone */ }
    rmSync(base, { recursive: true, force: true });
  }
}
if (!opt.keep) rmSync(work, { recursive: true, force: true });
const failed = rows.filter((r) => !r.ok);
console.log(`\n${rows.length - failed.length}/${rows.length} cases as expected${failed.length ? `; failed: ${failed.map((r) => r.name).join('; ')}` : ''}`);
process.exit(failed.length ? 1 : 0);
