// PDF writer, shaping: an exact fast path for fontkit's OpenType shaping of plain Latin text. fontkit runs
// every lookup over every glyph of each string it shapes and first decodes each lookup whole, which was
// most of the PDF writer's time. For text whose only substitutions are ligatures and whose only
// positioning is pair kerning, the same result comes from the font's glyphs, ligature lists and pair
// values, read here from the font's tables (see opentype.ts) and cached. Anything else (marks, contextual
// lookups, other scripts, other table shapes) is still shaped by fontkit.
import { type FontkitFont, type Glyph, type GlyphRun, type Position, type Processor, fontInternals, routeDefaultLayout } from './backend/fontkit.js';
import { IGNORE_BASE_GLYPHS, IGNORE_LIGATURES, OtReader, RIGHT_TO_LEFT, Unsupported, addValue, valueSize } from './opentype.js';

/** What the fast path takes: Latin letters, and Common-script punctuation, digits and symbols that need
 * no normalisation and are not default-ignorable (fontkit hides those: U+00AD), nor the fraction slash
 * (which switches on local fraction features). */
const NOT_SIMPLE = 0;
const COMMON = 1;
const LATIN = 2;
function charClass(c: number): number {
  if (c < 0x20) return NOT_SIMPLE;
  if (c < 0x7f) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? LATIN : COMMON;
  if (c < 0xa0 || c === 0xad) return NOT_SIMPLE;
  if (c < 0xc0) return c === 0xaa || c === 0xba ? LATIN : COMMON;
  if (c <= 0x24f) return c === 0xd7 || c === 0xf7 ? COMMON : LATIN;
  if (c >= 0x1e00 && c <= 0x1eff) return LATIN;
  if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e && c !== 0x2044) || (c >= 0x20a0 && c <= 0x20c0)) return COMMON;
  // Arrows and mathematical operators ('≠', '≈', '−' in the key figures): otherwise a fallback face's
  // first such symbol has fontkit decode the lookups of its whole GSUB and GPOS (seed: ≈65 ms of CPU for
  // '≠' in two DejaVu faces; the fast path's plans for them ≈15 ms).
  if (c >= 0x2190 && c <= 0x22ff) return COMMON;
  return NOT_SIMPLE;
}
/** The features fontkit's default shaper applies to every glyph (its fraction features apply only next
 * to a fraction slash), and the script tags it gives Latin and script-less text. */
export const GLOBAL_FEATURES = ['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'];
const SCRIPT_TAG = { latin: 'latn', common: 'zzzz' };
const GSUB_EXTENSION = 7;
const GPOS_EXTENSION = 9;

/** Glyph sets that must all occur in a text for a lookup subtable to possibly apply. */
type Guard = Set<number>[];
type Ligatures = Map<number, { glyph: number; components: number[] }[]>;
/** One GSUB lookup: applied here when it is a plain ligature lookup, otherwise only guarded against. */
type GsubStep = { ligatures: Ligatures[] } | { guards: Guard[] };
interface PairSubtable { at: number; format: number; coverage: Map<number, number>; vf1: number; vf2: number; classDef1?: Map<number, number>; classDef2?: Map<number, number> }
/** Adjustments a pair adds to its first and second glyph: xAdvance, yAdvance, xOffset, yOffset. */
type PairDelta = { first: number[]; second: number[] } | null;
interface Info { id: number; codePoints: number[] }

/** What shaping text of one script in one font needs: its lookups as steps, guards and pair tables. */
class ScriptPlan {
  private readonly gsub: GsubStep[] = [];
  private readonly gposGuards: Guard[] = [];
  private readonly pairLookups: PairSubtable[][] = [];
  /** Glyphs that can start a ligature or belong to a guard's smallest set: text without them needs no lookup. */
  readonly suspects = new Set<number>();
  private readonly pairs = new Map<number, PairDelta>();

