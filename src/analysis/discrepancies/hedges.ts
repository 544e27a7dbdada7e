// Analysis stage (discrepancies): a figure some sources give as official while others say it was not
// confirmed, is unclear, or was deleted — the reader must know the number is contested.
import { type SentenceRef } from '../text/corpus.js';
import { lang } from '../lang/index.js';
import type { Discrepancy, Figure, FigureValue, Finding, Statement } from '../types.js';
import { sentenceStatement, valueStatement } from './statements.js';

export function hedgedFigures(sentences: SentenceRef[], figures: Figure[]): Discrepancy[] {
  const byFigure = new Map<Figure, SentenceRef[]>();
  for (const ref of sentences) {
    const text = ref.sentence.text;
    if (!lang().UNCONFIRMED.test(text) || !lang().DATA_WORDS.test(text)) continue;
    const target = figureNear(figures, ref);
    if (target) byFigure.set(target, [...(byFigure.get(target) ?? []), ref]);
  }
  const out: Discrepancy[] = [];
  let n = 0;
  for (const [f, hedges] of byFigure) {
    const hedging = new Set(hedges.map((h) => h.source));
    const official = f.values.filter((v) => !hedging.has(v.source) && v.attribution && lang().OFFICIAL_SOURCE.test(v.attribution));
    if (!official.length) continue;
    const statements: Statement[] = [
      ...official.map((v) => withAttribution(v, sentences)),
      ...hedges.map(sentenceStatement),
    ];
    const finding: Finding = { rule: 'unconfirmed', label: f.label, official: { value: [...new Set(official.map((v) => v.attribution!))], sources: official.map((v) => v.source) }, hedging: [...hedging] };
    out.push({ id: `claim-hedge-${++n}`, kind: 'claim', finding, statements });
    if (!f.discrepancy) f.discrepancy = out[out.length - 1].id;
  }
  return out;
}

/**
 * The note rests on who gave the figure, so its quote must show that: the value's quote widened to the
 * attribution in its sentence ("At least 12 died …, according to the ministry").
 */
function withAttribution(v: FigureValue, sentences: SentenceRef[]): Statement {
  const plain = valueStatement(v);
  if (!v.attribution || v.quote.includes(v.attribution)) return plain;
  const ref = sentences.find((r) => r.source === v.source && r.paragraph === v.paragraph && r.sentence.text.includes(v.quote) && r.sentence.text.includes(v.attribution!));
  if (!ref) return plain;
  const text = ref.sentence.text;
  const from = Math.min(text.indexOf(v.quote), text.indexOf(v.attribution));
  const to = Math.max(text.indexOf(v.quote) + v.quote.length, text.indexOf(v.attribution) + v.attribution.length);
  return { ...plain, quote: text.slice(from, to), start: ref.sentence.start + from };
}

/** The figure the hedge is about: reported in the same or the previous ¶ of the source, by most sources. */
function figureNear(figures: Figure[], ref: SentenceRef): Figure | null {
  const near = figures.filter((f) => !f.background && f.values.some((v) => v.source === ref.source && (v.paragraph === ref.paragraph || v.paragraph === ref.paragraph - 1)));
  const spread = (f: Figure) => new Set(f.values.map((v) => v.source)).size;
  return near.sort((a, b) => spread(b) - spread(a) || b.values.length - a.values.length)[0] ?? null;
}
