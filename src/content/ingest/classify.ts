// Ingest stage: decides for every block whether it is report text (paragraph or subheading) or furniture.
// A page has three zones: the head (before the first real paragraph: banners, title, dates, share
// buttons), the body, and the tail (after the last real paragraph: tags, comments, footers). Line
// rules (rules.ts) name furniture anywhere; the zone and the run of short lines around a line
// decide the rest.
import { findDates } from './dates.js';
import { PhraseSet } from './phrases.js';
import { facts, matchRule, type LineFacts, type RuleHit } from './rules.js';
import { countWords, endsWithEllipsis, normalise } from './text.js';
import { splitTitle } from './title.js';
import type { Block } from './types.js';

export type Verdict =
  | { keep: 'paragraph' | 'heading' }
  | { keep: false; reason: string };

export interface Classified {
  block: Block;
  facts: LineFacts;
  hit: RuleHit | null;
  verdict: Verdict;
  zone: 'head' | 'body' | 'tail';
}

export interface Classification {
  items: Classified[];
  /** Index in `items` of the block chosen as the headline, if any. */
  titleIndex?: number;
}

/** Longest line (in words) still read as a subheading rather than a paragraph. */
const MAX_HEADING_WORDS = 20;
/** Shortest sentence that marks the start or end of the report body. */
const MIN_ANCHOR_WORDS = 8;

const removed = (reason: string): Verdict => ({ keep: false, reason });

/** A run of at least this many lines of one to MAX_NAV_WORDS words is a menu, bulleted or not. */
const MIN_NAV_RUN = 3;
const MAX_NAV_WORDS = 3;

/** `phrases`: the furniture words of the page's language (every language's when it is not known). */
export function classifyBlocks(blocks: Block[], phrases = new PhraseSet(undefined)): Classification {
  const items: Classified[] = blocks.map((block) => {
    const f = facts(block.text, block.bullet);
    return { block, facts: f, hit: matchRule(f, phrases), verdict: { keep: 'paragraph' }, zone: 'body' };
  });
  markMenus(items);

  // A headline may end in "?" or "!": the first such line is not taken for the start of the report.
  const headline = items.findIndex((it) => !it.hit && it.facts.words.length >= 4 && !endsWithEllipsis(it.facts.text));
  const anchors = mainSpan(items, items.flatMap((it, i) => (isAnchor(it) && (i !== headline || !looksLikeHeadline(it)) ? [i] : [])));
  const first = anchors[0] ?? items.length;
  let tailStart = anchors.length ? anchors[anchors.length - 1] + 1 : items.length;
  // A short closing paragraph ("He denied it.") right after the last long one is still the report.
  while (tailStart < items.length && paragraphLike(items[tailStart]) && !endsWithEllipsis(items[tailStart].facts.text)) tailStart++;
  // A comment section or a "Related" list near the end ends the report even if sentences (comments,
  // teasers) follow — but only if few do: losing report text is worse than keeping a comment.
  const end = items.findIndex((it, i) => i > first && endsArticle(it) && anchors.filter((a) => a > i).length * 3 <= anchors.length);
  if (end >= 0) tailStart = Math.min(tailStart, end);

  items.forEach((it, i) => { it.zone = i < first ? 'head' : i >= tailStart ? 'tail' : 'body'; });
  const titleIndex = classifyHead(items.slice(0, first), phrases);
  classifyBody(items, first, tailStart);
  classifyTail(items.slice(tailStart));
  return { items, titleIndex };
}

/** Lines between two long paragraphs beyond which they belong to different parts of the page. */
const MAX_GAP = 6;
/** Lines of widgets (a gallery, a player) a report may run on after. */
const MAX_JUMP = 40;
/** Share of a cluster's words in running prose above which it continues the report after a widget. */
const RUNNING_SHARE = 0.5;

/**
 * The anchors of the report. A page shows its long sentences in clusters: the report's paragraphs
 * follow one another, while teasers, promotions, gallery slides and comments each stand alone
 * between a title, a date, a name or a "Reply". The report is the first cluster with a third of the
 * page's most words in running prose (paragraphs with another right before or after them): what
 * follows the report may be longer. Neighbouring clusters split off by a widget (a player, a
 * gallery) join it, but not across a comment section, a "Related" list, tags, or another byline.
 */
