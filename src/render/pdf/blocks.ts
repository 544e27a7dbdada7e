// PDF writer, block layout: sections, headings (kept with what follows), justified paragraphs, numbered
// source paragraphs (¶n in the margin, each a link target), lists, quotes, definition lists, profiles.
import { type Block, type DossierDocument, type Inline, type Section, assertNever } from '../../model/document.js';
import type { Theme } from '../../style/theme.js';
import type { Flow, Unit } from './flow.js';
import { createHyphenator, type Hyphenator } from './hyphenate.js';
import { type InlineContext, flattenInlines } from './inlines.js';
import type { LineBreaker } from './linebreak.js';
import { layoutTable, tableStartHeight } from './tables.js';
import type { Line, SNode, TextStyle } from './types.js';

export interface LayoutContext {
  doc: DossierDocument;
  theme: Theme;
  flow: Flow;
  breaker: LineBreaker;
  hyphenate: Hyphenator;
}

/** Called with the top of a block's first line, e.g. to set a list label beside it. */
type FirstLineHook = (top: number, line: Line) => void;

interface TextSpec extends InlineContext {
  justify: boolean;
  balance?: boolean;
}

export class BlockLayout {
  /** Heading level of the section being laid out: block headings and profiles nest one below it. */
  private level = 1;
  /** Language of a source's text when not the dossier's: tagged on its paragraphs, hyphenated by its patterns. */
  private lang: string | undefined;
  private hyphenate: Hyphenator | undefined;
  private readonly hyphenators = new Map<string, Hyphenator>();

  constructor(private readonly c: LayoutContext) {}

  private get theme(): Theme {
    return this.c.theme;
  }

  private get body(): TextSpec {
    return { face: 'body', size: this.theme.sizes.body, color: this.theme.colors.text, justify: true };
  }

  lines(content: Inline[], spec: TextSpec, width: number): Line[] {
    const ctx: InlineContext = { face: spec.face, size: spec.size, color: spec.color, bold: spec.bold, italic: spec.italic };
    const runs = flattenInlines(content, ctx, this.c.doc, this.theme);
    const base: TextStyle = { font: { face: spec.face, style: spec.bold ? 'bold' : spec.italic ? 'italic' : 'regular' }, size: spec.size, color: spec.color };
    return this.c.breaker.breakRuns(runs, { width, justify: spec.justify, balance: spec.balance, base, hyphenate: spec.justify ? this.hyphenate ?? this.c.hyphenate : undefined });
  }

  /**
   * A top-level section (level 1) or a source chapter (level 2). A section runs on below the last one
   * when a fair part of the page is left (a briefing is read through, not opened at chapters: pages
   * left 70 % empty waste paper and break the reading); a source runs on after a rule, as
   * newspapers' collected reports do. `first` forces a new page (after the contents).
   */
  section(sec: Section, level: 1 | 2, parent: SNode, first: boolean, rule = true): void {
    const { flow } = this.c;
    const t = this.theme;
    flow.header = sec.title;
    const body = flow.geo.bottom - flow.geo.top;
    // A source runs on when its title, its facts and two lines fit (a 40-source dossier of short
    // reports otherwise starts a page per source).
    const size0 = level === 1 ? t.sizes.h1 : t.sizes.h2;
    const opening = 2 * t.spacing.beforeHeading + 2 * size0 * 1.3 + t.spacing.afterHeading + this.followHeight(sec.blocks, flow.geo.width);
    const runOn = !first && !flow.fresh && flow.room() >= Math.max(opening, body * (level === 1 ? 0.4 : 0.15));
    if (!runOn) flow.newPage({ header: false });
    else {
      flow.skip(level === 1 ? 2 * t.spacing.beforeHeading : t.spacing.beforeHeading);
      if (level === 2 && rule) {
        flow.emit({ op: 'line', x1: 0, y1: flow.y, x2: flow.geo.width, y2: flow.y, width: t.print.ruleWeight, color: t.colors.rule });
        flow.y += t.spacing.afterHeading;
      }
    }
    const node: SNode = { type: 'Sect', parent, title: sec.title };
    this.level = level;
    this.setLanguage(sec.language);
    const size = level === 1 ? this.theme.sizes.h1 : this.theme.sizes.h2;
    this.heading([{ type: 'text', text: sec.title }], level, size, sec.anchor, node, this.followHeight(sec.blocks, flow.geo.width), this.followLines(sec.blocks, flow.geo.width));
    this.blocks(sec.blocks, 0, flow.geo.width, node);
    sec.children.forEach((child, i) => this.section(child, 2, node, false, i > 0 || sec.blocks.length > 0));
  }

