// HTML ingest on small hand-written pages: recognising a page, the article's blocks, the furniture
// guard, and the page's own metadata in order of trust.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHtmlPage } from '../../src/content/ingest/html/detect.js';
import { articlePage, ingestHtmlString, ingestPage, PAGES, PROSE, tempDir } from './htmlHelpers.js';

describe('recognising a saved web page', () => {
  it.each(['a.html', 'a.HTM', 'a.xhtml', 'dir.v2/a.htm'])('by extension: %s', (name) => {
    expect(isHtmlPage(name, 'plain words')).toBe(true);
  });
  it.each([
    '<!DOCTYPE html><html>', '\uFEFF<!doctype html>', '  \n<html lang="en">', '<html>',
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html>',
    '<!-- saved from url=(0014)about:internet -->\n<html>',
  ])('by content: %j', (head) => {
    expect(isHtmlPage('page.txt', head)).toBe(true);
  });
  it.each(['The <html> tag starts a page.', '<b>Breaking</b> news', 'html is a markup language', '<htmlx>'])('not text that merely mentions markup: %j', (head) => {
    expect(isHtmlPage('page.txt', head)).toBe(false);
  });
  it('reads a page saved as .txt through the DOM path, never as text', () => {
    const file = join(tempDir(), 'saved-page.txt');
    copyFileSync(join(PAGES, 'harbour-bridge.html'), file);
    const r = ingestPage(file);
    expect(r.article.meta.title).toBe('Harbour bridge closed after cracks found in main span');
    expect(r.markdown).not.toMatch(/<|DOCTYPE|\\</);
  });
});

describe('a whole news page: navigation, share bar, figure, list, quote, table, related links, footer', () => {
  const r = ingestPage(join(PAGES, 'harbour-bridge.html'));

  it('keeps exactly the article, each list item, quote, caption and table row its own block', () => {
    expect(r.blocks).toEqual([
      'Engineers inspect the eastern pier of the harbour bridge on Tuesday morning.',
      expect.stringMatching(/^The city closed the harbour bridge to all traffic on Tuesday night/),
      expect.stringMatching(/^The transport department said the cracks were discovered/),
      'What the inspectors found',
      expect.stringMatching(/^According to the inspection report, the longest crack measures 31 centimetres/),
      'Two beams on the eastern side of the main span are affected.',
      'No cracks were found in the cables or the towers.',
      'The bridge carried 52,000 vehicles a day last year.',
      '“We will not take any risk with people\'s lives, and the bridge stays shut until every beam has been checked,” said the city\'s chief engineer, Marta Olsen.',
      'Route | Extra time',
      'Northern ring road | 25 minutes',
      'Ferry from Pier 4 | 15 minutes',
      expect.stringMatching(/^The ferry operator said it would run extra boats/),
      expect.stringMatching(/^Shopkeepers on the eastern shore said/),
    ]);
    expect(r.article.blocks.find((b) => b.kind === 'heading')).toMatchObject({ text: 'What the inspectors found' });
  });

  it('leaves out menus, share buttons, the byline, the headline, related and most-read lists, the footer', () => {
    expect(r.markdown).not.toMatch(/Skip to content|Sign in|Sport|Weather|Tweet|By Ines|Ferry fares|Storm warning|All rights|Privacy/);
    expect(r.markdown.match(/Harbour bridge closed after cracks/g)).toHaveLength(1); // the front matter only
    expect(r.report.removed.map((x) => x.reason)).toContain('byline');
  });

  it('reads title, outlet, authors, date, url and language from the page', () => {
    expect(r.article.meta).toMatchObject({
      title: 'Harbour bridge closed after cracks found in main span',
      outlet: 'The Coastal Ledger',
      author: 'Ines Varga, Tomas Reed',
      // JSON-LD datePublished, not the <time> of the update nor dateModified
      date: '2031-04-02',
      url: 'https://ledger.example/news/2031/04/02/harbour-bridge-closed',
      language: 'en',
      originalFile: 'harbour-bridge.html',
    });
  });
});

describe('headings that link', () => {
  it('an article whose subheadings link to its own sections is still an article', () => {
    const sections = PROSE.map((p, i) => `<h2><a href="#s${i}">Part ${i + 1} of the council story</a></h2><p>${p}</p>`).join('\n');
    expect(ingestHtmlString(articlePage('<title>Council closes coal port | Valley Post</title>', sections)).blocks).toEqual(expect.arrayContaining(PROSE));
  });
});

