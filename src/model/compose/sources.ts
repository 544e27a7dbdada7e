// Model stage: the Sources section — each article's cleaned text, verbatim, with numbered paragraphs (¶n)
// that citations link to. Paragraphs quoted by a discrepancy carry that discrepancy's footnote marker.
import { CELL_SEPARATOR } from '../../content/tableText.js';
import type { Article, ArticleNode, SourceParagraph } from '../../content/types.js';
import { type Block, type Inline, type Section, assertNever } from '../document.js';
import { type ComposeContext, noteRef, text, wordsOf } from './context.js';
import { discrepancyNoteId, paragraphAnchor, sourceAnchor } from '../anchors.js';
import { articleInlines, safeHref } from './inlines.js';
import { languageName } from './languages.js';
import { termsFor, type Wording } from '../terms.js';

export function composeSourcesSection(ctx: ComposeContext): Section {
  const notesByParagraph = new Map<string, string[]>();
  for (const d of ctx.analysis.discrepancies) {
    for (const s of d.statements) {
      const key = `${s.source}#${s.paragraph}`;
      const ids = notesByParagraph.get(key) ?? [];
      if (!ids.includes(d.id)) ids.push(d.id);
      notesByParagraph.set(key, ids);
    }
  }
  return {
    kind: 'sources', anchor: 'sec-sources', title: termsFor(ctx.settings.language).sources, blocks: [],
    children: ctx.articles.map((a) => composeSource(a, notesByParagraph, wordsOf(ctx), ctx.settings.language)),
  };
}

function composeSource(a: Article, notes: Map<string, string[]>, words: Wording, language: string): Section {
  const blocks: Block[] = [{ type: 'definitionList', items: sourceFacts(a, words, language) }];
  for (const b of a.blocks) {
    if (b.kind === 'heading') {
      blocks.push({ type: 'heading', level: 1, content: [text(b.text)] });
      continue;
    }
    const p = b.paragraph;
    const content = paragraphInlines(p);
    for (const id of notes.get(`${a.id}#${p.n}`) ?? []) content.push(noteRef(discrepancyNoteId(id)));
    blocks.push({ type: 'sourceParagraph', sourceId: a.id, number: p.n, anchor: paragraphAnchor(a.id, p.n), content });
  }
  const short = shortTitle(a.meta.title);
  return { kind: 'source', anchor: sourceAnchor(a.id), title: a.meta.title, ...(short ? { shortTitle: short } : {}), sourceId: a.id, ...(a.meta.language ? { language: a.meta.language } : {}), blocks, children: [] };
}

/** Longest title the contents show whole: a long headline (up to two lines of a contents entry, ≈ 58
 *  characters each, and a little more) is left alone; a first sentence used as a title is cut. */
const CONTENTS_TITLE_MAX = 120;

/**
 * A long title cut at the last word that fits, with an ellipsis — a list of fourteen sources should not
 * take two pages of contents because their files give a whole first sentence as the title.
 */
export function shortTitle(title: string): string | undefined {
  const chars = [...title];
  if (chars.length <= CONTENTS_TITLE_MAX) return undefined;
  const head = chars.slice(0, CONTENTS_TITLE_MAX).join('');
  const cut = head.search(/\s\S*$/u);
  const kept = (cut > CONTENTS_TITLE_MAX / 2 ? head.slice(0, cut) : head).replace(/[\s,;:.\-–—]+$/u, '');
  return `${kept}…`;
}

function sourceFacts(a: Article, words: Wording, language: string): { term: Inline[]; description: Inline[] }[] {
  const w = words.sourceFacts;
  const facts: [string, string | undefined][] = [
    [w.source, a.id],
    [w.outlet, a.meta.outlet ?? w.notIdentified],
    [w.date, a.meta.date],
    [w.author, a.meta.author],
    [w.language, a.meta.language ? languageName(a.meta.language, language) : undefined],
    [w.originalLanguage, a.meta.originalLanguage ? languageName(a.meta.originalLanguage, language) : undefined],
    [w.originalFile, a.meta.originalFile],
  ];
  const items = facts.filter((f): f is [string, string] => Boolean(f[1])).map(([k, v]) => ({ term: [text(k)], description: [text(v)] }));
  if (a.meta.url && /^https?:/i.test(a.meta.url) && safeHref(a.meta.url)) {
    items.push({ term: [text(w.address)], description: [{ type: 'link', href: a.meta.url, children: [text(a.meta.url)] }] });
  }
  return items;
}

/** Inline content of one numbered paragraph; quotes, lists and tables are flattened to lines. */
function paragraphInlines(p: SourceParagraph): Inline[] {
  return blockInlines(p.block);
}

function blockInlines(node: ArticleNode): Inline[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return articleInlines(node.content);
    case 'quote':
      return joinLines(node.children.map(blockInlines));
    case 'list':
      return joinLines(node.items.map((item, i) => [
        text(node.ordered ? `${node.start + i}. ` : '• '),
        ...joinLines(item.children.map(blockInlines)),
      ]));
    case 'table':
      return joinLines(node.rows.map((row) => row.flatMap((c, i) => [...(i ? [text(CELL_SEPARATOR)] : []), ...articleInlines(c)])));
    case 'code':
      return [{ type: 'code', text: node.text }];
    case 'htmlText':
      return [text(node.text)];
    default:
      return assertNever(node);
  }
}

function joinLines(parts: Inline[][]): Inline[] {
  const out: Inline[] = [];
  parts.filter((p) => p.length > 0).forEach((p, i) => {
    if (i > 0) out.push({ type: 'lineBreak' });
    out.push(...p);
  });
  return out;
}