function mainSpan(items: Classified[], anchors: number[]): number[] {
  if (anchors.length < 2) return anchors;
  const clusters: number[][] = [[anchors[0]]];
  for (let k = 1; k < anchors.length; k++) {
    if (anchors[k] - anchors[k - 1] - 1 > MAX_GAP) clusters.push([]);
    clusters[clusters.length - 1].push(anchors[k]);
  }
  const words = (i: number): number => items[i].facts.words.length;
  const total = (c: number[]): number => c.reduce((n, i) => n + words(i), 0);
  // Paragraphs run on when nothing but a figure (an image, its credit) stands between them.
  const runsOn = (a: number, b: number): boolean => items.slice(a + 1, b).every(inFigure);
  const runningAt = new Set(anchors.filter((a, k) => (k > 0 && runsOn(anchors[k - 1], a)) || (k + 1 < anchors.length && runsOn(a, anchors[k + 1]))));
  const running = (c: number[]): number => c.reduce((n, i) => n + (runningAt.has(i) ? words(i) : 0), 0);
  const continues = (c: number[]): boolean => running(c) >= total(c) * RUNNING_SHARE;
  // The first large one: teasers, galleries and comments come after the report, and may be longer.
  const most = Math.max(...clusters.map(running));
  const main = clusters.findIndex((c) => running(c) * MAIN_SHARE >= most);
  // Parts of the report a widget (a gallery, a player, a subheading over an image) split off join it.
  const gap = (a: number[], b: number[]): number => b[0] - a[a.length - 1] - 1;
  const joins = (a: number[], b: number[]): boolean => gap(a, b) <= MAX_JUMP && !items.slice(a[a.length - 1] + 1, b[0]).some(startsOrEnds);
  // A neighbour joins when it is running prose too, or close by (a lone paragraph under an image).
  const belongs = (c: number[], a: number[], b: number[]): boolean => joins(a, b) && (continues(c) || gap(a, b) <= NEAR);
  let lo = main;
  let hi = main;
  while (lo > 0 && belongs(clusters[lo - 1], clusters[lo - 1], clusters[lo])) lo--;
  while (hi + 1 < clusters.length && belongs(clusters[hi + 1], clusters[hi], clusters[hi + 1])) hi++;
  return clusters.slice(lo, hi + 1).flat();
}

/** Between two parts of one report there is no comment section, "Related" list or tags, and no byline or date of another article. */
const startsOrEnds = (it: Classified): boolean => endsArticle(it) || it.hit?.reason === 'byline' || it.hit?.reason === 'timestamp';

/** Lines between clusters close enough to join the report whatever their shape. */
const NEAR = 12;

/** A cluster with this share of the most running prose on the page, coming first, is the report. */
const MAIN_SHARE = 3;

/** Part of a figure between paragraphs: an image's text ("[Photo …]"), its credit, a player's button, or no words at all. */
function inFigure(it: Classified): boolean {
  return it.facts.words.length === 0 || /^\[[^\]]*\]$/u.test(it.facts.text) || it.hit?.reason === 'photo credit' || it.hit?.reason === 'media control';
}

/**
 * Three or more lines in a row of one to three words, none ending like a sentence and none holding a
 * number ("World", "Politics", "Business"): a menu even without bullets, never subheadings.
 */
function markMenus(items: Classified[]): void {
  const menuItem = (it: Classified): boolean => {
    const n = countWords(it.facts.text);
    return !it.hit && n >= 1 && n <= MAX_NAV_WORDS && !it.facts.terminal && !/\p{N}/u.test(it.facts.text);
  };
  let i = 0;
  while (i < items.length) {
    let j = i;
    while (j < items.length && menuItem(items[j])) j++;
    if (j - i >= MIN_NAV_RUN) for (let k = i; k < j; k++) items[k].hit = { reason: 'navigation' };
    i = Math.max(j, i + 1);
  }
}

/** A real sentence of some length that no rule calls furniture: the body starts and ends with these. */
function isAnchor(it: Classified): boolean {
  if (inFigure(it)) return false;
  // A long bulleted line with no sentence end is a list of links (languages, editions), not the report.
  if (it.facts.bullet && !it.facts.terminal) return false;
  return paragraphLike(it) && it.facts.words.length >= MIN_ANCHOR_WORDS && !endsWithEllipsis(it.facts.text);
}

/** One short sentence ending in "?" or "!", as headlines do (a lede ends with a full stop). */
function looksLikeHeadline(it: Classified): boolean {
  return /[?!]["”’)]?$/u.test(it.facts.text) && !/[.!?…]["”’)]?\s+\p{Lu}/u.test(it.facts.text) && it.facts.words.length <= MAX_HEADING_WORDS;
}