describe('the furniture rules as a guarded second pass', () => {
  const guarded = 'Read more: the minister said the new port rules would take effect in May and cover every harbour in the region.';
  const r = ingestHtmlString(articlePage('<title>Council closes coal port | Valley Post</title>',
    [PROSE[0], 'Read more: Coal port history', PROSE[1], guarded, 'Advertisement', PROSE[2], PROSE[3]].map((p) => `<p>${p}</p>`).join('\n')));

  it('removes short furniture inside the article container', () => {
    expect(r.blocks).not.toContain('Read more: Coal port history');
    expect(r.blocks).not.toContain('Advertisement');
    expect(r.report.removed.map((x) => x.reason)).toEqual(expect.arrayContaining(['read-more link', 'advert']));
  });
  it('never removes a sentence of eight or more words, whatever rule it matches', () => {
    expect(r.blocks).toContain(guarded);
    expect(r.blocks).toEqual(expect.arrayContaining(PROSE));
  });
});

describe('the second pass in the page\'s language', () => {
  it('a French page: "Lire aussi", "Publicité" and "Partager" inside the article go, the report stays', () => {
    const fr = ['Le conseil régional a voté jeudi la fermeture du vieux port charbonnier d\'ici la fin de l\'année prochaine, après un long débat.',
      'Les dockers ont manifesté devant le bâtiment du conseil, affirmant que quelque 600 emplois seraient perdus sans plan de reconversion.',
      'Le président du conseil a déclaré que le port perdait de l\'argent depuis neuf ans et que le terrain accueillerait des logements.'];
    const r = ingestHtmlString(articlePage('<title>Le port charbonnier fermera l\'an prochain | La Gazette du Val</title>',
      [fr[0], 'Lire aussi : Les dockers en grève', fr[1], 'Publicité', 'Partager', fr[2]].map((p) => `<p>${p}</p>`).join('\n'), ' lang="fr"'));
    expect(r.blocks).toEqual(fr);
    expect(r.article.meta).toMatchObject({ language: 'fr', outlet: 'La Gazette du Val' });
  });
});

describe('language from the script when the page has no <html lang>', () => {
  it('a Chinese page: language zh, and its own furniture words ("我要分享", "相关阅读") go', () => {
    const zh = ['市议会星期四投票决定明年年底关闭旧煤港，辩论持续了大半夜。', '码头工人在议会大楼外抗议，称约有六百个工作岗位将会消失，而且没有提供任何再培训计划。',
      '议会领导人说，港口已经连续九年亏损，这片土地将用于建造住房和一个新公园。'];
    const r = ingestHtmlString(articlePage('<title>旧煤港明年关闭_新闻_港口日报</title>',
      [zh[0], '我要分享', zh[1], '相关阅读', zh[2]].map((p) => `<p>${p}</p>`).join('\n')));
    expect(r.article.meta.language).toBe('zh');
    expect(r.blocks).toEqual(zh);
  });
});

