// Content stage: limits on how deeply markdown may nest, checked before marked parses it. marked recurses
// once per level: a 2 KB file of 2,000 '>' overflowed the stack, and a list 1,000 levels deep took 16 s
// (3,000 exhausted the heap). No news report nests a quote or list more than a few levels.
import { DossierError } from '../core/diagnostics.js';

/** Block quotes inside each other. */
export const MAX_QUOTE_DEPTH = 200;
/** Leading white space, in columns: lists nest by indenting 2–4 columns a level, so ≈ 100–200 levels. */
export const MAX_INDENT = 400;

/** A run of emphasis marks opens (or closes) one level per mark: 2,000 overflowed marked's stack. */
export const MAX_EMPHASIS_RUN = 500;

/** Refuses markdown nested beyond the limits, naming the first line that is. `firstLine` is the file line of `body`'s first line. */
export function checkNesting(body: string, file: string, firstLine: number): void {
  let line = firstLine;
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    let quotes = 0;
    let indent = 0;
    for (let i = start; i < end; i++) {
      const c = body.charCodeAt(i);
      if (c === 0x3e /* > */) quotes++;
      else if (c === 0x20) indent++;
      else if (c === 0x09) indent += 4 - (indent % 4);
      else break;
      if (quotes > MAX_QUOTE_DEPTH) {
        throw new DossierError({ message: `block quotes nested more than ${MAX_QUOTE_DEPTH} deep`, file, line, hint: 'a line starting with many ">" nests a quote per ">"; remove them or escape the first as "\\>"' });
      }
      if (indent > MAX_INDENT) {
        throw new DossierError({ message: `indented more than ${MAX_INDENT} columns (a list nested too deep)`, file, line, hint: 'lists nest one level per 2–4 columns of indentation; flatten the list' });
      }
    }
    const mark = end - start > MAX_EMPHASIS_RUN ? longRun(body, start, end) : undefined;
    // A line of nothing but the mark is a rule ("***"), which does not nest.
    if (mark && body.slice(start, end).replaceAll(mark, '').trim() !== '') {
      throw new DossierError({ message: `a run of more than ${MAX_EMPHASIS_RUN} "${mark}" (emphasis nested that deep)`, file, line, hint: `escape the marks ("\\${mark}") or remove them` });
    }
    start = end + 1;
    line++;
  }
}

/** The mark ('*' or '_') of a run longer than the limit in body[start, end), if any; one linear pass. */
function longRun(body: string, start: number, end: number): string | undefined {
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = body[i];
    run = (c === '*' || c === '_') && c === body[i - 1] ? run + 1 : 1;
    if (run > MAX_EMPHASIS_RUN) return c;
  }
  return undefined;
}

/** marked's recursion can still overflow on inline markup (thousands of nested '*'): a clear error, not a crash. */
export function nestingOverflow(e: unknown, file: string): DossierError | undefined {
  if (!(e instanceof RangeError) || !/call stack/i.test(e.message)) return undefined;
  return new DossierError({ message: 'markup nested too deeply to parse (thousands of levels of emphasis, links or quotes)', file, hint: 'remove the runs of "*", "_", "[" or ">" that nest' });
}
