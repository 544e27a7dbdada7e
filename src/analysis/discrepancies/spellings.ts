// Analysis stage (discrepancies): one name spelt differently by different sources — "Storm Chasers" /
// "Stormchasers", "Bern" / "Berne" — for any name, places included (a person's or body's spellings are
// also found by the actors extractor, which merges the mentions first; analysis/index.ts keeps one).
// Precision first, three conditions: the forms differ only by a joined space or hyphen, or by one vowel
// or one doubled letter (never a final "s" or "n": "Hawk"/"Hawks", "America"/"American" are other
// words); no source writes both (a source's own two forms are usually two names); and the two forms
// stand beside the same word somewhere ("Rivertown Storm Chasers" / "Rivertown Stormchasers", "Tarn,
// Ruritania" / "Tarne, Ruritania"), which two different names seldom do.
import { bySourceOrder, type SentenceRef } from '../text/corpus.js';
import { lang } from '../lang/index.js';
import type { Discrepancy } from '../types.js';
import { statementAt } from './statements.js';

interface Use { ref: SentenceRef; start: number; end: number; before: string | null; after: string | null }

/** A capitalised word, or two ("Storm Chasers"), with their neighbours. */
const NAME_WORD = /\p{Lu}[\p{L}’'-]*\p{L}|\p{Lu}/gu;
const VOWEL = /^[aeiouyàáâäèéêëìíîïòóôöùúûü]$/;

export function spellingVariants(sentences: SentenceRef[]): Discrepancy[] {
  // Uses by canonical form: a hyphen for a space ("Vice-Chair", "Lake-side") is house style, not
  // another spelling, and neither is case.
  const uses = new Map<string, Use[]>();
  const surfaces = new Map<string, string>();
  const add = (form: string, u: Use) => {
    const k = form.toLowerCase().replace(/-/g, ' ');
    if (!uses.has(k)) { uses.set(k, []); surfaces.set(k, form); }
    uses.get(k)!.push(u);
    // Shown as written in running text, not as an all-capitals headline writes it.
    if (/\p{Ll}/u.test(form) && !/\p{Ll}/u.test(surfaces.get(k)!)) surfaces.set(k, form);
  };
  for (const ref of sentences) {
    const text = ref.sentence.text;
    // In a title-case headline every word is capitalised: capitals there say nothing about names.
    if (isTitleCase(text)) continue;
    const words = [...text.matchAll(NAME_WORD)].map((m) => ({ text: m[0].replace(/[’']s$/, ''), start: m.index, end: m.index + m[0].length }));
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w.text.length < 2) continue;
      add(w.text, { ref, start: w.start, end: w.end, before: neighbour(text, w.start, -1), after: neighbour(text, w.end, 1) });
      const next = words[i + 1];
      if (next && /^ $/.test(text.slice(w.end, next.start))) {
        add(`${w.text} ${next.text}`, { ref, start: w.start, end: next.end, before: neighbour(text, w.start, -1), after: neighbour(text, next.end, 1) });
      }
    }
  }
  const forms = [...uses.keys()];
  const pairs: [string, string][] = [];
  // Joined: "Storm Chasers" / "Stormchasers".
  const joined = new Map<string, string[]>();
  for (const f of forms) {
    const k = f.replace(/\s/g, '');
    if (!joined.has(k)) joined.set(k, []);
    joined.get(k)!.push(f);
  }
  for (const group of joined.values()) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) pairs.push([group[i], group[j]]);
  }
  // One vowel or one doubled letter more: "Bern" / "Berne". Only words written with small letters.
  const single = new Set(forms.filter((f) => !/\s/.test(f) && f.length >= 4 && /\p{Ll}/u.test(surfaces.get(f)!.slice(1))));
  for (const f of single) {
    for (let i = 1; i < f.length; i++) {
      const shorter = f.slice(0, i) + f.slice(i + 1);
      if (!single.has(shorter)) continue;
      const letter = f[i];
      if (!VOWEL.test(letter) && f[i - 1] !== letter) continue;
      pairs.push([shorter, f]);
    }
  }
  const out: Discrepancy[] = [];
  for (const [a, b] of pairs) {
    const ua = uses.get(a)!.filter((u) => !insideLonger(u, b));
    const ub = uses.get(b)!.filter((u) => !insideLonger(u, a));
    const sa = new Set(ua.map((u) => u.ref.source));
    const sb = new Set(ub.map((u) => u.ref.source));
    if (!sa.size || !sb.size || [...sa].some((s) => sb.has(s))) continue;
    // Quoted where a form stands beside a word the other form stands beside too: one use per source.
    const na = ua.filter((u) => sharesNeighbour([u], ub));
    const nb = ub.filter((u) => sharesNeighbour([u], ua));
    if (!na.length || !nb.length) continue;
    const first = new Map<string, Use>();
    for (const u of [...na, ...nb]) if (!first.has(u.ref.source)) first.set(u.ref.source, u);
    const chosen = [...first.values()].sort((x, y) => bySourceOrder(x.ref.source, y.ref.source) || x.ref.paragraph - y.ref.paragraph);
    const [ta, tb] = [surfaces.get(a)!, surfaces.get(b)!];
    out.push({
      id: `spelling-${out.length}`, kind: 'name', finding: { rule: 'spelling', a: { value: ta, sources: [...sa] }, b: { value: tb, sources: [...sb] } },
      statements: chosen.map((u) => statementAt(u.ref, u.start, u.end, 25, 25)),
    });
  }
  return out;
}

/** How far before a name its neighbour is looked for: an end-anchored pattern over the whole text before
 * it was quadratic in a long run of letters (a 100,000-letter word before a name: 17 s). */
const LOOK_BACK = 120;

/** The content word next to a name (past a comma), lower-cased; null for a stop word or none. */
function neighbour(text: string, at: number, dir: 1 | -1): string | null {
  const m = dir === 1 ? /^,?\s+([\p{L}’'-]+)/u.exec(text.slice(at, at + LOOK_BACK)) : /([\p{L}’'-]+),?\s+$/u.exec(text.slice(Math.max(0, at - LOOK_BACK), at));
  const w = m?.[1].replace(/[’']s$/, '').toLowerCase();
  return w && w.length > 2 && !lang().STOPWORDS.has(w) ? w : null;
}

function sharesNeighbour(a: Use[], b: Use[]): boolean {
  const before = new Set(a.map((u) => u.before).filter(Boolean));
  const after = new Set(a.map((u) => u.after).filter(Boolean));
  return b.some((u) => (u.before !== null && before.has(u.before)) || (u.after !== null && after.has(u.after)));
}

function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

/** A one-word use that is part of the other, two-word form ("Storm" of "Storm Chasers"). */
function insideLonger(u: Use, other: string): boolean {
  const text = u.ref.sentence.text.toLowerCase().replace(/-/g, ' ');
  return other.includes(' ') && text.slice(Math.max(0, u.end - other.length), u.end + other.length).includes(other);
}