describe('metadata in order of trust', () => {
  const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
  const meta = (k: string, v: string, attr = 'property') => `<meta ${attr}="${k}" content="${v}">`;
  const TITLE_TAG = '<title>Council closes coal port - Valley Post</title>';

  it('JSON-LD first: an article inside an array, typed with an array, author as a string, publisher by name', () => {
    const r = ingestHtmlString(articlePage([TITLE_TAG, meta('og:title', 'OG headline for the coal port'), meta('article:published_time', '2030-01-05'), meta('author', 'Meta Author', 'name'),
      ld([{ '@type': 'BreadcrumbList' }, { '@type': ['NewsArticle', 'Thing'], headline: 'Coal port to close next year', datePublished: '2030-01-04T08:00:00+01:00', author: 'Ana Ruiz', publisher: { '@type': 'Organization', name: 'Valley Post Online' } }])].join('\n')));
    expect(r.article.meta).toMatchObject({ title: 'Coal port to close next year', date: '2030-01-04', author: 'Ana Ruiz', outlet: 'Valley Post Online' });
  });

  it('then OpenGraph and article:published_time, <meta name=author>', () => {
    const r = ingestHtmlString(articlePage([TITLE_TAG, meta('og:title', 'Coal port to close, council decides'), meta('og:site_name', 'The Valley Post'),
      meta('article:published_time', '2030-01-05T22:10:00-05:00'), meta('author', 'Jo Park', 'name'), '<link rel="canonical" href="https://valley.example/coal-port">'].join('\n')));
    expect(r.article.meta).toMatchObject({ title: 'Coal port to close, council decides', outlet: 'The Valley Post', date: '2030-01-05', author: 'Jo Park', url: 'https://valley.example/coal-port' });
  });

  it('then <time datetime>, and <title> minus the site suffix, which names the outlet', () => {
    const r = ingestHtmlString(articlePage(TITLE_TAG, `<p>Published <time datetime="2030-02-03T10:00">3 Feb</time></p>${PROSE.map((p) => `<p>${p}</p>`).join('')}`));
    expect(r.article.meta).toMatchObject({ title: 'Council closes coal port', outlet: 'Valley Post', date: '2030-02-03' });
  });

  it('then the date in the canonical URL', () => {
    const r = ingestHtmlString(articlePage(`${TITLE_TAG}<link rel="canonical" href="https://valley.example/2030/03/09/coal-port/">`));
    expect(r.article.meta.date).toBe('2030-03-09');
  });

  it('never writes an invalid date, and skips a bad one for the next source', () => {
    const r = ingestHtmlString(articlePage([TITLE_TAG, ld({ '@type': 'NewsArticle', headline: 'Coal port to close', datePublished: '2030-02-30' }), meta('article:published_time', 'yesterday')].join('\n'),
      `<time datetime="2030-13-01"></time><time datetime="2030-04-11">11 April</time>${PROSE.map((p) => `<p>${p}</p>`).join('')}`));
    expect(r.article.meta.date).toBe('2030-04-11');
    expect(ingestHtmlString(articlePage(TITLE_TAG)).article.meta.date).toBeUndefined();
  });

  it('language from <html lang>, else from the text', () => {
    expect(ingestHtmlString(articlePage(TITLE_TAG, undefined, ' lang="pt-BR"')).article.meta.language).toBe('pt');
    expect(ingestHtmlString(articlePage(TITLE_TAG)).article.meta.language).toBe('en');
  });

  it('an author in schema.org microdata or a rel=author link outside <head>, when it reads as a name', () => {
    const body = (byline: string) => articlePage(TITLE_TAG, `<p class="byline">${byline}</p>${PROSE.map((p) => `<p>${p}</p>`).join('')}`);
    expect(ingestHtmlString(body('Posted by <a rel="author" href="/u/7"><span itemprop="name">Sarah Lind</span></a>')).article.meta.author).toBe('Sarah Lind');
    expect(ingestHtmlString(body('<span itemprop="author" itemscope><span itemprop="name">Jo Park</span></span>')).article.meta.author).toBe('Jo Park');
    // <meta name=author> is trusted first.
    expect(ingestHtmlString(articlePage(`${TITLE_TAG}${meta('author', 'Meta Author', 'name')}`, `<a rel="author" href="/u/7">Sarah Lind</a>${PROSE.map((p) => `<p>${p}</p>`).join('')}`)).article.meta.author).toBe('Meta Author');
  });

  it('JSON-LD in a @graph with the article typed as a string, several authors as objects', () => {
    const r = ingestHtmlString(articlePage(ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Site' },
      { '@type': 'ReportageNewsArticle', headline: 'Dockers vow to fight port closure', datePublished: '2030-05-06', author: [{ name: 'A. One' }, { name: 'B. Two' }], publisher: { name: 'Harbour Herald' } }] })));
    expect(r.article.meta).toMatchObject({ title: 'Dockers vow to fight port closure', outlet: 'Harbour Herald', date: '2030-05-06', author: 'A. One, B. Two' });
  });
});