/** Reads as a paragraph of text rather than a label, link or heading. */
function paragraphLike(it: Classified): boolean {
  if (it.hit) return false;
  const f = it.facts;
  const n = f.words.length;
  // A short bulleted line ending in "?" or "." is still a link-list item ("Who pays for the damage?").
  if (f.bullet && n < MIN_ANCHOR_WORDS) return false;
  return (f.terminal && (!endsWithEllipsis(f.text) || n >= 10)) || n > MAX_HEADING_WORDS;
}

/** Comments, tags, or a bare "Related"/"Most read" heading: what follows is the page, not the report. */
function endsArticle(it: Classified): boolean {
  const h = it.hit;
  if (!h) return false;
  return h.reason === 'comment prompt' || h.reason === 'tag cloud' || h.label === 'navigation' ||
    (h.label !== undefined && /^related\b/i.test(it.facts.text));
}

/** Lines before the report's first paragraph among which its headline stands (byline, dates, dek and buttons between). */
const TITLE_WINDOW = 12;

/**
 * Head zone: finds the headline; before it is site banner, after it kicker/dek lines or furniture.
 * Far above the report (menus, other clusters of text) is the page's header, whatever it holds.
 */
function classifyHead(head: Classified[], phrases: PhraseSet): number | undefined {
  // Counted in lines with words: a share bar's empty buttons take no room.
  let windowStart = head.length;
  for (let seen = 0; windowStart > 0 && seen < TITLE_WINDOW; windowStart--) if (!inFigure(head[windowStart - 1])) seen++;
  const t = pickTitle(head, windowStart, phrases);
  const title = t === undefined ? '' : normalise(splitTitle(head[t].facts.text).title);
  head.forEach((it, i) => {
    if (i === t) it.verdict = removed('title (moved to front matter)');
    else if (t !== undefined && sameTitle(it.facts.text, title)) it.verdict = removed('duplicate title');
    else if (it.hit) it.verdict = removed(it.hit.reason);
    else if (t !== undefined && i < t) it.verdict = removed('site banner');
    else if (i < windowStart) it.verdict = removed('page header');
    else if (paragraphLike(it)) it.verdict = { keep: 'paragraph' };
    else if (it.facts.bullet || endsWithEllipsis(it.facts.text)) it.verdict = removed('navigation');
    else it.verdict = { keep: 'heading' };
  });
  return t;
}

/**
 * The headline, among the lines shortly before the report: a line that carries a site suffix
 * ("… - Outlet") or is repeated is surest; otherwise the longest line that reads as a title (not a
 * sentence ending in a full stop, not an image's text, not interface text).
 */
function pickTitle(head: Classified[], windowStart: number, phrases: PhraseSet): number | undefined {
  const all = head.flatMap((it, i) => {
    const ok = (!it.hit || it.hit.reason === 'breadcrumb') && !it.facts.bullet && !looksLikeInterface(splitTitle(it.facts.text).title, phrases);
    return ok ? [i] : [];
  });
  // Far above the report only when nothing near it can be the headline.
  const near = all.filter((i) => i >= windowStart);
  const candidates = near.length ? near : all;
  const complete = candidates.filter((i) => !endsWithEllipsis(head[i].facts.text));
  const splits = head.map((it) => splitTitle(it.facts.text));
  const seen = new Map<string, number>();
  for (const sp of splits) {
    const norm = normalise(sp.title);
    seen.set(norm, (seen.get(norm) ?? 0) + 1);
  }
  // "Island News Online | Latest" is a banner with a section link, not a headline with its site's name
  const suffixed = (i: number) => splits[i].outlet !== undefined && !phrases.isInterface(splits[i].outlet!);
  const strong = complete.find((i) => titleShaped(head[i]) && (suffixed(i) || (seen.get(normalise(splits[i].title)) ?? 0) > 1));
  if (strong !== undefined) return strong;
  const longest = complete.filter((i) => titleShaped(head[i]))
    .reduce<number | undefined>((b, i) => (b === undefined || head[i].facts.words.length > head[b].facts.words.length ? i : b), undefined);
  // Else the title-shaped line nearest above the report, then any line long enough not to be a site name.
  const nearest = all.filter((i) => titleShaped(head[i]) && !endsWithEllipsis(head[i].facts.text)).pop();
  return longest ?? nearest ?? complete.find((i) => head[i].facts.words.length >= 5) ?? complete[0] ?? candidates[0];
}

