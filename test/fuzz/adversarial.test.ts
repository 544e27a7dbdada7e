// Fuzz tests: hand-picked adversarial inputs (sizes, scripts, markup, numbers, YAML) that must never
// crash the build — each either builds or fails with a DossierError naming the file.
import { afterAll, describe, expect, it } from 'vitest';
import { ODD_NUMBERS, SCRIPT_SAMPLES } from './arbitraries.js';
import { article, build, contentDir, prose, removeContentDirs } from './harness.js';
import { expectQuotesVerbatim } from './invariants.js';

afterAll(removeContentDirs);

/** Builds and expects success, with the analysis invariants holding. */
async function expectBuilds(articles: string[], formats: ('pdf' | 'epub')[] = []) {
  const outcome = await build(contentDir(articles), formats);
  if (!outcome.ok) throw new Error(`expected a build, got: ${outcome.error.message}`);
  expectQuotesVerbatim(outcome.result.analysis, outcome.content);
  for (const o of outcome.result.outputs) expect(o.bytes.length).toBeGreaterThan(1000);
  return outcome.result;
}

// Full-size cases (a 100,000-character paragraph, 3,000 paragraphs) live in large.test.ts (FUZZ_LARGE=1);
// these smaller ones run the same code paths within the suite's time budget.
describe('sizes', () => {
  it('a 20,000-character paragraph (analysis only)', async () => {
    await expectBuilds([article(prose(20_000)), article(`${prose(2000)}\n\nShort one.`, 'Second')]);
  });

  it('600 paragraphs in one article (analysis only)', async () => {
    const body = Array.from({ length: 600 }, (_, i) => `Paragraph ${i + 1}: ${prose(120 + (i % 7) * 30)}.`).join('\n\n');
    await expectBuilds([article(body), article(prose(500), 'Other')]);
  });
});

const deepList = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i} with 12 people`).join('\n');
const raggedTables = [
  '| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 | 5 | 6 |\n||\n| | | |',
  '| only header |\n|---|',
  '| x |\n|:-:|\n| 1 |\n| 2 |',
  `| ${Array.from({ length: 40 }, (_, i) => `c${i}`).join(' | ')} |\n|${'---|'.repeat(40)}\n| ${Array.from({ length: 40 }, (_, i) => `${i * 1000}`).join(' | ')} |`,
  '| a | b |\n|---|---|\n| `code | pipe` | **bold** [link](http://x.invalid) |\n| 1 \\| 2 | ![i](http://x.invalid/i.png) |',
  `| ${'z'.repeat(500)} | b |\n|---|---|\n| c | d |`,
].join('\n\nText between tables.\n\n');
const rawHtml = [
  '<script>alert(1)</script><iframe src="http://x.invalid"></iframe><p onclick="x()">Clicked 5 times</p>',
  '<img src="http://example.invalid/pixel.png"> ![remote](https://example.invalid/a.png) [bad](javascript:alert(1))',
  '<!-- a comment --> <b>unclosed <i>tags',
].join('\n\n');

describe('markup', () => {
  it.each([
    ['a list nested 200 deep', deepList(200)],
    ['block quotes nested 200 deep', `${'>'.repeat(200)} deep quote of 5 people`],
    ['ragged tables', raggedTables],
    ['raw HTML, scripts, remote images, javascript: links', rawHtml],
    ['an unterminated code fence', '```\nunterminated code block with 12 people\n'],
    ['a 3,000-character word', `Before ${'y'.repeat(3000)} after.`],
  ])('%s (analysis only)', async (_name, body) => {
    await expectBuilds([article(`Intro with 3 people.\n\n${body}\n\nOutro.`)]);
  });

  it('all of the above in one corpus (PDF + EPUB)', async () => {
    const bodies = [deepList(50), `${'>'.repeat(200)} deep quote`, raggedTables, rawHtml, `Before ${'y'.repeat(3000)} after.`, '```\nunterminated'];
    const r = await expectBuilds(bodies.map((b, i) => article(`Intro.\n\n${b}`, `Markup ${i + 1}`)), ['pdf', 'epub']);
    expect(r.outputs.map((o) => o.format).sort()).toEqual(['epub', 'pdf']);
  });

  it('empty, whitespace-only and heading-only bodies (PDF + EPUB)', async () => {
    const outcome = await build(contentDir([article(''), article('   \n\n\t\n'), article('# Only\n\n## Headings')]), ['pdf', 'epub']);
    if (outcome.ok) expectQuotesVerbatim(outcome.result.analysis, outcome.content);
    else expect(outcome.error.diagnostics[0].message).not.toBe('');
  });
});

describe('crashes found by the property search', () => {
  // Was a TypeError in analysis/actors/mentions.ts verbAfter (scan(-1)); found by property.test.ts
  // with FUZZ_SEED=1, fixed there.
  it('a paragraph ending in an apposition', async () => {
    const outcome = await build(contentDir([article('Anna Smith, a nurse,')]));
    expect(outcome.ok).toBe(true);
  });
});

