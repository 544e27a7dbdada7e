// PDF writer, line breaking: styled runs → box/glue/penalty items → lines. Justified text uses optimal
// (Knuth–Plass) breaking from `tex-linebreak` with Liang hyphenation points; ragged text breaks first-fit.
import texLinebreak from 'tex-linebreak';
import type { Theme } from '../../style/theme.js';
import type { FontRef, Fonts } from './fonts.js';
import type { Hyphenator } from './hyphenate.js';
import { betweenGridCharacters, isUnspaced, unspacedPieces } from './breakPoints.js';
import { segmentsOf } from '../../core/segments.js';
import { breaksWithin, optimalBreaks } from './optimalBreaks.js';
import { type Line, type Piece, type Run, type TextStyle, sameLink } from './types.js';

const { lineContentStart, MIN_COST, MAX_COST, PARAGRAPH_START } = texLinebreak;

/** What a box draws. */
type Payload = Pick<Run, 'text' | 'style' | 'link' | 'noteId'>;

type Item =
  | { type: 'box'; width: number; payload: Payload }
  | { type: 'glue'; width: number; stretch: number; shrink: number; text: string }
  | {
      type: 'penalty'; width: number; cost: number; flagged: boolean; hyphen?: Payload;
      /** Part of the width that belongs to the text before the break: set alone it loses the kerning into
       * the next syllable. */
      correction?: number;
      /** A break inside unspaced text or a too-wide word: the lines around it have no glue to justify. */
      cut?: true;
      /** A cut between two CJK characters: a justified line is filled by widening these gaps. */
      spread?: true;
    };

export interface BreakOptions {
  width: number;
  justify: boolean;
  /** Base text style: fixes line height and baseline. */
  base: TextStyle;
  /** Syllables of a word, for hyphenation; absent → no hyphenation. */
  hyphenate?: Hyphenator;
  /** Ragged text only: lines of even length (headings), not a full first line and a lone last word. */
  balance?: boolean;
}

/** Extra cost of two hyphenated lines in a row (TeX's doublehyphendemerits, a hundred times plain
 * TeX's: a ladder reads worse than a slightly looser line, and at the 70-character measure there is
 * nearly always another way), and of a loose line next to a tight one (adjdemerits). */
