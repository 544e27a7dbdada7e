// Content stage: a date in front matter or settings — YYYY-MM-DD and a real day of the calendar
// ('2022-02-30' is refused, not read as 2 March).
import { z } from 'zod';

function realDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d); // not Date.UTC: it reads years 0–99 as 1900–1999
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export const isoDate = z.union([
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2022-01-10').refine(realDay, 'not a day of the calendar'),
  z.date().refine((d) => !Number.isNaN(d.getTime()), 'not a valid date').transform((d) => d.toISOString().slice(0, 10)),
]);