  heading(content: Inline[], level: number, size: number, anchor: string | undefined, parent: SNode, follow: number, followLines: Unit[] = []): void {
    const { flow } = this.c;
    const lines = this.lines(content, { face: 'heading', size, color: size >= this.theme.sizes.h2 ? this.theme.colors.accent : this.theme.colors.text, bold: true, justify: false, balance: true }, flow.geo.width);
    const height = lines.reduce((s, l) => s + l.height, 0);
    flow.skip(this.theme.spacing.beforeHeading);
    // Keep with next: the heading and the start of what follows share a page.
    // Room alone is not enough when the first lines bring footnotes: those lines, with their notes,
    // must fit below the heading too (else the heading ends the page alone).
    const gap = { height: this.theme.spacing.afterHeading + this.theme.spacing.paragraph, noteIds: [] };
    const keep = [...lines, gap, ...followLines];
    if (!flow.fresh && (flow.room() < height + this.theme.spacing.afterHeading + follow || flow.countFitting(keep) < keep.length)) flow.newPage();
    const node: SNode = { type: `H${Math.min(6, level)}`, parent, ...(this.lang ? { lang: this.lang } : {}) };
    if (anchor) flow.dest(anchor);
    for (const line of lines) flow.placeOrBreak(line, node, (top) => flow.emitLine(line, 0, top, node));
    flow.y += this.theme.spacing.afterHeading;
  }

  /** A source in another language than the dossier's gets its own tag and hyphenation patterns. */
  private setLanguage(language: string | undefined): void {
    const own = language && language.toLowerCase() !== this.c.doc.meta.language.toLowerCase() ? language : undefined;
    this.lang = own;
    if (!own) {
      this.hyphenate = undefined;
      return;
    }
    let h = this.hyphenators.get(own);
    if (!h) this.hyphenators.set(own, (h = createHyphenator(own)));
    this.hyphenate = h;
  }

  /** The first lines of a paragraph after a heading (with the notes they reference), kept with it. */
  private followLines(rest: Block[], width: number): Unit[] {
    const b = rest[0];
    // A heading right after a heading: both stay with the lines after the second.
    if (b?.type === 'heading') {
      const t = this.theme;
      const own = this.lines(b.content, { face: 'heading', size: b.level <= 1 ? t.sizes.h3 : t.sizes.h4, color: t.colors.text, bold: true, justify: false }, width);
      // With the space above it: without, two headings ending a source fitted by 14 pt too little.
      return [{ height: t.spacing.beforeHeading, noteIds: [] }, ...own, ...this.followLines(rest.slice(1), width)];
    }
    // A source's facts (Source, Outlet, …) stay with its title, and with them its first lines.
    if (b?.type === 'definitionList') return [{ height: this.theme.spacing.paragraph, noteIds: [] }, ...this.definitionUnits(b.items, width), ...this.followLines(rest.slice(1), width)];
    if (!b || (b.type !== 'paragraph' && b.type !== 'sourceParagraph')) return [];
    return this.lines(b.content, this.body, width).slice(0, this.theme.print.minLinesAtBreak);
  }

  /** Each item of a definition list as one unit of its height (with the space after it) and its notes. */
  private definitionUnits(items: { term: Inline[]; description: Inline[] }[], width: number): Unit[] {
    const t = this.theme;
    const termWidth = width * t.print.definitionTermWidth;
    return items.map((it, i) => {
      const term = this.lines(it.term, { face: 'heading', size: t.sizes.small, color: t.colors.muted, bold: true, justify: false }, termWidth - t.print.marginLabelGap);
      const desc = this.lines(it.description, { ...this.body, justify: false }, width - termWidth);
      return { height: Math.max(sum(term), sum(desc)) + (i + 1 < items.length ? t.spacing.list : 0), noteIds: desc.flatMap((l) => l.noteIds) };
    });
  }

