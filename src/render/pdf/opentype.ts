// PDF writer, OpenType tables for the fast shaper: reads lookups, coverage, class definitions, ligatures and
// pair adjustments straight from a font's GSUB/GPOS/GDEF bytes. fontkit decodes a lookup whole (a mark
// lookup's anchors for every glyph) the first time it shapes anything; these readers take only what is asked.

/** Thrown for a table shape the fast shaper does not model; the font is then shaped by fontkit alone. */
export class Unsupported extends Error {}

/** Lookup flag bits (OpenType LookupFlag). */
export const IGNORE_BASE_GLYPHS = 0x2;
export const IGNORE_LIGATURES = 0x4;
export const RIGHT_TO_LEFT = 0x1;

export interface RawLookup {
  type: number;
  flags: number;
  /** Absolute offsets of the subtables (extension subtables resolved). */
  subtables: number[];
}

/** Glyph → coverage index; the first entry wins, as in fontkit's coverage search. */
export type Coverage = Map<number, number>;

export class OtReader {
  constructor(readonly view: DataView) {}

  u16(at: number): number {
    return this.view.getUint16(at);
  }

  i16(at: number): number {
    return this.view.getInt16(at);
  }

  /** Lookup `index` of a GSUB or GPOS table starting at `table`; `extension` is the table's extension type. */
  lookup(table: number, index: number, extension: number): RawLookup {
    const list = table + this.u16(table + 8);
    if (index >= this.u16(list)) throw new Unsupported('lookup index');
    const at = list + this.u16(list + 2 + 2 * index);
    let type = this.u16(at);
    const flags = this.u16(at + 2);
    const subtables = Array.from({ length: this.u16(at + 4) }, (_, i) => at + this.u16(at + 6 + 2 * i));
    if (type === extension) {
      // An extension subtable names the real type and points (32-bit) at the real subtable.
      const types = new Set(subtables.map((st) => this.u16(st + 2)));
      if (types.size !== 1) throw new Unsupported('mixed extension types');
      type = [...types][0];
      return { type, flags, subtables: subtables.map((st) => st + this.view.getUint32(st + 4)) };
    }
    return { type, flags, subtables };
  }

  coverage(at: number): Coverage {
    const map: Coverage = new Map();
    const format = this.u16(at);
    const count = this.u16(at + 2);
    if (format === 1) {
      for (let i = 0; i < count; i++) {
        const g = this.u16(at + 4 + 2 * i);
        if (!map.has(g)) map.set(g, i);
      }
    } else if (format === 2) {
      for (let r = 0; r < count; r++) {
        const rec = at + 4 + 6 * r;
        const start = this.u16(rec);
        const end = this.u16(rec + 2);
        const index = this.u16(rec + 4);
        for (let g = start; g <= end; g++) if (!map.has(g)) map.set(g, index + g - start);
      }
    } else throw new Unsupported(`coverage format ${format}`);
    return map;
  }

  /** Glyph → class (absent glyphs are class 0); the first range wins, as in fontkit. */
  classDef(at: number): Map<number, number> {
    const map = new Map<number, number>();
    const format = this.u16(at);
    if (format === 1) {
      const start = this.u16(at + 2);
      for (let i = 0; i < this.u16(at + 4); i++) map.set(start + i, this.u16(at + 6 + 2 * i));
    } else if (format === 2) {
      for (let r = 0; r < this.u16(at + 2); r++) {
        const rec = at + 4 + 6 * r;
        for (let g = this.u16(rec); g <= this.u16(rec + 2); g++) if (!map.has(g)) map.set(g, this.u16(rec + 4));
      }
    } else throw new Unsupported(`class definition format ${format}`);
    return map;
  }

  /** The coverage tables a subtable's rule needs present in the text, all of them, for it to apply.
   * Contextual formats 1 and 2 are keyed by their first glyph only. */
  requiredCoverages(st: number, type: number, gpos: boolean): number[] {
    const contextual = gpos ? type === 7 || type === 8 : type === 5 || type === 6;
    if (contextual) {
      const format = this.u16(st);
      if (format !== 3) return [st + this.u16(st + 2)];
      const offsets = (at: number) => Array.from({ length: this.u16(at) }, (_, i) => st + this.u16(at + 2 + 2 * i));
      if (type === 5 || type === 7) return Array.from({ length: this.u16(st + 2) }, (_, i) => st + this.u16(st + 6 + 2 * i));
      const backtrack = st + 2;
      const input = backtrack + 2 + 2 * this.u16(backtrack);
      const lookahead = input + 2 + 2 * this.u16(input);
      return [...offsets(backtrack), ...offsets(input), ...offsets(lookahead)];
    }
    // Mark attachment (GPOS 4-6): the mark coverage and the base/ligature/mark coverage.
    if (gpos && type >= 4 && type <= 6) return [st + this.u16(st + 2), st + this.u16(st + 4)];
    if ((gpos && type <= 3) || (!gpos && type <= 4) || (!gpos && type === 8)) return [st + this.u16(st + 2)];
    throw new Unsupported(`${gpos ? 'GPOS' : 'GSUB'} lookup type ${type}`);
  }

  /** Ligatures of a GSUB type 4 subtable: first glyph → [ligature glyph, following components][] in order. */
  ligatures(st: number): Map<number, { glyph: number; components: number[] }[]> {
    const out = new Map<number, { glyph: number; components: number[] }[]>();
    const cov = this.coverage(st + this.u16(st + 2));
    for (const [first, index] of cov) {
      if (index >= this.u16(st + 4)) continue;
      const set = st + this.u16(st + 6 + 2 * index);
      const list = Array.from({ length: this.u16(set) }, (_, i) => {
        const lig = set + this.u16(set + 2 + 2 * i);
        const n = this.u16(lig + 2);
        return { glyph: this.u16(lig), components: Array.from({ length: Math.max(0, n - 1) }, (_, k) => this.u16(lig + 4 + 2 * k)) };
      });
      out.set(first, list);
    }
    return out;
  }
}

/** Sizes and readers of GPOS value records (only the four adjustments fontkit applies to static fonts). */
export function valueSize(format: number): number {
  let n = 0;
  for (let bit = 1; bit <= 0x80; bit <<= 1) if (format & bit) n += 2;
  return n;
}

/** Adds a value record's adjustments (x placement, y placement, x advance, y advance) to `d`
 * (ordered xAdvance, yAdvance, xOffset, yOffset). */
export function addValue(r: OtReader, at: number, format: number, d: number[]): void {
  let p = at;
  const field = (bit: number): number | undefined => {
    if (!(format & bit)) return undefined;
    const v = r.i16(p);
    p += 2;
    return v;
  };
  const xPlacement = field(0x1);
  const yPlacement = field(0x2);
  const xAdvance = field(0x4);
  const yAdvance = field(0x8);
  d[0] += xAdvance ?? 0;
  d[1] += yAdvance ?? 0;
  d[2] += xPlacement ?? 0;
  d[3] += yPlacement ?? 0;
}
