// Language packs, figures, summary and actors: the words these rules read a report by are the pack's
// (lang().figures, lang().summary, lang().actors), so a second language is a new pack file, not a hunt
// through the rules. Checked two ways: a stub pack with invented words changes what the rules read (the
// same sentence or name reads differently in it and in English), and no rule file under figures/,
// summary/, discrepancies/, actors/ or the shared text/ spells an alternation of words in a pattern of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlaceName } from '../../src/analysis/actors/places.js';
import { findNumbers } from '../../src/analysis/text/numbers.js';
import { findQuantities } from '../../src/analysis/figures/quantities.js';
import { qualifierBefore } from '../../src/analysis/figures/qualifiers.js';
import { type LanguagePack, packFor, readingIn } from '../../src/analysis/lang/index.js';
import { cannotStandAlone } from '../../src/analysis/summary/standalone.js';
import { readability } from '../../src/analysis/summary/quality.js';
import { article } from './figuresHelpers.js';

const en = packFor('en');

/** English, but for a few figure and summary words of an invented language. */
const stub: LanguagePack = {
  ...en,
  code: 'xx',
  figures: {
    ...en.figures,
    QUALIFIERS: en.figures.QUALIFIERS.map(([kind, words]) => [kind, kind === 'at least' ? ['ulu'] : words]),
    NEGATED_COUNT: /\bnix\s+$/i,
  },
  summary: { ...en.summary, ANSWERS_BEFORE: ['ergo'], EARLIER: /^vorig\b/i },
  actors: { ...en.actors, PLACE_HEADS: new Set(['zorp']) },
  text: { ...en.text, UNITS: Object.assign(Object.create(null) as Record<string, number>, en.text.UNITS, { zwo: 2 }) },
};

describe('figures and summary read by the pack', () => {
  it('takes a qualifier’s words from the pack', () => {
    expect(qualifierBefore('the toll reached at least ')?.canonical).toBe('at least');
    expect(qualifierBefore('the toll reached ulu ')).toBeNull();
    readingIn(stub, () => {
      expect(qualifierBefore('the toll reached ulu ')?.canonical).toBe('at least');
      expect(qualifierBefore('the toll reached at least ')).toBeNull();
    });
  });

  it('reads a count in a whole article by the pack’s words', () => {
    const a = article('a', ['Police said nix 14 protesters were arrested in Tarrow on Sunday.']);
    const b = article('b', ['Police said not 14 protesters were arrested in Tarrow on Sunday.']);
    const arrests = (x: typeof a) => findQuantities(x).filter((q) => q.event === 'arrest').map((q) => q.value);
    // English: "not 14" is no count; "nix" is no word of negation.
    expect(arrests(b)).toEqual([]);
    expect(arrests(a)).toEqual([14]);
    readingIn(stub, () => {
      expect(arrests(a)).toEqual([]);
      expect(arrests(b)).toEqual([14]);
    });
  });

  it('takes the summary’s openers and earlier times from the pack', () => {
    const but = 'But the ferry kept running on Sunday.';
    const ergo = 'Ergo the ferry kept running on Sunday.';
    expect(cannotStandAlone(but, but, 0)).toBe('opens by answering the sentence before');
    expect(cannotStandAlone(ergo, ergo, 0)).toBeNull();
    const last = 'Last year, the ferry kept running for 40 days.';
    const vorig = 'Vorig, the ferry kept running for 40 days.';
    expect(readability(last)).toBeLessThan(readability(vorig));
    readingIn(stub, () => {
      expect(cannotStandAlone(ergo, ergo, 0)).toBe('opens by answering the sentence before');
      expect(cannotStandAlone(but, but, 0)).toBeNull();
      expect(readability(vorig)).toBeLessThan(readability(last));
    });
  });
});

/** The regular-expression literals and RegExp sources a file writes (comments left out). */
function patternsIn(code: string): string[] {
  const bare = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
  const literals = [...bare.matchAll(/(?<=[(,=:[!&|?{};]\s*|return\s+)\/(?![*/])((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+)\/[dgimsuy]*/g)].map((m) => m[1]);
  const built = [...bare.matchAll(/new RegExp\(\s*(`[^`]*`|'[^']*')/g)].map((m) => m[1]);
  return [...literals, ...built];
}

/** A pattern that offers words as alternatives ("(?:killed|died"), once escapes, classes and interpolations are taken out. */
const WORD_ALTERNATION = /(?:^|[(|])(?:\?:)?[A-Za-z][A-Za-z' -]+\|[A-Za-z][A-Za-z' -]+/;
const wordAlternation = (pattern: string): boolean =>
  WORD_ALTERNATION.test(pattern.replace(/\\[pPu]\{[^}]*\}|\\./g, '').replace(/\[[^\]]*\]/g, '').replace(/\$\{[^}]*\}/g, ''));

describe('numbers read by the pack', () => {
  it('takes the number words from the pack, and keeps each pack’s scans apart', () => {
    const values = (text: string) => findNumbers(text).map((n) => n.value);
    expect(values('Divers counted zwo wrecks and two anchors.')).toEqual([2]);
    readingIn(stub, () => expect(values('Divers counted zwo wrecks and two anchors.')).toEqual([2, 2]));
    expect(values('Divers counted zwo wrecks and two anchors.')).toEqual([2]);
  });
});

describe('actors read by the pack', () => {
  it('takes the head words of a place’s name from the pack', () => {
    expect(isPlaceName(['Kestrel', 'Sea'])).toBe(true);
    expect(isPlaceName(['Kestrel', 'Zorp'])).toBe(false);
    readingIn(stub, () => {
      expect(isPlaceName(['Kestrel', 'Zorp'])).toBe(true);
      expect(isPlaceName(['Kestrel', 'Sea'])).toBe(false);
    });
  });
});

/**
 * Alternations that are no language's words, each with its reason: how names from other scripts are
 * romanised ("-ov", "-off", "-ow" are one ending of a Russian surname, whichever language reports it).
 */
const NOT_WORDS = new Set(['nameKeys.ts: (ov|off|ow)$']);

describe('rule files spell no words of their own', () => {
  const root = join(import.meta.dirname, '..', '..', 'src', 'analysis');

  it('finds an alternation of words where one is written', () => {
    expect(wordAlternation(String.raw`\b(?:killed|died)\b`)).toBe(true);
    expect(wordAlternation(String.raw`^\s+(?:in\s+)?magnitude\b`)).toBe(false);
    expect(wordAlternation('\\b(?:${alternation(l.figures.PAST)})\\b')).toBe(false);
    expect(patternsIn('const A = /^(?:one|two)$/i; // (?:three|four)').filter(wordAlternation)).toEqual(['^(?:one|two)$']);
  });

  for (const stage of ['figures', 'summary', 'discrepancies', 'actors', 'text']) {
    it(`${stage}/: every word alternation is in the language pack`, () => {
      const found = readdirSync(join(root, stage)).filter((f) => f.endsWith('.ts')).flatMap((f) =>
        patternsIn(readFileSync(join(root, stage, f), 'utf8')).filter(wordAlternation).map((p) => `${f}: ${p}`)).filter((p) => !NOT_WORDS.has(p));
      expect(found).toEqual([]);
    });
  }
});
