// Content stage: parses one article (front matter + markdown) into an Article with numbered paragraphs.
import { Lexer, marked, type Tokens } from 'marked';
import { z } from 'zod';
import { DossierError } from '../core/diagnostics.js';
import type { Article, ArticleBlock, ArticleMeta, SourceParagraph } from './types.js';
import { frontMatterKeyLine, splitFrontMatter } from './frontMatter.js';
import { inlineText, readBlock, readInlines } from './markdown.js';
import { isoDate } from './dates.js';
import { checkNesting, nestingOverflow } from './nesting.js';
import { codePoint, FORBIDDEN_CHAR } from '../core/xmlChars.js';
import { firstIssue } from '../core/yaml.js';
import { dropForbidden, takeDropped } from './html.js';
import type { Diagnostic } from '../core/diagnostics.js';


const metaSchema = z.object({
  // Headlines set in display type, in running heads and the contents: a 1,500-word one cost 10 s of fitting.
  title: z.string().min(1, 'an article needs a title').max(500, 'at most 500 characters for a headline'),
  outlet: z.string().optional(),
  date: isoDate.optional(),
  language: z.string().optional(),
  original_language: z.string().optional(),
  url: z.string().optional(),
  author: z.string().optional(),
  original_file: z.string().optional(),
}).strict();

/**
 * Parses an article's markdown. `path` is relative to the content folder and is used in messages.
 * Every top-level block other than a heading or rule is a numbered paragraph (¶n): paragraphs,
 * block quotes, lists, tables and code blocks alike, so citations are stable whatever the markup.
 */
export function parseArticle(id: string, path: string, text: string, warn?: (d: Diagnostic) => void): Article {
  const fm = splitFrontMatter(text, path);
  const parsed = metaSchema.safeParse(fm.data);
  if (!parsed.success) {
    const { issue, unknownKey } = firstIssue(parsed.error);
    const key = String(issue.path[0] ?? '');
    const line = frontMatterKeyLine(fm, unknownKey ?? key) ?? 1;
    const message = unknownKey
      ? `unknown front matter key "${unknownKey}"`
      : key ? `front matter "${key}": ${issue.message}` : `front matter: ${issue.message}`;
    throw new DossierError({ message, file: path, line, hint: `allowed keys: ${Object.keys(metaSchema.shape).join(', ')}` });
  }
  const m = parsed.data;
  const meta: ArticleMeta = {
    title: m.title, outlet: m.outlet, date: m.date, language: m.language,
    originalLanguage: m.original_language, url: m.url, author: m.author, originalFile: m.original_file,
  };

  checkNesting(fm.body, path, fm.bodyLine);
  try {
    return { id, path, meta, ...parseBody(fm.body, fm.bodyLine, path, warn) };
  } catch (e) {
    throw nestingOverflow(e, path) ?? e;
  }
}

/** The body's blocks and numbered paragraphs (¶1…¶n); `warn` hears of dropped references. */
function parseBody(body: string, bodyLine: number, path: string, warn?: (d: Diagnostic) => void): Pick<Article, 'blocks' | 'paragraphs'> {
  const tokens = new Lexer({ gfm: true }).lex(body);
  const blocks: ArticleBlock[] = [];
  const paragraphs: SourceParagraph[] = [];
  const dropped = { count: 0, line: 0, first: '' };
  takeDropped();
  let line = bodyLine;
  for (const token of tokens) {
    const startLine = line;
    line += (token.raw.match(/\n/g) ?? []).length;
    if (token.type === 'space' || token.type === 'hr' || token.type === 'def') continue;
    // marked decodes '&#1;' itself: what it makes of a reference to a character XML forbids is dropped.
    // Only leaves hold decoded text (a parent's text is its raw source), so each is counted once.
    marked.walkTokens([token], (t) => {
      if ('text' in t && typeof t.text === 'string') t.text = dropForbidden(t.text);
    });
    let read: ReturnType<typeof readBlock> = null;
    if (token.type === 'heading') blocks.push({ kind: 'heading', depth: (token as Tokens.Heading).depth, text: inlineText(readInlines((token as Tokens.Heading).tokens)) });
    else read = readBlock(token);
    const n = takeDropped();
    if (n > 0 && dropped.count === 0) {
      const ref = firstReference(token.raw);
      [dropped.line, dropped.first] = [startLine + ref.lines, ref.text];
    }
    dropped.count += n;
    if (!read || !read.text.trim()) continue;
    const p: SourceParagraph = { n: paragraphs.length + 1, text: read.text, block: read.node, line: startLine };
    paragraphs.push(p);
    blocks.push({ kind: 'paragraph', paragraph: p });
  }
  if (dropped.count > 0) {
    const n = dropped.count;
    warn?.({
      severity: 'warning', file: path, line: dropped.line,
      message: `removed ${n} character reference${n === 1 ? '' : 's'} to control characters (first ${dropped.first}) that XHTML and PDF metadata cannot hold`,
    });
  }
  return { blocks, paragraphs };
}

/** A block's first reference to a character XML forbids, and the lines of its source before it. */
function firstReference(raw: string): { lines: number; text: string } {
  for (const m of raw.matchAll(/&#(?:x([0-9a-f]+)|(\d+));/gi)) {
    const cp = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    if (cp > 0 && cp <= 0x10ffff && FORBIDDEN_CHAR.test(String.fromCodePoint(cp))) {
      return { lines: (raw.slice(0, m.index).match(/\n/g) ?? []).length, text: `"${m[0]}" for ${codePoint(String.fromCodePoint(cp))}` };
    }
  }
  return { lines: 0, text: 'unknown' };
}