const DOUBLE_HYPHEN_DEMERITS = 1000000;
const ADJACENT_FITNESS_DEMERITS = 10000;
/** A stretch so large the last line of a paragraph is never spread. */
const FILL = 100000;
const SOFT_HYPHEN = '\u00ad';
/** A capitalised word, and how much more its hyphenation costs than a common word's. */
const NAME = /^\P{L}*\p{Lu}/u;
const NAME_HYPHEN_FACTOR = 4;
/** Characters after which a word may break without adding a hyphen. */
const BREAK_AFTER = /(?<=[\-–—/])(?=.)/u;
const BREAKS = /[\-–—/]/u;
/** A web address (a link's text, a URL in a source's facts or text). */
const URL = /^[("“‘]?(?:[a-z][a-z\d+.-]*:\/\/|www\.)\S{4,}$/iu;
const SCHEME = /^[("“‘]?[a-z][a-z\d+.-]*:\/\//iu;
const URL_BREAK_AFTER = '/.-?&=_#';

/**
 * A web address in pieces a line may end after: after / . - ? & = _ # (never inside its "https://",
 * nor before its last character); a 150-character address otherwise ran past the margin.
 */
function urlPieces(token: string): string[] {
  const head = SCHEME.exec(token)?.[0] ?? '';
  const pieces: string[] = [];
  let piece = head;
  const rest = [...token.slice(head.length)];
  rest.forEach((ch, i) => {
    piece += ch;
    if (URL_BREAK_AFTER.includes(ch) && i + 1 < rest.length && !URL_BREAK_AFTER.includes(rest[i + 1])) {
      pieces.push(piece);
      piece = '';
    }
  });
  if (piece) pieces.push(piece);
  return pieces;
}

/** Cost of cutting a word wider than the measure anywhere: a last resort, but never text run off the page. */
const EMERGENCY_COST = MAX_COST - 1;
let graphemes: Intl.Segmenter | undefined;

export class LineBreaker {
  constructor(private readonly fonts: Fonts, private readonly theme: Theme) {}

  width(text: string, style: TextStyle): number {
    return this.fonts.width(text, style.font, style.size);
  }

  lineMetrics(base: TextStyle): { height: number; baseline: number } {
    const height = base.size * this.theme.leading;
    const { ascent, descent } = this.fonts.metrics(base.font, base.size);
    return { height, baseline: (height - (ascent - descent)) / 2 + ascent };
  }

  /** Breaks runs into lines; an empty run list gives no lines. */
  breakRuns(runs: Run[], opts: BreakOptions): Line[] {
    let items = this.items(runs, opts.width, opts.hyphenate);
    if (!items.some((i) => i.type === 'box')) return [];
    let breaks: number[];
    // Knuth–Plass needs glue on every line; lines of Chinese or of a cut word have none (its fallback
    // then overfills them), so such a paragraph is broken first-fit: every line full, ragged by < 1 character.
    const cuts = items.some((i) => i.type === 'penalty' && i.cut);
    if (opts.justify && !cuts) {
      const opt = { maxStretch: this.theme.print.maxStretch, doubleHyphenPenalty: DOUBLE_HYPHEN_DEMERITS, adjacentLooseTightPenalty: ADJACENT_FITNESS_DEMERITS };
      let found = breaksWithin(items, opts.width, opt);
      // No breaking within the stretch limit: most often a long name where a line should end
      // ("…stationed in | Mozambique" left a space 4.8 × its width). Names then break too, at a high cost,
      // as TeX breaks them (it knows no names); kept whole whenever the paragraph can do without.
      if (!found && opts.hyphenate) {
        items = this.items(runs, opts.width, opts.hyphenate, true);
        found = breaksWithin(items, opts.width, opt);
      }
      breaks = found ?? optimalBreaks(items, opts.width, opt);
    } else {
      breaks = firstFit(items, opts.width);
      if (opts.balance && breaks.length > 2) breaks = balanced(items, opts.width, breaks.length);
    }
    const metrics = this.lineMetrics(opts.base);
    const lines: Line[] = [];
    for (let l = 0; l + 1 < breaks.length; l++) {
      const from = l === 0 ? PARAGRAPH_START : breaks[l];
      // The last line, and a line ended by a hard break, keep natural spaces.
      const end = items[breaks[l + 1]];
      const ragged = l + 2 === breaks.length || (end.type === 'penalty' && end.cost <= MIN_COST);
      lines.push({ ...this.positionLine(items, from, breaks[l + 1], opts.width, opts.justify && !ragged), ...metrics });
    }
    return lines;
  }

  private items(runs: Run[], measure: number, hyphenate?: Hyphenator, names = false): Item[] {
    const items: Item[] = [];
    const pushBox = (width: number, payload: Payload) => {
      // A measure narrower than an em asks for the longest word (a table's narrowest column), not lines.
      if (width <= measure || measure < payload.style.size) items.push({ type: 'box', width, payload });
      else this.cutAnywhere(items, payload, measure);
    };
    const pushGlue = (style: TextStyle) => {
      const last = items[items.length - 1];
      if (!last || last.type !== 'box') return;
      const w = this.fonts.width(' ', style.font, style.size);
      items.push({ type: 'glue', width: w, stretch: w / 2, shrink: w / 3, text: ' ' });
    };
    for (const run of runs) {
      if (run.forcedBreak) {
        items.push({ type: 'glue', width: 0, stretch: FILL, shrink: 0, text: '' });
        items.push({ type: 'penalty', width: 0, cost: MIN_COST, flagged: false });
        continue;
      }
      const hyphenWidth = this.fonts.width('-', run.style.font, run.style.size);
      const hyphenText = this.fonts.softHyphenVisible(run.style.font) ? SOFT_HYPHEN : '-';
      const tokens = run.text.split(/(\s+)/u);
      for (let ti = 0; ti < tokens.length; ti++) {
        const token = tokens[ti];
        if (token === '') continue;
        // Odd tokens are the white space between words; no-break spaces alone join words. A no-break
        // space stretches like any other (TeX's ~), but no line ends there: a line of "S2 ¶1, S5 ¶5"
        // citations with rigid spaces left its few others 3 × wide.
        if (ti % 2 === 1) {
          if (!/^\u00a0+$/u.test(token)) pushGlue(run.style);
          else if (items[items.length - 1]?.type === 'box') {
            const w = this.fonts.width(token, run.style.font, run.style.size);
            items.push({ type: 'penalty', width: 0, cost: MAX_COST, flagged: false });
            items.push({ type: 'glue', width: w, stretch: w / 2, shrink: w / 3, text: token });
          }
          continue;
        }
        // Chinese, Japanese, Thai… break between characters or words, without a hyphen.
        const unspaced = isUnspaced(token);
        const url = !unspaced && URL.test(token);
        const segments = unspaced ? unspacedPieces(token) : url ? urlPieces(token) : BREAKS.test(token) ? token.split(BREAK_AFTER) : [token];
        segments.forEach((segment, si) => {
          // A word with a hard hyphen breaks only there ("counter-terror-ism" reads badly); an address never takes a hyphen.
          const split = hyphenate && !run.noteId && !url && segments.length === 1 ? hyphenate(segment, names) : [segment];
          const cost = names && NAME.test(segment) ? NAME_HYPHEN_FACTOR * this.theme.print.hyphenPenalty : this.theme.print.hyphenPenalty;
          // Syllables measured within their word, so that they add up to the word as it is painted.
          const whole = split.length > 1 ? this.fonts.syllableWidths(segment, split, run.style.font) : undefined;
          const syllables = whole?.syllables ?? split;
          syllables.forEach((syllable, yi) => {
            if (whole) pushBox(whole.widths[yi] * run.style.size, { text: syllable, style: run.style, link: run.link, noteId: run.noteId });
            else {
              for (const part of this.fonts.splitByCoverage(syllable, run.style.font)) {
                const style = this.partStyle(run.style, part);
                pushBox(this.fonts.width(part.text, style.font, style.size), { text: part.text, style, link: run.link, noteId: run.noteId });
              }
            }
            if (yi + 1 < syllables.length) {
              const correction = whole ? whole.breakCorrection[yi] * run.style.size : 0;
              items.push({
                type: 'penalty', width: hyphenWidth + correction, cost, flagged: true,
                // Drawn as U+00AD where the font allows: looks like '-', but extracted text keeps the word whole.
                hyphen: { text: hyphenText, style: run.style, link: run.link }, correction,
              });
            }
          });
          if (si + 1 < segments.length) {
            // An address breaks as freely at the end of a paragraph as anywhere (not flagged: no hyphen shows).
            items.push(!unspaced ? { type: 'penalty', width: 0, cost: this.theme.print.hyphenPenalty, flagged: !url }
              : betweenGridCharacters(segment, segments[si + 1]) ? { type: 'penalty', width: 0, cost: 0, flagged: false, cut: true, spread: true }
                : { type: 'penalty', width: 0, cost: 0, flagged: false, cut: true });
          }
        });
      }
    }
    discourageLastWordHyphens(items);
    items.push({ type: 'glue', width: 0, stretch: FILL, shrink: 0, text: '' });
    items.push({ type: 'penalty', width: 0, cost: MIN_COST, flagged: false });
    return items;
  }

  /**
   * A box wider than the measure (a 30,000-letter 'word', a long URL) is cut between grapheme clusters
   * into pieces that each fit a line; otherwise it would run off the page and out of the file.
   * Graphemes are measured alone (kerning across a cut is lost, which no reader of such a word will see).
   */
  private cutAnywhere(items: Item[], payload: Payload, measure: number): void {
    const { font, size } = payload.style;
    graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const widths = new Map<string, number>();
    let piece = '';
    let width = 0;
    const flush = () => {
      if (piece === '') return;
      if (items[items.length - 1]?.type === 'box') items.push({ type: 'penalty', width: 0, cost: EMERGENCY_COST, flagged: false, cut: true });
      items.push({ type: 'box', width: this.fonts.width(piece, font, size), payload: { ...payload, text: piece } });
      [piece, width] = ['', 0];
    };
    for (const { segment } of segmentsOf(graphemes, payload.text)) {
      let w = widths.get(segment);
      if (w === undefined) widths.set(segment, w = this.fonts.width(segment, font, size));
      if (width + w > measure) flush();
      piece += segment;
      width += w;
    }
    flush();
  }

  /** Style of a piece of a run in one face; a math symbol from a fallback face is fitted to the text face. */
  private partStyle(style: TextStyle, part: { text: string; font: FontRef }): TextStyle {
    if (part.font.face === style.font.face || !/^\p{Sm}+$/u.test(part.text)) return { ...style, font: part.font };
    const fit = this.fonts.symbolFit(part.font, style.font);
    return { ...style, font: part.font, size: style.size * fit.scale, rise: (style.rise ?? 0) + fit.rise * style.size };
  }

  /** Positions the boxes of one line; merges neighbouring boxes of one style into one piece. */
  private positionLine(items: Item[], from: number, to: number, width: number, justify: boolean): Omit<Line, 'height' | 'baseline'> {
    const start = lineContentStart(items, from, to);
    let natural = 0;
    let stretch = 0;
    let shrink = 0;
    let gaps = 0;
    let spreads = 0;
    for (let i = start; i <= to; i++) {
      const it = items[i];
      if (it.type === 'penalty' && it.spread && i !== to) spreads++;
      if (it.type === 'glue' && i !== to && it.stretch < FILL) gaps++;
      if (it.type === 'box') natural += it.width;
      else if (it.type === 'glue' && i !== to && it.stretch < FILL) {
        natural += it.width;
        stretch += it.stretch;
        shrink += it.shrink;
      } else if (it.type === 'penalty' && i === to) natural += it.width;
    }
    let ratio = 0;
    // A line wider than the measure is shrunk (the optimal breaks may choose that, even for a
    // paragraph's last line); only justified lines are stretched.
    // A justified line of CJK text (first-fit, so never wider) is filled by spreading the room left over
    // every gap alike — between its characters and at its spaces — as CJK typesetting does (JIS X 4051).
    const spread = justify && spreads > 0 && natural < width ? (width - natural) / (spreads + gaps) : 0;
    if (spread > 0) ratio = 0;
    else if (natural > width) ratio = shrink > 0 ? Math.max(-1, (width - natural) / shrink) : 0;
    else if (justify && stretch > 0) ratio = (width - natural) / stretch;
    const pieces: Piece[] = [];
    const noteIds: string[] = [];
    let x = 0;
    let gapBefore = false;
    const add = (p: Payload, w: number, alone = false) => {
      const last = pieces[pieces.length - 1];
      if (last && !gapBefore && !alone && samePayload(last, p)) {
        last.text += p.text;
        last.width += w;
      } else {
        pieces.push({ x, width: w, text: p.text, style: p.style, link: p.link, noteId: p.noteId });
      }
      if (p.noteId && !noteIds.includes(p.noteId)) noteIds.push(p.noteId);
      x += w;
      gapBefore = false;
    };
    for (let i = start; i <= to; i++) {
      const it = items[i];
      if (it.type === 'box') add(it.payload, it.width);
      else if (it.type === 'glue' && i !== to && it.stretch < FILL) {
        // The space stays in the text (copy, search, screen readers); its position is set by x.
        if (pieces.length > 0) pieces[pieces.length - 1].text += it.text;
        x += it.width + (ratio >= 0 ? ratio * it.stretch : ratio * it.shrink) + spread;
        gapBefore = true;
      } else if (it.type === 'penalty' && it.spread && i !== to && spread > 0) {
        x += spread;
        gapBefore = true;
      } else if (it.type === 'glue' && i === to && pieces.length > 0) {
        // The space a line breaks at stays in the text, so extracted lines do not run words together.
        pieces[pieces.length - 1].text += it.text;
      } else if (it.type === 'penalty' && i === to && it.hyphen) {
        const correction = it.correction ?? 0;
        if (correction !== 0 && pieces.length > 0) {
          pieces[pieces.length - 1].width += correction;
          x += correction;
        }
        add(it.hyphen, it.width - correction, true); // own piece: pdfkit shapes it alone
      }
    }
    return { pieces, noteIds, contentWidth: x };
  }
}

/**
 * A paragraph's last line is never the tail of a hyphenated word ("equip-" / "ment."; TeX's final
 * hyphen demerits, made absolute — issue 14): the last word's hyphenation points are not break points.
 */
function discourageLastWordHyphens(items: Item[]): void {
  for (let i = items.length - 1; i >= 0 && items[i].type !== 'glue'; i--) {
    const it = items[i];
    if (it.type === 'penalty' && it.flagged) it.cost = MAX_COST;
  }
}

function samePayload(a: Piece, b: Payload): boolean {
  return a.style === b.style || (a.style.font.face === b.style.font.face && a.style.font.style === b.style.font.style
    && a.style.size === b.style.size && a.style.color === b.style.color && a.style.rise === b.style.rise
    && sameLink(a.link, b.link) && a.noteId === b.noteId);
}

/** First-fit breaks at the narrowest measure that still gives the same number of lines. */
function balanced(items: Item[], width: number, count: number): number[] {
  let lo = 0;
  let hi = width;
  let best = firstFit(items, width);
  // Bisection to a tenth of a point is plenty for a heading.
  while (hi - lo > 0.1) {
    const mid = (lo + hi) / 2;
    const breaks = firstFit(items, mid);
    if (breaks.length === count && breaks.every((b, i) => i === 0 || naturalWidth(items, lineContentStart(items, i === 1 ? PARAGRAPH_START : breaks[i - 1], b), b) <= mid)) {
      best = breaks;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

/** First-fit breaking for ragged text: the last feasible break before the line overflows. The line's
 * width is summed as it grows (in naturalWidth's order), not again for every break point: a long
 * unbreakable measure (a table's one-line width) was quadratic in its words. */
function firstFit(items: Item[], width: number): number[] {
  const breaks = [0];
  let from = PARAGRAPH_START;
  let start = lineContentStart(items, from, items.length - 1);
  let sum = 0;
  let next = start;
  const natural = (to: number) => {
    if (start > to) return 0;
    for (; next < to; next++) if (items[next].type !== 'penalty') sum += items[next].width;
    return items[to].type === 'glue' ? sum : sum + items[to].width;
  };
  let candidate = -1;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const feasible = (it.type === 'glue' && i > 0 && items[i - 1].type === 'box') || (it.type === 'penalty' && it.cost < MAX_COST);
    if (!feasible) continue;
    const fits = natural(i) <= width;
    if (!fits && candidate >= 0) {
      breaks.push(candidate);
      from = candidate;
      [start, sum, candidate] = [lineContentStart(items, from, items.length - 1), 0, -1];
      next = start;
      // Re-test this break point against the new line.
      i = from;
      continue;
    }
    if (it.type === 'penalty' && it.cost <= MIN_COST) {
      breaks.push(i);
      from = i;
      [start, sum, candidate] = [lineContentStart(items, from, items.length - 1), 0, -1];
      next = start;
      continue;
    }
    candidate = i;
  }
  return breaks;
}

function naturalWidth(items: Item[], start: number, to: number): number {
  let w = 0;
  for (let i = start; i <= to; i++) {
    const it = items[i];
    if (it.type === 'box') w += it.width;
    else if (it.type === 'glue' && i !== to) w += it.width;
    else if (it.type === 'penalty' && i === to) w += it.width;
  }
  return w;
}
