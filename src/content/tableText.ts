// Content stage: how a table reads as plain text, in one place. The article's text (where the analysis
// takes its quotes), the source text compose shows and the lines ingest writes from a web page's table
// all join cells this way, so a quote that runs across two cells is the same string in each.

/** Between two cells of a row. */
export const CELL_SEPARATOR = ' | ';

/** Rows of cell texts as one line of text: cells joined by the separator, rows by a space (a line break's plain text). */
export function tableText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.join(CELL_SEPARATOR)).join(' ');
}
