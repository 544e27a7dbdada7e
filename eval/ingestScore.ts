// Ingest evaluation: the scoring rules of ../shared/corpora/web-pages/README.md ("How an ingest is
// scored") as pure functions, so the command and its tests share them.
import { Marked } from 'marked';
import { parseHTML } from 'linkedom';
import { blocksOf, type DomNode } from '../src/content/ingest/html/blocks.js';

export interface ExpectedMeta {
  title: string;
  title_alternatives?: string[];
  site: string;
  site_alternatives?: string[];
  author: string | null;
  author_alternatives?: string[];
  date: string | null;
  date_alternatives?: string[];
}

/** NFKC, lower case, everything but letters and digits one space. */
export const normalise = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const noDiacritics = (s: string): string => normalise(s.normalize('NFKD').replace(/\p{M}/gu, ''));

/** A sentence ends at ! ? … + space, at . + space + not a lower-case letter, or at 。！？. */
export function sentences(block: string): string[] {
  return block.split(/(?<=[!?…])\s+|(?<=\.)\s+(?!\p{Ll})|(?<=[。！？])/u).map((s) => s.trim()).filter(Boolean);
}

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const wordCount = (normalised: string): number => normalised.replace(cjk, ' x ').split(' ').filter(Boolean).length;

/** The markdown body as plain blocks: markup stripped, links keep their text, images dropped. */
export function markdownBlocks(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const html = new Marked().parse(body, { async: false }) as string;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blocksOf(document.body as unknown as DomNode).map((b) => b.text);
}

/** Share of `from`'s sentences found in `inText` (README rules: ≥4 words anywhere, shorter ones whole). */
export function sentenceShare(from: string[], inText: string[]): { found: number; total: number; missing: string[] } {
  const whole = new Set<string>();
  for (const b of inText) {
    whole.add(normalise(b));
    for (const s of sentences(b)) whole.add(normalise(s));
  }
  const all = ` ${inText.map(normalise).join(' ')} `;
  const allNoSpace = all.replace(/ /g, '');
  let found = 0;
  let total = 0;
  const missing: string[] = [];
  for (const b of from) {
    for (const s of sentences(b)) {
      const n = normalise(s);
      if (!n) continue;
      total++;
      const ok = wordCount(n) >= 4 ? (all.includes(n) || (cjk.test(n) && allNoSpace.includes(n.replace(/ /g, '')))) : whole.has(n);
      cjk.lastIndex = 0;
      if (ok) found++;
      else missing.push(s);
    }
  }
  return { found, total, missing };
}

export const titleOk = (got: string | undefined, exp: ExpectedMeta): boolean =>
  !!got && [exp.title, ...(exp.title_alternatives ?? [])].some((t) => noDiacritics(t) === noDiacritics(got));

const site = (s: string): string => noDiacritics(s.replace(/^\s*(?:https?:\/\/)?(?:www\.)?/i, '').replace(/^the\s+/i, ''));
export const siteOk = (got: string | undefined, exp: ExpectedMeta): boolean =>
  !!got && [exp.site, ...(exp.site_alternatives ?? [])].some((s) => site(s) === site(got));

function people(s: string): string {
  return s.split(/\s*(?:,|;|&|\band\b|\bet\b|\by\b|\bund\b|\be\b|、|和)\s*/iu)
    .map((p) => noDiacritics(p.replace(/^\s*(?:by|par|por|von)\s+/i, ''))).filter(Boolean).sort().join('|');
}
export const authorOk = (got: string | undefined, exp: ExpectedMeta): boolean =>
  !!got && !!exp.author && [exp.author, ...(exp.author_alternatives ?? [])].some((a) => people(a) === people(got));

export const dateOk = (got: string | undefined, exp: ExpectedMeta): boolean =>
  !!got && !!exp.date && [exp.date, ...(exp.date_alternatives ?? [])].some((d) => String(got).startsWith(d));
