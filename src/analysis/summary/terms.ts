// Analysis stage (shared by summary and actors): content terms of a text — Porter stems without stop
// words, numbers kept as written digits — and TF-IDF cosine over them. The stemmer is the pack's
// (lang().stem: Porter's for English).
import { lang, perPack } from '../lang/index.js';


/** Stemmed content words and numbers of `text`, in order. */
export function contentTerms(text: string): string[] {
  const stems = stemsOf();
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\p{L}+(?:['’]\p{L}+)?|\d[\d,.]*\d|\d/gu)) {
    const w = m[0];
    if (/^\d/.test(w)) { out.push(w.replace(/,/g, '')); continue; }
    const bare = w.replace(/['’]s$/, '');
    if (bare.length < 2 || lang().TERM_STOPWORDS.has(bare)) continue;
    out.push(stem(bare, stems));
  }
  return out;
}

/** Stems by word, per pack: the same few thousand words recur in every sentence of a corpus. */
const stemsOf = perPack(() => new Map<string, string>());

function stem(word: string, stems: Map<string, string>): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= 100_000) stems.clear();
    s = lang().stem(word);
    stems.set(word, s);
  }
  return s;
}

export type Vector = Map<string, number>;

/** TF-IDF vectors of documents given as term lists (idf smoothed so a term in every document still counts a little). */
export function tfidf(docs: string[][]): Vector[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const v: Vector = new Map();
    for (const t of d) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, tf * Math.log(1 + n / (df.get(t) ?? 1)));
    return v;
  });
}

export function cosine(a: Vector, b: Vector): number {
  const na = norm(a);
  const nb = norm(b);
  if (na === 0 || nb === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, x] of small) { const y = large.get(t); if (y) dot += x * y; }
  return dot / (na * nb);
}

const norms = new WeakMap<Vector, number>();

export function norm(v: Vector): number {
  let n = norms.get(v);
  if (n === undefined) {
    n = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
    norms.set(v, n);
  }
  return n;
}
