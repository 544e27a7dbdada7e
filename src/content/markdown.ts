// Content stage: marked's tokens → our article tree (ArticleNode, ArticleInline) and its plain text.
// This is the only module that reads marked's token shapes; the plain text is made here, once, so
// every later offset (a list item's, a quote's) counts in the same string.
import type { Token, Tokens } from 'marked';
import type { ArticleInline, ArticleListItem, ArticleNode } from './types.js';
import { decodeEntities, htmlToText } from './html.js';
import { tableText } from './tableText.js';
import { pushText } from '../core/inlines.js';

/** A block and its plain text. */
export interface ReadBlock {
  node: ArticleNode;
  text: string;
}

/**
 * One block token as a node with the plain text a reader sees (markup removed, entities decoded).
 * `at` is where that text starts in the numbered paragraph's text, for the offsets of list items.
 * Tokens without content (space, rule, definition, checkbox) give null.
 */
export function readBlock(token: Token, at = 0): ReadBlock | null {
  switch (token.type) {
    case 'paragraph':
      return inlineBlock({ type: 'paragraph', content: readInlines((token as Tokens.Paragraph).tokens) });
    case 'text': {
      const t = token as Tokens.Text;
      return inlineBlock({ type: 'paragraph', content: t.tokens ? readInlines(t.tokens) : textInline(decodeEntities(t.text)) });
    }
    case 'heading': {
      const h = token as Tokens.Heading;
      return inlineBlock({ type: 'heading', depth: h.depth, content: readInlines(h.tokens) });
    }
    case 'blockquote': {
      const children: ArticleNode[] = [];
      let text = '';
      for (const child of (token as Tokens.Blockquote).tokens) {
        const read = readBlock(child, at + text.length + (text ? 1 : 0));
        if (!read) continue;
        children.push(read.node);
        if (read.text) text += (text ? ' ' : '') + read.text;
      }
      return { node: { type: 'quote', children }, text };
    }
    case 'list': {
      const l = token as Tokens.List;
      const items: ArticleListItem[] = [];
      let text = '';
      l.items.forEach((item, i) => {
        if (i > 0) text += ' ';
        const start = at + text.length;
        const children: ArticleNode[] = [];
        let itemText = '';
        for (const child of item.tokens) {
          const read = readBlock(child, start + itemText.length + (itemText ? 1 : 0));
          if (!read) continue;
          children.push(read.node);
          if (read.text) itemText += (itemText ? ' ' : '') + read.text;
        }
        text += itemText;
        items.push({ children, start, end: start + itemText.length });
      });
      return { node: { type: 'list', ordered: l.ordered, start: Number(l.start) || 1, items }, text };
    }
    case 'table': {
      const t = token as Tokens.Table;
      const rows = [t.header, ...t.rows].map((r) => r.map((c) => readInlines(c.tokens)));
      return { node: { type: 'table', rows }, text: tableText(rows.map((r) => r.map(inlineText))) };
    }
    case 'code': {
      const text = (token as Tokens.Code).text;
      return { node: { type: 'code', text }, text };
    }
    case 'html': {
      const text = htmlToText((token as Tokens.HTML).text);
      return { node: { type: 'htmlText', text }, text };
    }
    default:
      return null;
  }
}

function inlineBlock(node: ArticleNode & { content: ArticleInline[] }): ReadBlock {
  return { node, text: inlineText(node.content) };
}

/** The plain text of inline content: a line break reads as a space. */
export function inlineText(content: readonly ArticleInline[]): string {
  let out = '';
  for (const n of content) {
    switch (n.type) {
      case 'text':
      case 'code':
        out += n.text;
        break;
      case 'lineBreak':
        out += ' ';
        break;
      default:
        out += inlineText(n.children);
    }
  }
  return out;
}

function textInline(text: string): ArticleInline[] {
  return text ? [{ type: 'text', text }] : [];
}

/** marked's inline tokens as our inlines. Images are never fetched: their alt text stands in. */
export function readInlines(tokens: Token[] | undefined): ArticleInline[] {
  const out: ArticleInline[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'text': {
        const tt = t as Tokens.Text;
        if (tt.tokens) out.push(...readInlines(tt.tokens));
        else pushText(out, decodeEntities(tt.text));
        break;
      }
      case 'escape':
        pushText(out, (t as Tokens.Escape).text);
        break;
      case 'em':
        out.push({ type: 'emphasis', children: readInlines((t as Tokens.Em).tokens) });
        break;
      case 'strong':
        out.push({ type: 'strong', children: readInlines((t as Tokens.Strong).tokens) });
        break;
      case 'del':
        out.push({ type: 'delete', children: readInlines((t as Tokens.Del).tokens) });
        break;
      case 'codespan':
        out.push({ type: 'code', text: decodeEntities((t as Tokens.Codespan).text) });
        break;
      case 'br':
        out.push({ type: 'lineBreak' });
        break;
      case 'link': {
        const l = t as Tokens.Link;
        out.push({ type: 'link', href: l.href, children: readInlines(l.tokens) });
        break;
      }
      case 'image':
        pushText(out, (t as Tokens.Image).text);
        break;
      case 'html':
        // Raw inline HTML is dropped; its text content, if any, is not part of the report.
        break;
      default:
        if ('text' in t && typeof t.text === 'string') pushText(out, t.text);
    }
  }
  return out;
}
