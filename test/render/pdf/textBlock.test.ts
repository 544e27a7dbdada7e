// No text drawn outside the text block: read back from the PDF (pdfjs positions) of a dossier whose
// sources carry 150-character web addresses, in their facts and in their text. An address breaks after
// / . - ? & = (never inside "https://"); it ran past the right margin, and off the page.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../../../src/pipeline.js';
import { loadTheme } from '../../../src/style/theme.js';
import { outsideTextBlock, type ReadPdf, readPdf, squash } from './helpers.js';

const theme = loadTheme();
const FACTS_URL = 'https://www.example-news-outlet.org/world/europe/2024/01/02/floods-sweep-the-valley-after-three-days-of-rain-officials-say?utm_source=feed&utm_medium=rss&utm_campaign=world-news-europe';
const TEXT_URL = 'https://signal.example.com/a/very/long/path/that/goes/on/and/on/and/on/without/any/spaces/at/all/floods-2024-01-02-death-toll-rises.html';
let dir: string;
let read: ReadPdf;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-urls-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', '01-a.md'), `---\ntitle: Floods sweep the valley after three days of rain\noutlet: The Valley Courier\ndate: 2024-01-02\nurl: ${FACTS_URL}\n---\n\nAt least twelve people were killed when the river burst its banks, officials said on Tuesday. Live updates are at ${TEXT_URL}\n\nThe authorities blamed an unusually wet spring.\n`);
  writeFileSync(join(dir, 'articles', '02-b.md'), `---\ntitle: Death toll rises in valley floods\noutlet: Morning Signal\ndate: 2024-01-02\nurl: ${TEXT_URL}\n---\n\nAt least 14 people were killed in the floods, the emergency service said.\n`);
  const r = await buildDossier({ contentDir: dir, formats: ['pdf'], now: new Date(Date.UTC(2024, 0, 3)) });
  read = await readPdf(r.outputs[0].bytes);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('text block', () => {
  it('draws no text outside the text block on any page, long web addresses included', () => {
    expect(outsideTextBlock(read, theme)).toEqual([]);
  });

  it('keeps every address whole in the text, broken only after a separator', () => {
    const text = squash(read.pages.map((p) => p.text).join(''));
    expect(text).toContain(squash(FACTS_URL));
    expect(text).toContain(squash(TEXT_URL));
    // Lines end after a separator: no line of an address ends mid-word (e.g. "utm_campai|gn").
    const lines = read.pages.flatMap((p) => p.items.map((i) => i.str.trim())).filter((s) => s.length > 10 && (FACTS_URL.includes(s) || TEXT_URL.includes(s)));
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) if (!FACTS_URL.endsWith(l) && !TEXT_URL.endsWith(l)) expect(l, l).toMatch(/[/.\-?&=_#]$/u);
  });
});