describe('scripts', () => {
  it('every script sample in one corpus (PDF + EPUB)', async () => {
    const paras = Object.entries(SCRIPT_SAMPLES).map(([k, v]) => `${k}: ${v}. ${v}`);
    await expectBuilds([article(paras.join('\n\n'), `${SCRIPT_SAMPLES.hebrew} ${SCRIPT_SAMPLES.chinese}`), article(paras.reverse().join('\n\n'), SCRIPT_SAMPLES.arabic)], ['pdf', 'epub']);
  });

  it.each(Object.keys(SCRIPT_SAMPLES))('a corpus entirely in %s (analysis only)', async (key) => {
    const s = SCRIPT_SAMPLES[key];
    if (key === 'controls') {
      // The title is written as a JSON string, so its controls are YAML escapes: an error naming the line.
      const outcome = await build(contentDir([article(s, s)]));
      expect(!outcome.ok && outcome.error.diagnostics[0]).toMatchObject({ file: 'articles/001.md', line: 2, message: expect.stringMatching(/control character U\+0007/) });
      return;
    }
    await expectBuilds([article(`${s}\n\n${s} ${s}`, s.slice(0, 60) || 'x'), article(s, `${key} 2`)]);
  });
});

describe('numbers', () => {
  it('odd number formats give finite figure values only (or none, for a vague amount that keeps its words)', async () => {
    const paras = ODD_NUMBERS.map((n, i) => `At least ${n} people died and ${n} were injured, officials said (${i}).`);
    const r = await expectBuilds([article(paras.join('\n\n')), article(paras.slice().reverse().join('\n\n'), 'Two')]);
    for (const f of r.analysis.figures) {
      for (const v of f.values) {
        if (v.value === null) expect([v.qualifier, typeof v.wording], `${f.label}: ${v.quote}`).toEqual(['vague', 'string']);
        else expect(Number.isFinite(v.value), `${f.label}: ${v.quote}`).toBe(true);
        if (v.valueMax !== undefined) expect(Number.isFinite(v.valueMax)).toBe(true);
      }
    }
    // The JSON contract: the analysis survives a JSON round trip unchanged (no NaN, Infinity, undefined in arrays).
    expect(JSON.parse(JSON.stringify(r.analysis))).toEqual(r.analysis);
  });
});

describe('front matter and settings YAML', () => {
  const frontMatters: [string, string][] = [
    ['numeric title', 'title: 12345'], ['list title', 'title: [a, b]'], ['null title', 'title: ~'], ['empty title', 'title: ""'],
    ['duplicate key', 'title: "a"\ntitle: "b"'], ['unknown key', 'title: x\nunknown_key: 1'], ['anchor and alias', 'title: &a x\noutlet: *a'],
    ['binary tag', 'title: !!binary aGVsbG8='], ['unknown tag', 'title: !!js/function "function(){}"'], ['colons', 'title: a: b: c'],
    ['tab indent', '\ttitle: tab'], ['sequence', '- a\n- b'], ['scalar', 'just a string'], ['flow mapping', '{title: flow, outlet: "o"}'],
    ['unterminated quote', 'title: "unterminated'], ['impossible date', 'title: x\ndate: 2022-02-30'], ['timestamp date', 'title: x\ndate: 2022-01-10T12:00:00Z'],
    ['slashed date', 'title: x\ndate: 10/01/2022'], ['complex key', '? [complex, key]\n: value\ntitle: x'], ['merge key', 'title: x\n<<: {outlet: merged}'],
    ['20,000-character title', `title: ${'a'.repeat(20000)}`], ['numbers for strings', 'title: x\noutlet: 12\ndate: 20220110'],
    ['explicit timestamp tag', 'title: x\ndate: !!timestamp 2022-01-10'],
  ];
  it.each(frontMatters)('front matter with %s builds or is a DossierError naming the file', async (_name, yaml) => {
    const outcome = await build(contentDir([`---\n${yaml}\n---\nSome 12 people were hurt.\n`]));
    if (outcome.ok) expectQuotesVerbatim(outcome.result.analysis, outcome.content);
    else expect(outcome.error.diagnostics[0].file).toMatch(/001\.md$/);
  });

  const settings: [string, string][] = [
    ['list title', 'title: [x]'], ['unknown paper', 'paper: A5'], ['path-like language', 'language: "../../etc"'],
    ['path-like prefix', 'file_prefix: "../escape"'], ['null title', 'title: ~'], ['sequence', '- a'], ['scalar', 'x'],
    ['impossible date', 'date: 2022-02-30'], ['empty file', ''], ['BOM only', '\ufeff'], ['bidi override and NUL', 'title: "\u202eevil"\nsubtitle: "\u0000"'],
  ];
  it.each(settings)('settings with %s build or are a DossierError naming dossier.yml', async (_name, yaml) => {
    const outcome = await build(contentDir([article('Some 12 people were hurt.')], yaml));
    if (!outcome.ok) expect(outcome.error.diagnostics[0].file).toMatch(/dossier\.yml$/);
  });

  // An alias bomb passes parseDocument and explodes in toJS(): content/yaml.ts turns that into a
  // DossierError naming the file.
  const bomb = 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]';
  it('a YAML alias bomb in front matter is a DossierError', async () => {
    const outcome = await build(contentDir([`---\n${bomb}\ntitle: laughs\n---\nText.\n`]));
    expect(outcome.ok).toBe(false);
  });
  it('a YAML alias bomb in dossier.yml is a DossierError', async () => {
    const outcome = await build(contentDir([article('Text.')], bomb));
    expect(outcome.ok).toBe(false);
  });

  it('CRLF line ends, a BOM and a "..." front matter terminator', async () => {
    const text = '\ufeff---\r\ntitle: CRLF report\r\noutlet: Wire\r\n...\r\nAt least 12 people died.\r\n\r\nMore than 30 were hurt.\r\n';
    const r = await expectBuilds([text]);
    expect(r.analysis.sources[0].title).toBe('CRLF report');
  });
});