  /** `common`: glyphs of frequent characters (ASCII), which a guard's key set should avoid. */
  constructor(private readonly r: OtReader, gsub: { table: number; lookups: number[] } | undefined, gpos: { table: number; lookups: number[] }, private readonly common: Set<number>) {
    for (const index of gsub?.lookups ?? []) this.gsub.push(this.gsubStep(r.lookup(gsub!.table, index, GSUB_EXTENSION)));
    for (const index of gpos.lookups) {
      const lookup = r.lookup(gpos.table, index, GPOS_EXTENSION);
      if (lookup.type === 2) {
        // Pair values simply add up when no glyph is skipped (the texts here have no marks).
        if (lookup.flags & (IGNORE_BASE_GLYPHS | IGNORE_LIGATURES | RIGHT_TO_LEFT)) throw new Unsupported('pair lookup flags');
        this.pairLookups.push(lookup.subtables.map((at) => this.pairSubtable(at)));
      } else for (const at of lookup.subtables) this.gposGuards.push(this.guard(r.requiredCoverages(at, lookup.type, true)));
    }
  }

  /** The glyphs after substitution, or undefined when a lookup not modelled here might apply. */
  substitute(infos: Info[]): Info[] | undefined {
    if (!infos.some((g) => this.suspects.has(g.id))) return infos;
    let out = infos;
    for (const step of this.gsub) {
      if ('ligatures' in step) out = applyLigatures(step.ligatures, out);
      else if (step.guards.some((g) => mayApply(g, out))) return undefined;
    }
    return this.gposGuards.some((g) => mayApply(g, out)) ? undefined : out;
  }

  /** Pair positioning between two neighbouring glyphs, summed over the pair lookups as fontkit applies them. */
  pair(a: number, b: number): PairDelta {
    const key = a * 65536 + b;
    let d = this.pairs.get(key);
    if (d === undefined) {
      d = null;
      for (const subtables of this.pairLookups) {
        for (const st of subtables) {
          const record = this.pairRecord(st, a, b);
          if (record === undefined) continue;
          d ??= { first: [0, 0, 0, 0], second: [0, 0, 0, 0] };
          addValue(this.r, record, st.vf1, d.first);
          addValue(this.r, record + valueSize(st.vf1), st.vf2, d.second);
          break;
        }
      }
      this.pairs.set(key, d);
    }
    return d;
  }

  /** Offset of the value records for (a, b) in a pair subtable; undefined when it does not apply. */
  private pairRecord(st: PairSubtable, a: number, b: number): number | undefined {
    const index = st.coverage.get(a);
    if (index === undefined) return undefined;
    const size = valueSize(st.vf1) + valueSize(st.vf2);
    if (st.format === 1) {
      if (index >= this.r.u16(st.at + 8)) throw new Unsupported('pair set index');
      const set = st.at + this.r.u16(st.at + 10 + 2 * index);
      for (let i = 0, n = this.r.u16(set); i < n; i++) {
        const rec = set + 2 + i * (2 + size);
        if (this.r.u16(rec) === b) return rec + 2;
      }
      return undefined;
    }
    // Class pairs: any glyph in the coverage applies, with class 0 for glyphs outside a class definition.
    const c1 = st.classDef1!.get(a) ?? 0;
    const c2 = st.classDef2!.get(b) ?? 0;
    const n1 = this.r.u16(st.at + 12);
    const n2 = this.r.u16(st.at + 14);
    if (c1 >= n1 || c2 >= n2) throw new Unsupported('pair class');
    return st.at + 16 + (c1 * n2 + c2) * size;
  }

  private pairSubtable(at: number): PairSubtable {
    const format = this.r.u16(at);
    const st: PairSubtable = { at, format, coverage: this.r.coverage(at + this.r.u16(at + 2)), vf1: this.r.u16(at + 4), vf2: this.r.u16(at + 6) };
    if (format === 2) {
      st.classDef1 = this.r.classDef(at + this.r.u16(at + 8));
      st.classDef2 = this.r.classDef(at + this.r.u16(at + 10));
    } else if (format !== 1) throw new Unsupported(`pair format ${format}`);
    return st;
  }

