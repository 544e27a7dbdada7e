// The snapshot's bundle is written in ASCII (scripts/asciiSource.mjs): the escaped source must mean the
// same program — here, regular-expression literals as esbuild leaves them, with non-ASCII characters raw.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the install scripts, without types
import { asciiOnly } from '../../scripts/asciiSource.mjs';

const escape = asciiOnly as (text: string) => string;

/** Evaluates an expression given as source. */
const evaluate = (source: string): unknown => new Function(`return (${source});`)();

const SUBJECTS = ['a – b', 'a — b', 'a - b', '“quoted”', 'it’s', '≠ 5', 'x\\– y', '😀 smile', '\uD83D alone', 'plain'];

describe('asciiOnly', () => {
  const literals = [
    String.raw`/[-–—]/`,
    String.raw`/^([0-9]{1,4}) ?[–—] ?([0-9]{1,4})$/`,
    String.raw`/[“”"]([^“”"]+)[“”"]/g`,
    String.raw`/it[’']s/i`,
    String.raw`/\–/`,
    String.raw`/\\–/`,
    String.raw`/[–-—]/u`,
    String.raw`/😀/u`,
    String.raw`/😀/`,
    String.raw`/[≠=]\s*\d/v`,
  ];

  it.each(literals)('keeps %s matching what it matched', (literal) => {
    const escaped = escape(literal);
    expect(escaped).toMatch(/^[\x00-\x7f]*$/);
    const before = evaluate(literal) as RegExp;
    const after = evaluate(escaped) as RegExp;
    expect(after.flags).toBe(before.flags);
    for (const s of SUBJECTS) expect(s.match(after), `${literal} on ${s}`).toEqual(s.match(before));
  });

  it('leaves ASCII text, escapes already written and strings alone in meaning', () => {
    const source = String.raw`["plain \u2013 text", 'it’s', ` + '`—${1}`' + String.raw`, /\u2014/]`;
    const escaped = escape(source);
    expect(escaped).toMatch(/^[\x00-\x7f]*$/);
    expect(String(evaluate(escaped))).toBe(String(evaluate(source)));
    expect(escape('const a = 1; // no change')).toBe('const a = 1; // no change');
  });
});
