// Ingest stage: one saved web page → article markdown. The DOM path: linkedom parses the page
// (no resource is ever loaded: linkedom has no fetcher), Mozilla Readability finds the article
// container, its elements become blocks, and the text-path furniture rules run as a second pass
// that never removes a sentence of eight or more words.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DossierError } from '../../../core/diagnostics.js';
import { looksLikeInterface } from '../classify.js';
import { detectLanguage } from '../language.js';
import { PhraseSet } from '../phrases.js';
import { renderArticle } from '../markdown.js';
import { facts, matchRule } from '../rules.js';
import { countWords } from '../text.js';
import { withGiven } from '../given.js';
import type { GivenMeta, IngestResult, KeptBlock, RemovedLine } from '../types.js';
import { blocksOf, type DomNode, type HtmlBlock } from './blocks.js';
import { readPageMeta, type PageDocument } from './metadata.js';

/** A block holding a sentence this long is article text whatever a furniture rule says. */
const GUARDED_SENTENCE_WORDS = 8;
/** Fewer words of prose than this in the container: not an article (an index page, a login wall). */
const MIN_ARTICLE_WORDS = 40;

export function ingestHtml(html: string, fileName: string, shown: string, given: GivenMeta = {}): IngestResult {
  const { document } = parseHTML(html);
  removeComments(document as unknown as DomParent);
  // Readability edits the document it reads, so the page's own metadata is read first.
  const metaDoc = parseHTML(html).document as unknown as PageDocument;
  const parsed = new Readability(document as unknown as Document, { serializer: (el: Node) => el }).parse();
  const container = parsed?.content as unknown as DomNode | undefined;
  const blocks = container ? blocksOf(container) : [];
  const page = readPageMeta(metaDoc, parsed ?? {});
  const language = page.language ?? detectLanguage(blocks.map((b) => b.text).join('\n'));
  const phrases = new PhraseSet(language);
  const kept: KeptBlock[] = [];
  const removed: RemovedLine[] = [];
  const proseBlocks: HtmlBlock[] = [];
  blocks.forEach((b, i) => {
    const reason = furniture(b, phrases);
    if (reason) removed.push({ line: i + 1, text: b.text, reason });
    else kept.push({ line: i + 1, text: b.text, as: b.as });
    if (!reason && isProse(b)) proseBlocks.push(b);
  });
  // An index page's container is teasers (mostly link text), a login wall's a form: neither has prose.
  const proseWords = proseBlocks.reduce((n, b) => n + countWords(b.text), 0);
  if (proseWords < MIN_ARTICLE_WORDS || isTeaserList(blocks)) {
    throw new DossierError({ message: 'no article found in this web page (an index page, a login wall, or a page whose text is loaded by scripts?)', file: shown, hint: 'save the article page itself, or copy its text into a .txt file and ingest that' });
  }
  const title = [page.title, firstHeading(kept)].find((t) => t && !looksLikeInterface(t, phrases));
  // A leading heading that repeats the headline is already in the front matter.
  if (kept[0]?.as === 'heading' && title && normal(kept[0].text) === normal(title)) removed.push({ ...kept.shift()!, reason: 'headline (in front matter)' });
  const meta = withGiven({
    title,
    outlet: page.outlet,
    date: page.date,
    language,
    url: page.url,
    author: page.author,
    original_file: fileName,
  }, given, shown);
  return { meta, markdown: renderArticle(meta, kept), removed, kept };
}

interface DomParent { childNodes: ArrayLike<DomParent>; nodeType: number; remove?(): void }

/**
 * Comments split the text runs Readability wraps into paragraphs ("Ann<!-- --> and <!-- -->Bo" came out
 * as three), and a browser never shows them: they go before Readability reads the page.
 */
function removeComments(root: DomParent): void {
  const stack: DomParent[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 8) child.remove?.();
      else if (child.nodeType === 1 || child.nodeType === 9 || child.nodeType === 11) stack.push(child);
    }
  }
}

/** The furniture rule a block matches, unless it holds a real sentence. */
function furniture(b: HtmlBlock, phrases: PhraseSet): string | null {
  const hit = matchRule(facts(b.text, false), phrases);
  if (!hit) return null;
  const longest = Math.max(0, ...sentencesOf(b.text).map(countWords));
  return longest >= GUARDED_SENTENCE_WORDS ? null : hit.reason;
}

/** A paragraph of the report's own prose: it holds a finished sentence of some length, and is not mostly link text. */
function isProse(b: HtmlBlock): boolean {
  if (b.as !== 'paragraph' || b.linked * 2 > b.text.length) return false;
  return sentencesOf(b.text).some((s) => /[.!?…。！？]["'”’»)\]]*$/u.test(s) && countWords(s) >= GUARDED_SENTENCE_WORDS);
}

/**
 * An index page whose teasers carry a sentence each: most of its headings are links to other pages
 * (an article's subheadings seldom are).
 */
function isTeaserList(blocks: HtmlBlock[]): boolean {
  const headings = blocks.filter((b) => b.as === 'heading');
  const linked = headings.filter((b) => b.linked >= 0.8 * b.text.length).length;
  return linked >= MIN_TEASERS && linked * 3 >= headings.length * 2;
}

/** Linked headings from which a page is read as a list of teasers. */
const MIN_TEASERS = 3;

const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?…。！？]["'”’»)\]]*)\s+|(?<=[。！？])/u);

function firstHeading(kept: KeptBlock[]): string | undefined {
  return kept.find((k) => k.as === 'heading')?.text;
}

const normal = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
