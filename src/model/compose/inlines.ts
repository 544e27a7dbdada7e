// Model stage: an article's inlines → model inlines. Only safe external links survive (http, https,
// mailto); anything else (javascript:, file:, relative paths) keeps its text and loses the link.
// Struck-through text is shown as plain text.
import type { ArticleInline } from '../../content/types.js';
import type { Inline } from '../document.js';
import { pushText } from '../../core/inlines.js';

/**
 * The link target kept for `href`, or undefined: only http, https and mailto addresses that parse as
 * URLs and hold no white space or control characters (epubcheck refuses such an address, RSC-020).
 */
export function safeHref(href: string): string | undefined {
  if (!/^(https?:|mailto:)/i.test(href) || /[\s\u0000-\u001f\u007f]/u.test(href)) return undefined;
  return URL.canParse(href) ? href : undefined;
}

export function articleInlines(content: readonly ArticleInline[]): Inline[] {
  const out: Inline[] = [];
  for (const n of content) {
    switch (n.type) {
      case 'text':
        pushText(out, n.text);
        break;
      case 'emphasis':
        out.push({ type: 'emphasis', children: articleInlines(n.children) });
        break;
      case 'strong':
        out.push({ type: 'strong', children: articleInlines(n.children) });
        break;
      case 'delete':
        out.push(...articleInlines(n.children));
        break;
      case 'code':
        out.push({ type: 'code', text: n.text });
        break;
      case 'lineBreak':
        out.push({ type: 'lineBreak' });
        break;
      case 'link': {
        const children = articleInlines(n.children);
        if (safeHref(n.href)) out.push({ type: 'link', href: n.href, children });
        else out.push(...children);
        break;
      }
    }
  }
  return out;
}
