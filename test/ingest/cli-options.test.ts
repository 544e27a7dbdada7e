// `dossier ingest --title/--outlet/--date/--author`: the analyst's values win over the page's; bad ones are usage errors.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/terminal.js';
import { parseArticle } from '../../src/content/article.js';
import { listArticles, PAGES, tempDir } from './htmlHelpers.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io: Io & { out: string; err: string } = { out: '', err: '', isTTY: false, env: {}, stdout: (s) => { io.out += s; }, stderr: (s) => { io.err += s; } };
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

const metaOf = (content: string) => {
  const [name] = listArticles(content);
  return parseArticle('S1', name, readFileSync(join(content, 'articles', name), 'utf8')).meta;
};

describe('ingest options', () => {
  it('--title, --outlet, --date and --author win over what a web page says', async () => {
    const content = tempDir();
    const r = await run(['ingest', join(PAGES, 'harbour-bridge.html'), '--content', content,
      '--title', 'Bridge shut', '--outlet', 'Ledger Weekly', '--date', '2031-04-03', '--author', 'Desk Editor']);
    expect(r.code, r.err).toBe(0);
    expect(metaOf(content)).toMatchObject({ title: 'Bridge shut', outlet: 'Ledger Weekly', date: '2031-04-03', author: 'Desk Editor', url: 'https://ledger.example/news/2031/04/02/harbour-bridge-closed' });
    expect(listArticles(content)).toEqual(['01-bridge-shut.md']);
  });

  it('a pasted page with no headline: exit 1 asking for --title; with --title it is written', async () => {
    const content = tempDir();
    const file = join(content, 'pasted.txt');
    writeFileSync(file, 'The council voted on Thursday to close the old coal port by the end of next year.\n\nDock workers protested outside the council building during the debate.\n');
    const refused = await run(['ingest', file, '--content', content]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/pasted\.txt: error: no title found[\s\S]*--title/);
    expect(listArticles(content)).toEqual([]);
    const ok = await run(['ingest', file, '--content', content, '--title', 'Coal port to close', '--outlet', 'Valley Post']);
    expect(ok.code, ok.err).toBe(0);
    expect(metaOf(content)).toMatchObject({ title: 'Coal port to close', outlet: 'Valley Post' });
  });

  it.each([
    [['--date', '2031-02-30'], /--date "2031-02-30" is not a date YYYY-MM-DD/],
    [['--date', '3 April 2031'], /not a date YYYY-MM-DD/],
    [['--title', '  '], /--title needs a value/],
    [['--title', 'One title', join(PAGES, 'mairie.html')], /--title names one article/],
  ])('%j is a usage error (exit 2), nothing written', async (extra, message) => {
    const content = tempDir();
    const r = await run(['ingest', join(PAGES, 'harbour-bridge.html'), '--content', content, ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(listArticles(content)).toEqual([]);
  });
});
