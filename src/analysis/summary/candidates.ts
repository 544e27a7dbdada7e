// Analysis stage (summary): the sentences a summary may quote — whole, declarative, long enough to say
// something, not a question, not a bare quotation, and readable without the sentence before it.
import type { Article } from '../../content/types.js';
import { splitSentences } from '../text/sentences.js';

export interface Candidate {
  source: string;
  paragraph: number;
  text: string;
  /** Offset in the paragraph text. */
  start: number;
  /** Position in its source, 0 (lead) … 1 (end). */
  position: number;
  /** Opens with a pronoun or connective that points back ("He said", "However"): weaker alone. */
  dependent: boolean;
}

const MIN_WORDS = 8;
const MAX_WORDS = 50;
const POINTS_BACK = /^(?:he|she|it|they|this|that|these|those|his|her|their|its|however|but|and|also|instead|meanwhile|for his part|in another context)\b/i;

export function candidateSentences(articles: Article[]): Candidate[] {
  const out: Candidate[] = [];
  for (const a of articles) {
    const total = Math.max(1, a.paragraphs.length - 1);
    a.paragraphs.forEach((p, i) => {
      for (const s of splitSentences(p.text)) {
        const words = s.text.split(/\s+/).length;
        if (words < MIN_WORDS || words > MAX_WORDS) continue;
        if (/\?["”’]?$/.test(s.text) || !/[.!"”’)]$/.test(s.text)) continue;
        if (/^[“"‘]/.test(s.text) || !/^[\p{Lu}\d“"]/u.test(s.text)) continue;
        if (unbalancedQuotes(s.text)) continue;
        out.push({ source: a.id, paragraph: p.n, text: s.text, start: s.start, position: i / total, dependent: POINTS_BACK.test(s.text) });
      }
    });
  }
  return out;
}

/** A sentence cut inside a quotation cannot stand alone. */
function unbalancedQuotes(t: string): boolean {
  const open = (t.match(/“/g) ?? []).length;
  const close = (t.match(/”/g) ?? []).length;
  const straight = (t.match(/"/g) ?? []).length;
  return open !== close || straight % 2 === 1;
}
