// Content stage: an article's body is our own tree (no parser tokens) whose offsets count in the
// paragraph's plain text.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/article.js';
import { inlineText } from '../../src/content/markdown.js';

const parse = (body: string) => parseArticle('S1', 'a.md', `---\ntitle: T\n---\n${body}`);

describe('article tree', () => {
  it('gives each list item its offsets in the paragraph text, nested lists and loose items included', () => {
    for (const body of [
      '-  First: 223 arrested.\n- Second says **14** died.\n  - nested 5 houses\n- [ ] task 7 cars',
      '1. loose one\n\n2. loose *two* with 8 boats\n\n   > and a quote',
    ]) {
      const p = parse(body).paragraphs[0];
      expect(p.block.type).toBe('list');
      if (p.block.type !== 'list') return;
      const items = p.block.items.map((i) => p.text.slice(i.start, i.end));
      expect(items.join(' ')).toBe(p.text);
      expect(items.every((t) => t.length > 0)).toBe(true);
    }
    const p = parse('- a b\n- c').paragraphs[0];
    if (p.block.type === 'list') expect(p.block.items.map((i) => [i.start, i.end])).toEqual([[0, 3], [4, 5]]);
  });

  it('keeps inline formatting of a heading inside a quote (it was shown as raw markdown)', () => {
    const p = parse('> one\n>\n> # Nested *em*\n>\n> two').paragraphs[0];
    expect(p.text).toBe('one Nested em two');
    expect(p.block.type === 'quote' && p.block.children[1]).toEqual({ type: 'heading', depth: 1, content: [{ type: 'text', text: 'Nested ' }, { type: 'emphasis', children: [{ type: 'text', text: 'em' }] }] });
  });

  it('reads a table as rows of cells whose plain text is the paragraph text', () => {
    const p = parse('| A | B |\n|---|---|\n| *x* | 12 |').paragraphs[0];
    expect(p.block.type).toBe('table');
    if (p.block.type !== 'table') return;
    expect(p.block.rows.map((r) => r.map(inlineText))).toEqual([['A', 'B'], ['x', '12']]);
    // cells joined as the source text shows them (compose) and as ingest writes a page's table
    expect(p.text).toBe('A | B x | 12');
  });

  it('keeps every link address for compose to judge, and an image as its alt text', () => {
    const p = parse('[a](javascript:x) ![alt](http://i/p.png) &amp; `c&lt;d`').paragraphs[0];
    expect(p.block).toEqual({ type: 'paragraph', content: [
      { type: 'link', href: 'javascript:x', children: [{ type: 'text', text: 'a' }] },
      { type: 'text', text: ' alt & ' },
      { type: 'code', text: 'c<d' },
    ] });
  });
});