describe('metadata as real pages write it', () => {
  const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
  it('a @graph naming author and publisher by @id (as WordPress SEO plugins do), in a second JSON-LD block', () => {
    const r = ingestHtmlString(articlePage([ld({ '@type': 'BreadcrumbList' }), ld({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'Organization', '@id': 'https://valley.example/#org', name: 'Valley Post' },
      { '@type': 'Article', '@id': 'https://valley.example/coal/#article', headline: 'Coal port to close next year', datePublished: '2030-01-04T23:30:00-05:00',
        author: { '@id': 'https://valley.example/#/schema/person/1' }, publisher: { '@id': 'https://valley.example/#org' } },
      { '@type': 'Person', '@id': 'https://valley.example/#/schema/person/1', name: 'Ana Ruiz' }] })].join('\n')));
    // The day as the publisher states it, not moved to UTC's next day.
    expect(r.article.meta).toMatchObject({ title: 'Coal port to close next year', outlet: 'Valley Post', author: 'Ana Ruiz', date: '2030-01-04' });
  });
  it('authors as strings with "By" each, and a date in Unix milliseconds', () => {
    const r = ingestHtmlString(articlePage(ld({ '@type': 'NewsArticle', headline: 'Coal port to close next year', author: ['By Ana Ruiz', 'By Jo Park'], datePublished: '1893456000000' })));
    expect(r.article.meta).toMatchObject({ author: 'Ana Ruiz, Jo Park', date: '2030-01-01' });
  });
  it('a byline only as a link to the author\'s page, trusted after every other source; a byline element holding the date gives the name alone', () => {
    const TITLE = '<title>Coal port to close next year</title>';
    const byline = (link: string) => `<div class="article-author"><a href="${link}"><span>Ana Ruiz</span></a> Monday, 4 January 2030</div>${PROSE.map((p) => `<p>${p}</p>`).join('')}`;
    expect(ingestHtmlString(articlePage(TITLE, byline('/latest?author=anaruiz'))).article.meta.author).toBe('Ana Ruiz');
    expect(ingestHtmlString(articlePage(TITLE, byline('/author/ana-ruiz/'))).article.meta.author).toBe('Ana Ruiz');
    expect(ingestHtmlString(articlePage(`${TITLE}<meta name="author" content="Jo Park">`, byline('/author/ana-ruiz/'))).article.meta.author).toBe('Jo Park');
    // Without a byline class: only the link says who wrote it.
    expect(ingestHtmlString(articlePage(TITLE, `<div><a href="/author/ana-ruiz/">Ana Ruiz</a></div>${PROSE.map((p) => `<p>${p}</p>`).join('')}`)).article.meta.author).toBe('Ana Ruiz');
    // A link's text that is no name ("All authors") is not taken.
    expect(ingestHtmlString(articlePage(TITLE, `<p><a href="/authors/">All our authors</a></p>${PROSE.map((p) => `<p>${p}</p>`).join('')}`)).article.meta.author).toBeUndefined();
  });
  it('no og:site_name, publisher or site suffix: the outlet is the canonical URL\'s host', () => {
    const r = ingestHtmlString(articlePage('<title>Coal port to close next year</title><link rel="canonical" href="https://www.valley-post.example/coal-port">'));
    expect(r.article.meta.outlet).toBe('valley-post.example');
  });
});

describe('a legacy page', () => {
  it('is decoded with the charset it declares (windows-1252, no doctype)', () => {
    const bytes = readFileSync(join(PAGES, 'mairie.html'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // the fixture really is not UTF-8
    const r = ingestPage(join(PAGES, 'mairie.html'));
    expect(r.article.meta).toMatchObject({ title: 'La mairie ferme la piscine municipale pour travaux', outlet: 'Le Courrier du Lac', language: 'fr', date: '2031-06-12' });
    expect(r.blocks).toContain('Plusieurs parents d\'élèves ont regretté que la fermeture tombe pendant l\'été, quand les enfants ont le plus de temps pour apprendre à nager.');
  });
});

describe('a caption keeps its words, not its photo credit', () => {
  it('drops the credit marked as copyright holder or opening with "Credit"/"Photo:", keeps the caption', () => {
    const figures = [
      '<figure><img src="a.jpg"><figcaption><span>Workers repair a burst water main near the harbour.</span><span itemprop="copyrightHolder"><span>Credit</span><span>Ana Ruiz/The Valley Post</span></span></figcaption></figure>',
      '<figure><img src="b.jpg"><figcaption>The old pumping station on the river. <span>Photo: Jon Pell</span></figcaption></figure>',
    ].join('\n');
    const r = ingestHtmlString(articlePage('<title>Council closes coal port | Valley Post</title>', `<p>${PROSE[0]}</p>${figures}${PROSE.slice(1).map((p) => `<p>${p}</p>`).join('')}`));
    expect(r.blocks).toContain('Workers repair a burst water main near the harbour.');
    expect(r.blocks).toContain('The old pumping station on the river.');
    expect(r.markdown).not.toMatch(/Credit|Ana Ruiz\/|Photo: Jon Pell/);
    expect(r.blocks).toEqual(expect.arrayContaining(PROSE));
  });
});
