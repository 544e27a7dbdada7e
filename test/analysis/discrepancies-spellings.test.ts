// Unit tests, on invented reports: one name spelt two ways by different sources is a name discrepancy
// (a joined space, one more vowel or doubled letter, beside the same word); a hyphen, a plural, a
// demonym, a source's own two forms, a title-case headline and forms that never share a neighbour are not.
import { describe, expect, it, vi } from 'vitest';
import { spellingVariants } from '../../src/analysis/discrepancies/spellings.js';
import { allSentences } from '../../src/analysis/text/corpus.js';
import { article } from './figuresHelpers.js';
import { worded } from './worded.js';

const spellings = (...sources: string[][]) => worded(spellingVariants(allSentences(sources.map((p, i) => article(`S${i + 1}`, p)))));

describe('one name spelt two ways', () => {
  it('finds a place with one more vowel and a team with a joined name, quoting each source', () => {
    const list = spellings(
      ['The match was played in Varnholm, Norway, before the Harbour Sea Lions fans.'],
      ['They met in Varnholme, Norway.', 'The Harbour Sealions lost.'],
    );
    expect(list.map((d) => d.about).sort()).toEqual(['spelling of “Sea Lions”', 'spelling of “Varnholm”']);
    const place = list.find((d) => d.about.includes('Varnholm'))!;
    expect(place.kind).toBe('name');
    expect(place.statements.map((s) => [s.source, s.quote.includes('Varnholm')])).toEqual([['S1', true], ['S2', true]]);
    expect(place.note).toContain('“Varnholme” (S2)');
  });

  it('does not take a hyphen, a plural, a demonym or a source\'s own two forms for another spelling', () => {
    expect(spellings(
      ['Attorney-General Ina Varn spoke for the Sixer club, the Kenya team and the Lions of Doral.'],
      ['Attorney General Ina Varn spoke for the Sixers club, the Kenyan team and the Lions of Dorall.', 'The Lions of Doral won.'],
    )).toEqual([]);
  });

  it('needs a shared neighbour and running text, not a title-case headline', () => {
    expect(spellings(['Marta Velde spoke on Monday.'], ['Martta Velder met reporters later.'])).toEqual([]);
    expect(spellings(['Harbour Gardens Gang Member Convicted Of Theft'], ['Harbour Gardens Gangmember Convicted Of Theft'])).toEqual([]);
  });

  it('looks for a name\'s neighbour in the words beside it, not the whole text before it (issue 16)', () => {
    // An end-anchored pattern over all the text before a name was quadratic in a long run of letters:
    // a 100,000-letter word before a name took 17 s. Counted in characters matched, not timed.
    const lengths: number[] = [];
    const exec = RegExp.prototype.exec;
    const spy = vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, s: string) {
      // Patterns ending in white space at the end backtrack over a long word before it.
      if (this.source.endsWith('\\s+$')) lengths.push(s.length);
      return exec.call(this, s);
    });
    try {
      const list = spellings([`${'A'.repeat(100_000)} said that in Varnholm, Norway, 12 were hurt.`], ['They met in Varnholme, Norway.']);
      expect(list.map((d) => d.about)).toEqual(['spelling of “Varnholm”']);
    } finally {
      spy.mockRestore();
    }
    expect(lengths.length).toBeGreaterThan(0);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(200);
  });
});
