// Analysis stage (actors): transliteration-aware comparison of name words — "Gorbachev/Gorbatschow",
// "Qadhafi/Gaddafi", "Selenskyj/Zelensky" — by sound-class skeletons, Double Metaphone
// and normalised edit distance, so spellings from different transliteration schemes meet.
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';

/** Lower-case ASCII letters only: diacritics removed ("Gorbatschow" stays, "Łukasz" → "lukasz"). */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/ß/g, 'ss')
    .toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * Rewrites a folded word into a common romanisation: the same sound written by English, German, French
 * or scholarly schemes ends up spelled alike. Returns a few readings where a digraph is ambiguous
 * ("ch" is /tʃ/ in English, /x/ in German).
 */
export function romanisations(word: string): string[] {
  let w = fold(word);
  w = w.replace(/tsch/g, 'ch').replace(/dzh/g, 'j').replace(/zh/g, 'j').replace(/dj/g, 'j').replace(/sch/g, 'sh')
    .replace(/kh/g, 'h').replace(/ph/g, 'f').replace(/th/g, 't').replace(/dh/g, 'd').replace(/gh/g, 'g')
    .replace(/ck/g, 'k').replace(/q/g, 'k').replace(/w/g, 'v').replace(/x/g, 'ks')
    .replace(/([aeiou])j/g, '$1y').replace(/y/g, 'i').replace(/ie/g, 'i').replace(/ou/g, 'u')
    .replace(/(ov|off|ow)$/, 'ov').replace(/ij$/, 'i').replace(/ii$/, 'i').replace(/([a-z])\1/g, '$1');
  const readings = new Set([w]);
  if (w.includes('ch')) readings.add(w.replace(/ch/g, 'h'));
  // Russian ё is written "yo", "jo" or "e" ("Narmirjov" / "Narmirev")
  if (/[ij]o/.test(w)) readings.add(w.replace(/(^|[^aeiou])[ij]+o/g, '$1e'));
  // an initial iotation is written or not ("Yevgeny" / "Evgeny", "Iekaterina" / "Ekaterina")
  for (const r of [...readings]) if (/^i[aeiou]/.test(r)) readings.add(r.slice(1));
  return [...readings];
}

const CLASS: Record<string, string> = {
  b: '1', f: '1', p: '1', v: '1', c: '2', g: '2', j: '2', k: '2', s: '2', z: '2', d: '3', t: '3', l: '4', m: '5', n: '5', r: '6',
};

/** Sound-class skeleton (Soundex classes over the whole word, vowels dropped, repeats collapsed). */
export function skeleton(romanised: string): string {
  let out = romanised[0] ?? '';
  let prev = CLASS[romanised[0]] ?? '';
  for (const ch of romanised.slice(1)) {
    const c = CLASS[ch] ?? '';
    if (c && c !== prev) out += c;
    prev = c || (ch === 'h' ? prev : '');
  }
  // the first letter counts by class too, so "Kasym" and "Qassim" (k/q) or "Zelensky"/"Selenskyj" meet
  return (CLASS[out[0]] ?? out[0]) + out.slice(1);
}

/** Edit similarity in [0, 1] over the romanised forms. */
export function similarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - distance(a, b) / n;
}

/** How alike two name words are in letters under their closest transliterations (1 = the same). */
export function nameSimilarity(a: string, b: string): number {
  let best = similarity(fold(a), fold(b));
  for (const x of romanisations(a)) for (const y of romanisations(b)) best = Math.max(best, similarity(x, y));
  return best;
}

/** True when two name words are spellings of one name under some transliteration. */
export function sameNameWord(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return true;
  if (fa.length < 3 || fb.length < 3) return false;
  const ra = romanisations(a);
  const rb = romanisations(b);
  let best = 0;
  let skeletonMatch = false;
  for (const x of ra) {
    for (const y of rb) {
      if (x === y) return true;
      best = Math.max(best, similarity(x, y));
      if (skeleton(x) === skeleton(y)) skeletonMatch = true;
    }
  }
  const [a1, a2] = doubleMetaphone(fa);
  const [b1, b2] = doubleMetaphone(fb);
  const phonetic = a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2;
  // Sound classes or phonetic codes say the words sound alike; edit similarity guards against
  // unrelated words that merely share a consonant frame ("Pompeo"/"Biden" style pairs).
  return (skeletonMatch || phonetic) && best >= 0.5;
}
