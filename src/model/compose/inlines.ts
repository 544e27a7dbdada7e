// Model stage: marked's inline tokens → model inlines. Only safe external links survive (http, https,
// mailto); anything else (javascript:, file:, relative paths) keeps its text and loses the link.
import type { Token, Tokens } from 'marked';
import { decodeEntities } from '../../content/html.js';
import type { Inline } from '../document.js';

/**
 * The link target kept for `href`, or undefined: only http, https and mailto addresses that parse as
 * URLs and hold no white space or control characters (epubcheck refuses such an address, RSC-020).
 */
export function safeHref(href: string): string | undefined {
  if (!/^(https?:|mailto:)/i.test(href) || /[\s\u0000-\u001f\u007f]/u.test(href)) return undefined;
  return URL.canParse(href) ? href : undefined;
}

export function tokensToInlines(tokens: Token[] | undefined): Inline[] {
  const out: Inline[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'text': {
        const tt = t as Tokens.Text;
        if (tt.tokens) out.push(...tokensToInlines(tt.tokens));
        else pushText(out, decodeEntities(tt.text));
        break;
      }
      case 'escape':
        pushText(out, (t as Tokens.Escape).text);
        break;
      case 'em':
        out.push({ type: 'emphasis', children: tokensToInlines((t as Tokens.Em).tokens) });
        break;
      case 'strong':
        out.push({ type: 'strong', children: tokensToInlines((t as Tokens.Strong).tokens) });
        break;
      case 'del':
        out.push(...tokensToInlines((t as Tokens.Del).tokens));
        break;
      case 'codespan':
        out.push({ type: 'code', text: decodeEntities((t as Tokens.Codespan).text) });
        break;
      case 'br':
        out.push({ type: 'lineBreak' });
        break;
      case 'link': {
        const l = t as Tokens.Link;
        const children = tokensToInlines(l.tokens);
        if (safeHref(l.href)) out.push({ type: 'link', href: l.href, children });
        else out.push(...children);
        break;
      }
      case 'image':
        // Remote images are never fetched; the alt text stands in.
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

function pushText(out: Inline[], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text += text;
  else out.push({ type: 'text', text });
}