  /**
   * Height a heading keeps with it: the first lines of what follows; a short note before a table
   * counts whole, with the table's header and first lines (no page ends on a heading, its intro, or a
   * bare table header).
   */
  private followHeight(rest: Block[], width: number): number {
    const t = this.theme;
    const block = rest[0];
    if (!block) return 0;
    if (block.type === 'table') return t.spacing.paragraph + tableStartHeight(block, this.c, this, width);
    if (block.type === 'definitionList' && rest[1]?.type === 'sourceParagraph') {
      return t.spacing.paragraph + this.definitionUnits(block.items, width).reduce((h, u) => h + u.height, 0) + t.spacing.paragraph + t.print.minLinesAtBreak * t.sizes.body * t.leading;
    }
    if (block.type === 'paragraph' && rest[1]) {
      const lines = this.lines(block.content, block.style === 'small' ? { ...this.body, size: t.sizes.small } : this.body, width);
      if (lines.length <= 4) return t.spacing.paragraph + sum(lines) + this.followHeight(rest.slice(1), width);
    }
    return t.print.minLinesAtBreak * t.sizes.body * t.leading;
  }

  blocks(blocks: Block[], x: number, width: number, parent: SNode, hook?: FirstLineHook): void {
    blocks.forEach((b, i) => this.block(b, x, width, parent, i === 0 ? hook : undefined, blocks.slice(i + 1)));
  }

  private paragraphSpacing(): void {
    this.c.flow.skip(this.theme.spacing.paragraph);
  }

  private block(b: Block, x: number, width: number, parent: SNode, hook: FirstLineHook | undefined, rest: Block[]): void {
    const { flow } = this.c;
    const t = this.theme;
    switch (b.type) {
      case 'heading': {
        const level = this.level + b.level;
        // Sized by depth inside the section: a sub-heading never outranks a source's title.
        const size = b.level <= 1 ? t.sizes.h3 : t.sizes.h4;
        this.heading(b.content, level, size, b.anchor, parent, this.followHeight(rest, width), this.followLines(rest, width));
        break;
      }
      case 'paragraph': {
        this.paragraphSpacing();
        const spec: TextSpec = b.style === 'small' ? { ...this.body, size: t.sizes.small }
          : b.style === 'lead' ? { ...this.body, italic: true } : this.body;
        this.paragraph(this.lines(b.content, spec, width), x, { type: 'P', parent }, hook);
        break;
      }
      case 'sourceParagraph': {
        this.paragraphSpacing();
        const node: SNode = { type: 'P', parent, ...(this.lang ? { lang: this.lang } : {}) };
        const lines = this.lines(b.content, this.body, width);
        const labelStyle: TextStyle = { font: { face: 'heading', style: 'regular' }, size: t.sizes.small, color: t.colors.muted };
        this.paragraph(lines, x, node, (top, line) => {
          flow.dest(b.anchor, top);
          // The ¶ number sits in the margin, baseline-aligned with the first line.
          flow.emit({ op: 'text', x: x - t.print.marginLabelGap, y: top + line.baseline, text: `¶${b.number} `, style: labelStyle, node, alignRight: true });
          hook?.(top, line);
        }, () => flow.markSource(b.sourceId, b.number));
        break;
      }
      case 'list':
        this.list(b.items, b.ordered, x, width, parent, hook);
        break;
      case 'blockquote': {
        const node: SNode = { type: 'BlockQuote', parent };
        const indent = t.print.blockquoteIndent;
        this.quoteBlocks(b.children, x + indent, width - 2 * indent, node, hook);
        break;
      }
      case 'table':
        this.paragraphSpacing();
        layoutTable(b, this.c, this, x, width, parent);
        break;
      case 'definitionList':
        this.definitionList(b.items, x, width, parent, hook);
        break;
      case 'profile': {
        const node: SNode = { type: 'Sect', parent };
        this.heading(b.title, this.level + 1, t.sizes.h3, b.anchor, node, this.followHeight(b.children, width) + (b.subtitle ? t.sizes.small * t.leading : 0));
        if (b.subtitle) {
          const lines = this.lines(b.subtitle, { face: 'heading', size: t.sizes.small, color: t.colors.muted, italic: true, justify: false }, width);
          this.paragraph(lines, x, { type: 'P', parent: node });
        }
        this.blocks(b.children, x, width, node);
        break;
      }
      case 'rule': {
        this.paragraphSpacing();
        const y = flow.y + t.spacing.paragraph;
        flow.emit({ op: 'line', x1: x, y1: y, x2: x + width, y2: y, width: t.print.ruleWeight, color: t.colors.rule });
        flow.y = y + t.spacing.paragraph;
        break;
      }
      default:
        assertNever(b);
    }
  }

