import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/article.js';
import { DossierError } from '../../src/core/diagnostics.js';

const article = (fm: string, body: string) => `---\n${fm}\n---\n${body}`;

describe('parseArticle', () => {
  it('numbers every top-level block but headings, and keeps the plain text verbatim', () => {
    const a = parseArticle('S1', 'articles/x.md', article('title: Floods', [
      'The river rose by 2.5 metres, officials said.',
      '',
      '## Aftermath',
      '',
      '> “We lost everything,” said a farmer.',
      '',
      '- 40 homes flooded',
      '- 3 bridges closed',
      '',
      'Prices rose 5\\*2 and *sharply* & quickly.',
    ].join('\n')));
    expect(a.paragraphs.map((p) => p.n)).toEqual([1, 2, 3, 4]);
    expect(a.paragraphs[0].text).toBe('The river rose by 2.5 metres, officials said.');
    expect(a.paragraphs[1].text).toBe('“We lost everything,” said a farmer.');
    expect(a.paragraphs[2].text).toContain('40 homes flooded');
    expect(a.paragraphs[3].text).toBe('Prices rose 5*2 and sharply & quickly.');
    expect(a.blocks.filter((b) => b.kind === 'heading')).toHaveLength(1);
  });

  it('records the file line where each paragraph starts', () => {
    const a = parseArticle('S1', 'a.md', article('title: T', 'one\n\ntwo\n\n\nthree'));
    // front matter occupies lines 1-3; body starts on line 4
    expect(a.paragraphs.map((p) => p.line)).toEqual([4, 6, 9]);
  });

  it('reduces raw HTML to text', () => {
    const a = parseArticle('S1', 'a.md', article('title: T', '<div onclick="x()">Hello <b>there</b><script>evil()</script></div>'));
    expect(a.paragraphs[0].text).toBe('Hello there');
  });

  it('reports bad front matter with file and line', () => {
    try {
      parseArticle('S1', 'articles/bad.md', article('title: T\noutlet: [unclosed', 'text'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DossierError);
      const d = (e as DossierError).diagnostics[0];
      expect(d.file).toBe('articles/bad.md');
      expect(d.line).toBeGreaterThanOrEqual(2);
    }
  });

  it('names an unknown front matter key and its line', () => {
    try {
      parseArticle('S1', 'articles/k.md', article('title: T\ndate: 2021-03-04\npublisher: X', 'text'));
      expect.unreachable();
    } catch (e) {
      const d = (e as DossierError).diagnostics[0];
      expect(d.message).toContain('publisher');
      expect(d.line).toBe(4);
    }
  });

  it('requires a title and a well-formed date', () => {
    expect(() => parseArticle('S1', 'a.md', article('outlet: X', 't'))).toThrow(/title/);
    expect(() => parseArticle('S1', 'a.md', article('title: T\ndate: yesterday', 't'))).toThrow(/date/);
  });

  it('refuses a front matter block that is never closed', () => {
    expect(() => parseArticle('S1', 'a.md', '---\ntitle: T\n\nbody')).toThrow(/never closed/);
  });
});
