// Content stage: parses one article (front matter + markdown) into an Article with numbered paragraphs.
import { Lexer, marked, type Tokens } from 'marked';
import { z } from 'zod';
import { DossierError } from '../core/diagnostics.js';
import type { Article, ArticleBlock, ArticleMeta, SourceParagraph } from './types.js';
import { frontMatterKeyLine, splitFrontMatter } from './frontMatter.js';
import { inlineText, readBlock, readInlines } from './markdown.js';
import { isoDate } from './dates.js';
import { checkNesting, nestingOverflow } from './nesting.js';
import { FORBIDDEN_CHAR, FORBIDDEN_CHARS } from '../core/xmlChars.js';


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
export function parseArticle(id: string, path: string, text: string): Article {
  const fm = splitFrontMatter(text, path);
  const parsed = metaSchema.safeParse(fm.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue.path[0] ?? '');
    const unknownKey = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys[0] : undefined;
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
    return { id, path, meta, ...parseBody(fm.body, fm.bodyLine) };
  } catch (e) {
    throw nestingOverflow(e, path) ?? e;
  }
}

/** The body's blocks and numbered paragraphs (¶1…¶n). */
function parseBody(body: string, bodyLine: number): Pick<Article, 'blocks' | 'paragraphs'> {
  const tokens = new Lexer({ gfm: true }).lex(body);
  // marked decodes '&#1;' itself: what it makes of an entity for a character XML forbids is dropped.
  marked.walkTokens(tokens, (t) => {
    if ('text' in t && typeof t.text === 'string' && FORBIDDEN_CHAR.test(t.text)) t.text = t.text.replace(FORBIDDEN_CHARS, '');
  });
  const blocks: ArticleBlock[] = [];
  const paragraphs: SourceParagraph[] = [];
  let line = bodyLine;
  for (const token of tokens) {
    const startLine = line;
    line += (token.raw.match(/\n/g) ?? []).length;
    if (token.type === 'space' || token.type === 'hr' || token.type === 'def') continue;
    if (token.type === 'heading') {
      const h = token as Tokens.Heading;
      blocks.push({ kind: 'heading', depth: h.depth, text: inlineText(readInlines(h.tokens)) });
      continue;
    }
    const read = readBlock(token);
    if (!read || !read.text.trim()) continue;
    const p: SourceParagraph = { n: paragraphs.length + 1, text: read.text, block: read.node, line: startLine };
    paragraphs.push(p);
    blocks.push({ kind: 'paragraph', paragraph: p });
  }
  return { blocks, paragraphs };
}