  /** Quoted paragraphs are set in italic. */
  private quoteBlocks(blocks: Block[], x: number, width: number, node: SNode, hook?: FirstLineHook): void {
    blocks.forEach((b, i) => {
      if (b.type === 'paragraph') {
        this.paragraphSpacing();
        this.paragraph(this.lines(b.content, { ...this.body, italic: true }, width), x, { type: 'P', parent: node }, i === 0 ? hook : undefined);
      } else this.block(b, x, width, node, i === 0 ? hook : undefined, blocks.slice(i + 1));
    });
  }

  /** `each` runs for every line as it is set (a source paragraph marks its page for the running head). */
  paragraph(lines: Line[], x: number, node: SNode, hook?: FirstLineHook, each?: () => void): void {
    this.c.flow.placeLines(lines, node, (line, index, top) => {
      each?.();
      if (index === 0) hook?.(top, line);
      this.c.flow.emitLine(line, x, top, node);
    });
  }

  private list(items: Block[][], ordered: boolean, x: number, width: number, parent: SNode, hook?: FirstLineHook): void {
    const { flow } = this.c;
    const t = this.theme;
    const node: SNode = { type: 'L', parent };
    const indent = t.print.listIndent;
    const labelStyle: TextStyle = { font: { face: 'body', style: 'regular' }, size: t.sizes.body, color: t.colors.muted };
    items.forEach((item, i) => {
      const li: SNode = { type: 'LI', parent: node };
      const lbl: SNode = { type: 'Lbl', parent: li };
      const body: SNode = { type: 'LBody', parent: li };
      const label = ordered ? `${i + 1}.` : '•';
      this.blocks(item, x + indent, width - indent, body, (top, line) => {
        if (i === 0) hook?.(top, line);
        flow.emit({ op: 'text', x: x + indent - t.print.marginLabelGap, y: top + line.baseline, text: `${label} `, style: labelStyle, node: lbl, alignRight: true });
      });
      if (i + 1 < items.length) flow.skip(t.spacing.list);
    });
  }

  private definitionList(items: { term: Inline[]; description: Inline[] }[], x: number, width: number, parent: SNode, hook?: FirstLineHook): void {
    const { flow } = this.c;
    const t = this.theme;
    const node: SNode = { type: 'L', parent };
    const termWidth = width * t.print.definitionTermWidth;
    const gap = t.print.marginLabelGap;
    this.paragraphSpacing();
    items.forEach((it, i) => {
      const li: SNode = { type: 'LI', parent: node };
      const lbl: SNode = { type: 'Lbl', parent: li };
      const body: SNode = { type: 'LBody', parent: li };
      const term = this.lines(it.term, { face: 'heading', size: t.sizes.small, color: t.colors.muted, bold: true, justify: false }, termWidth - gap);
      const desc = this.lines(it.description, { ...this.body, justify: false }, width - termWidth);
      const height = Math.max(sum(term), sum(desc));
      const noteIds = desc.flatMap((l) => l.noteIds);
      flow.placeOrBreak({ height, noteIds }, body, (top) => {
        if (i === 0 && desc[0]) hook?.(top, desc[0]);
        // Align the term's first baseline with the description's.
        const shift = desc[0] && term[0] ? desc[0].baseline - term[0].baseline : 0;
        let y = top + shift;
        for (const l of term) { flow.emitLine(l, x, y, lbl); y += l.height; }
        y = top;
        for (const l of desc) { flow.emitLine(l, x + termWidth, y, body); y += l.height; }
      });
      if (i + 1 < items.length) flow.y += t.spacing.list;
    });
  }
}

function sum(lines: Line[]): number {
  return lines.reduce((s, l) => s + l.height, 0);
}