  private gsubStep(lookup: { type: number; flags: number; subtables: number[] }): GsubStep {
    if (lookup.type === 4 && !(lookup.flags & (IGNORE_BASE_GLYPHS | IGNORE_LIGATURES))) {
      const ligatures = lookup.subtables.map((at) => this.r.ligatures(at));
      for (const l of ligatures) for (const first of l.keys()) this.suspects.add(first);
      return { ligatures };
    }
    return { guards: lookup.subtables.map((at) => this.guard(this.r.requiredCoverages(at, lookup.type, false))) };
  }

  /** A guard's sets, rarest in plain text first (a mark coverage before a base coverage): checks fail
   * early, and only text with a glyph of the first set is suspect. */
  private guard(coverages: number[]): Guard {
    const frequent = (set: Set<number>) => [...this.common].filter((g) => set.has(g)).length;
    const sets = coverages.map((at) => new Set(this.r.coverage(at).keys())).sort((a, b) => frequent(a) - frequent(b) || a.size - b.size);
    for (const g of sets[0]) this.suspects.add(g);
    return sets;
  }
}

/** A plain ligature lookup as fontkit applies it: left to right, first matching subtable and ligature. */
function applyLigatures(subtables: Ligatures[], infos: Info[]): Info[] {
  const out = [...infos];
  for (let i = 0; i < out.length; i++) {
    for (const ligatures of subtables) {
      const lig = ligatures.get(out[i].id)?.find((l) => l.components.every((c, k) => out[i + 1 + k]?.id === c));
      if (!lig) continue;
      const parts = out.splice(i, 1 + lig.components.length, { id: lig.glyph, codePoints: [] });
      out[i].codePoints = parts.flatMap((p) => p.codePoints);
      break;
    }
  }
  return out;
}

function mayApply(guard: Guard, infos: Info[]): boolean {
  return guard.every((set) => infos.some((g) => set.has(g.id)));
}

/** A shaped run with fontkit's GlyphRun shape (glyphs, positions, advanceWidth). pdfkit scales the
 * positions in place, then asks for the advance on every measurement: it is summed once, when first
 * asked (after scaling). */
class FastRun implements GlyphRun {
  private width?: number;
  constructor(readonly glyphs: Glyph[], readonly positions: Position[]) {}
  get advanceWidth(): number {
    if (this.width === undefined) {
      let w = 0;
      for (const p of this.positions) w += p.xAdvance;
      this.width = w;
    }
    return this.width;
  }
}

/** The fast path for one font; `layout` gives undefined when fontkit must shape the text. */
export class FastShaper {
  private readonly plans = new Map<string, ScriptPlan | null>();
  /** Plans by the lookups they apply: scripts selecting the same lookups share one. */
  private readonly plansByLookups = new Map<string, ScriptPlan>();
  private readonly glyphs = new Map<number, { glyph: Glyph; mark: boolean }>();
  private reader?: OtReader;
  private glyphClass?: Map<number, number>;

  constructor(private readonly font: FontkitFont) {}

