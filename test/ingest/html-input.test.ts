// HTML ingest on bad or unusual input, through the CLI as a user meets it: pages without an article,
// binary and mis-encoded files, declared charsets; and proof that ingest never fetches anything.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/terminal.js';
import { articlePage, ingestHtmlString, listArticles, PAGES, PROSE, tempDir } from './htmlHelpers.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io: Io & { out: string; err: string } = { out: '', err: '', isTTY: false, env: {}, stdout: (s) => { io.out += s; }, stderr: (s) => { io.err += s; } };
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

/** A content folder holding one earlier article, which a failed ingest must leave alone. */
function contentWithArticle(): { content: string; before: string } {
  const content = tempDir();
  mkdirSync(join(content, 'articles'));
  const before = '---\ntitle: Earlier\n---\n\nEarlier text.\n';
  writeFileSync(join(content, 'articles', '01-earlier.md'), before);
  return { content, before };
}

async function expectRefused(file: string, message: RegExp): Promise<string> {
  const { content, before } = contentWithArticle();
  const good = join(PAGES, 'harbour-bridge.html');
  const r = await run(['ingest', good, file, '--content', content]);
  expect(r.code).toBe(1);
  expect(r.err).toContain(`${file}: error:`);
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  expect(listArticles(content)).toEqual(['01-earlier.md']); // nothing written, not even the good page
  expect(readFileSync(join(content, 'articles', '01-earlier.md'), 'utf8')).toBe(before);
  return r.err;
}

describe('a page without an article', () => {
  it.each(['index-page.html', 'teaser-index.html', 'login-wall.html'])('%s: error naming the file, exit 1, nothing written', async (name) => {
    await expectRefused(join(PAGES, name), /no article found/);
  });
});

describe('bytes that are not a readable page', () => {
  const write = (name: string, bytes: Buffer | string) => {
    const file = join(tempDir(), name);
    writeFileSync(file, bytes);
    return file;
  };
  it('a binary file named .html', async () => {
    await expectRefused(write('photo.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), /binary/);
  });
  it('a page that is not UTF-8 and declares no charset', async () => {
    await expectRefused(write('latin.html', Buffer.from(articlePage('<title>Caf\u00e9 closes</title>').replace('<meta charset="utf-8">', ''), 'latin1')), /not UTF-8 and the page declares no charset/);
  });
  it('a page declaring a charset no decoder knows', async () => {
    await expectRefused(write('odd.html', Buffer.from(articlePage('<title>Caf\u00e9 closes</title>').replace('utf-8', 'x-klingon'), 'latin1')), /unknown charset "x-klingon"/);
  });
});

describe('declared charsets', () => {
  it('a page declaring gb2312 whose bytes are UTF-8 is read as UTF-8 (browsers save as UTF-8 and keep the old <meta>)', () => {
    const zh = ['市议会星期四投票决定明年年底关闭旧煤港，辩论持续了大半夜。', '码头工人在议会大楼外抗议，称约有六百个工作岗位将会消失，而且没有提供任何再培训计划。',
      '议会领导人说，港口已经连续九年亏损，这片土地将用于建造住房和一个新公园。', '码头工人工会的发言人说，如果谈判不能恢复，工会将在法庭上挑战这一决定并号召罢工。'];
    const html = articlePage('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>旧煤港明年关闭_新闻_港口日报</title>', zh.map((p) => `<p>${p}</p>`).join('\n'), ' lang="zh-CN"')
      .replace('<meta charset="utf-8">\n', '');
    const r = ingestHtmlString(Buffer.from(html, 'utf8'));
    expect(r.article.meta).toMatchObject({ title: '旧煤港明年关闭', outlet: '港口日报', language: 'zh' });
    expect(r.blocks).toEqual(zh);
  });
  it('a UTF-8 file with a byte-order mark and a .txt name is still recognised as a page', () => {
    const r = ingestHtmlString(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(articlePage('<title>Coal port to close next year | Valley Post</title>'))]), 'saved.txt');
    expect(r.article.meta.title).toBe('Coal port to close next year');
    expect(r.blocks).toEqual(PROSE);
  });
  it('a UTF-16 page with a byte-order mark', () => {
    const text = articlePage('<title>Coal port to close next year | Valley Post</title>');
    const r = ingestHtmlString(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'saved.txt');
    expect(r.blocks).toEqual(PROSE);
  });
});

describe('ingest never fetches anything', () => {
  afterEach(() => vi.restoreAllMocks());

  it('images, scripts, stylesheets, frames and preloads on a local server are never requested', async () => {
    const requests: string[] = [];
    const server = createServer((req, res) => { requests.push(req.url ?? ''); res.end(''); });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = (server.address() as net.AddressInfo).port;
    const connects = vi.spyOn(net.Socket.prototype, 'connect');
    const fetches = vi.spyOn(globalThis, 'fetch');
    try {
      const extra = ['<link rel="preload" href="http://127.0.0.1:PORT/font.woff2" as="font">', '<link rel="import" href="http://127.0.0.1:PORT/part.html">',
        '<object data="http://127.0.0.1:PORT/x.swf"></object>', '<video src="http://127.0.0.1:PORT/v.mp4" poster="http://127.0.0.1:PORT/p.jpg"></video>',
        '<img srcset="http://127.0.0.1:PORT/s.jpg 2x" loading="lazy" data-src="http://127.0.0.1:PORT/lazy.jpg">', '<script type="module">import "http://127.0.0.1:PORT/m.js";</script>',
        '<script>fetch("http://127.0.0.1:PORT/inline")</script>'].join('\n');
      const html = readFileSync(join(PAGES, 'harbour-bridge.html'), 'utf8').replace('</body>', `${extra}\n</body>`).replaceAll('PORT', String(port));
      expect(html.match(new RegExp(`127\\.0\\.0\\.1:${port}`, 'g'))!.length).toBeGreaterThanOrEqual(12);
      const content = tempDir();
      const page = join(content, 'page.html');
      writeFileSync(page, html);
      const r = await run(['ingest', page, '--content', content]);
      expect(r.code, r.err).toBe(0);
      // Give any request a resource loader might have started time to arrive.
      await new Promise((ok) => setTimeout(ok, 300));
      // The server itself works: a request we make is seen (so zero below means none was made).
      expect(requests).toEqual([]);
      expect(connects).not.toHaveBeenCalled();
      expect(fetches).not.toHaveBeenCalled();
      connects.mockRestore();
      await fetch(`http://127.0.0.1:${port}/probe`).then((res) => res.text());
      expect(requests).toEqual(['/probe']);
    } finally {
      server.close();
    }
  });
});