/** Longest line read as a headline. */
const MAX_TITLE_WORDS = 30;

/** A headline's shape: a few words, no closing full stop (an abbreviation's, "N.Y.C.", is no sentence end), not only an image's text ("[Photo of …]"). */
function titleShaped(it: Classified): boolean {
  const n = it.facts.words.length;
  const text = it.facts.text;
  // A dek of two sentences ("… sharing. Uber's really …") is not the headline either.
  return n >= 3 && n <= MAX_TITLE_WORDS && !/\p{Ll}\.["”’)]?$/u.test(text) && !/[[\]]/u.test(text) && !/\p{Ll}[.!?]\s+\p{Lu}/u.test(text) &&
    // A dateline or byline ("2/26/2015 7:11 AM PST BY STAFF") is not the headline.
    !findDates(text).length && !/\b\d{1,2}[:h]\d{2}\b/.test(text) && !/\d\s*[年月日]/u.test(text) && !/(?:^|\s)(?:by|BY|By)\s/u.test(text);
}

/** "Skip to content", "Sign In", "News", a lone word: interface text, never a headline. */
export function looksLikeInterface(text: string, phrases: PhraseSet): boolean {
  return countWords(text) < 2 || phrases.isInterface(text);
}

/** The same headline again: equal, truncated ("…"), or another rendering sharing most words. */
function sameTitle(text: string, title: string): boolean {
  if (!title) return false;
  const norm = normalise(splitTitle(text).title);
  if (norm === title) return true;
  if (endsWithEllipsis(text) && norm.length >= 10 && title.includes(norm)) return true;
  const a = new Set(norm.split(' '));
  const b = new Set(title.split(' '));
  const shared = [...a].filter((w) => b.has(w)).length;
  return a.size >= 4 && shared / (a.size + b.size - shared) >= 0.6;
}

/**
 * Body zone: paragraphs stay. Runs of short lines between paragraphs are examined together: a lone
 * short line before a paragraph is a subheading; several short lines, bullets, or lines under a
 * furniture label ("More on …") are a link list or advert block.
 */
function classifyBody(items: Classified[], from: number, to: number): void {
  let i = from;
  while (i < to) {
    if (paragraphLike(items[i])) {
      items[i].verdict = { keep: 'paragraph' };
      i++;
      continue;
    }
    let j = i;
    let labelled = false;
    // Under a label ("Also read"), short one-sentence items ("Why are wages falling?") stay in the list.
    while (j < to && (!paragraphLike(items[j]) || (labelled && isListItem(items[j])))) {
      labelled ||= !!items[j].hit?.label;
      j++;
    }
    classifyRun(items.slice(i, j));
    i = j;
  }
}

function isListItem(it: Classified): boolean {
  return it.facts.words.length < MIN_ANCHOR_WORDS && !/[.!?…]["”’)]?\s+\p{Lu}/u.test(it.facts.text);
}

function classifyRun(run: Classified[]): void {
  const candidates = run.filter((it) => !it.hit);
  // Furniture in the run (a link, a label, bullets) makes its short lines a link list or advert block.
  // Without any, several short lines in a row are content, such as a fact box, and stay as paragraphs.
  const evidence = candidates.length < run.length || candidates.some((it) => it.facts.bullet);
  const several = candidates.length >= 3;
  // Among furniture, only the last short line can be the subheading of the paragraph that follows.
  const lastCandidate = candidates[candidates.length - 1];
  let label: string | undefined;
  for (const it of run) {
    if (it.hit) {
      it.verdict = removed(it.hit.reason);
      label = it.hit.label ?? label;
    } else if (label || it.facts.bullet || endsWithEllipsis(it.facts.text) || (evidence && (several || it !== lastCandidate))) {
      it.verdict = removed(label ?? 'link list');
    } else {
      it.verdict = { keep: several ? 'paragraph' : 'heading' };
    }
  }
}

/** Tail zone: everything after the report; lines under a label ("Tags") share its reason. */
function classifyTail(tail: Classified[]): void {
  let label: string | undefined;
  for (const it of tail) {
    label = it.hit?.label ?? label;
    it.verdict = removed(it.hit?.reason ?? label ?? (it.facts.bullet ? 'link list' : 'page footer'));
  }
}