  layout(text: string): GlyphRun | undefined {
    let script = COMMON;
    for (let i = 0; i < text.length; i++) {
      const k = charClass(text.charCodeAt(i));
      if (k === NOT_SIMPLE) return undefined;
      if (k === LATIN) script = LATIN;
    }
    const plan = text.length > 0 ? this.plan(script === LATIN ? SCRIPT_TAG.latin : SCRIPT_TAG.common) : null;
    if (!plan) return undefined;
    try {
      let glyphs: Glyph[] = [];
      let suspect = false;
      for (let i = 0; i < text.length; i++) {
        const g = this.glyph(text.charCodeAt(i));
        // Marks change which glyphs lookups see (and get positioned themselves): fontkit's job.
        if (g.mark) return undefined;
        glyphs.push(g.glyph);
        suspect ||= plan.suspects.has(g.glyph.id);
      }
      if (suspect) {
        const infos = glyphs.map((g, i): Info => ({ id: g.id, codePoints: [text.charCodeAt(i)] }));
        const shaped = plan.substitute(infos);
        if (!shaped || shaped.some((g) => this.classOf(g.id) === 3)) return undefined;
        const unchanged = new Set(infos);
        glyphs = shaped.map((g) => (unchanged.has(g) ? this.glyph(g.codePoints[0]).glyph : this.font.getGlyph(g.id, g.codePoints)));
      }
      const positions = glyphs.map((g): Position => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
      for (let i = 0; i + 1 < glyphs.length; i++) {
        const d = plan.pair(glyphs[i].id, glyphs[i + 1].id);
        if (!d) continue;
        move(positions[i], d.first);
        move(positions[i + 1], d.second);
      }
      return new FastRun(glyphs, positions);
    } catch (e) {
      if (e instanceof Unsupported) return undefined;
      throw e;
    }
  }

  /** The font's glyph for a character, and whether GDEF classes it as a mark. */
  private glyph(cp: number): { glyph: Glyph; mark: boolean } {
    let g = this.glyphs.get(cp);
    if (!g) {
      const glyph = this.font.glyphForCodePoint(cp);
      g = { glyph, mark: this.classOf(glyph.id) === 3 };
      this.glyphs.set(cp, g);
    }
    return g;
  }

  /** GDEF glyph class (1 base, 2 ligature, 3 mark; 0 unclassified). */
  private classOf(id: number): number {
    return this.glyphClass?.get(id) ?? 0;
  }

  private plan(script: string): ScriptPlan | null {
    let plan = this.plans.get(script);
    if (plan === undefined) {
      try {
        plan = this.buildPlan(script);
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        plan = null;
      }
      this.plans.set(script, plan);
    }
    return plan;
  }

  /** The lookups fontkit would select for the script, read from the font's bytes. */
  private buildPlan(script: string): ScriptPlan | null {
    const { font } = this;
    const { tables, engine, bytes, kern, morx, fvar } = fontInternals(font);
    if (font.type !== 'TTF' || morx || fvar || !tables?.GPOS || !engine?.GPOSProcessor || !bytes) return null;
    this.reader ??= new OtReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const gdef = tables.GDEF?.offset;
    if (gdef !== undefined && !this.glyphClass) {
      const classDef = this.reader.u16(gdef + 4);
      this.glyphClass = classDef ? this.reader.classDef(gdef + classDef) : new Map();
    }
    // Without GDEF fontkit tells marks by their Unicode category, and none are in SIMPLE.
    const lookups = (p: Processor | null | undefined) => {
      if (!p) return [];
      p.selectScript(script, undefined, 'ltr');
      return GLOBAL_FEATURES.flatMap((f) => p.features[f]?.lookupListIndexes ?? []).sort((a, b) => a - b);
    };
    const gsubLookups = lookups(engine.GSUBProcessor);
    const gposLookups = lookups(engine.GPOSProcessor);
    // Without GPOS kerning fontkit falls back to the legacy 'kern' table, which is not read here.
    if (!engine.GPOSProcessor.features.kern && kern) return null;
    const gsub = tables.GSUB && engine.GSUBProcessor ? { table: tables.GSUB.offset, lookups: gsubLookups } : undefined;
    const key = `${gsub ? gsubLookups.join() : '-'}|${gposLookups.join()}`;
    let plan = this.plansByLookups.get(key);
    if (!plan) {
      const ascii = new Set(Array.from({ length: 0x5f }, (_, i) => this.glyph(0x20 + i).glyph.id));
      plan = new ScriptPlan(this.reader, gsub, { table: tables.GPOS.offset, lookups: gposLookups }, ascii);
      this.plansByLookups.set(key, plan);
    }
    return plan;
  }
}

function move(p: Position, d: number[]): void {
  p.xAdvance += d[0];
  p.yAdvance += d[1];
  p.xOffset += d[2];
  p.yOffset += d[3];
}

/** Routes a fontkit font's default layout (what pdfkit asks for) through the fast path, once per font. */
export function useFastShaping(font: FontkitFont): void {
  routeDefaultLayout(font, () => new FastShaper(font));
}
