// Unit tests: who gave a figure and whether it is only alleged, on invented sentences; how vague and
// alleged values read; quotes cut for length end at a phrase boundary.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';
import { formatAmount } from '../../src/analysis/figures/format.js';
import { formatValueSaid } from '../../src/model/amounts.js';
import { EN } from '../../src/model/lang/en.js';
import { clauseQuote } from '../../src/analysis/text/clauses.js';
import { article } from './figuresHelpers.js';

describe('figure attribution and hedges', () => {
  it('keeps an abbreviation\'s full stops inside the name of who gave it, and stops at a sentence\'s', () => {
    const [a] = extractFigures([article('S1', ['A magnitude 5.1 quake struck the valley, according to the U.K. Seismic Office.'])]);
    expect(a.values[0].attribution).toBe('the U.K. Seismic Office');
    const [b] = extractFigures([article('S1', ['At least 12 people died, according to the NDMA. Roads were closed.'])]);
    expect(b.values[0].attribution).toBe('the NDMA');
  });

  it('ends who gave a figure at a dash, keeping a hyphenated name whole', () => {
    const [a] = extractFigures([article('S1', ['The gunman killed three workers, according to police -- the men were shot on the second floor as he went down the stairs.'])]);
    expect(a.values[0].attribution).toBe('police');
    const [b] = extractFigures([article('S1', ['At least 14 people died, according to the Al-Noor hospital — the count may rise.'])]);
    expect(b.values[0].attribution).toBe('the Al-Noor hospital');
  });

  it('marks an alleged amount and credits who blamed', () => {
    const [f] = extractFigures([article('S1', ['The army blamed “bandits” for the raids, allegedly numbering as many as 5,000.'])]);
    const v = f.values[0];
    expect(v.hedged).toBe(true);
    expect(v.attribution).toBe('the army');
    expect(formatValueSaid(v, EN.wording)).toBe('as many as 5,000 (alleged by the army)');
  });

  it('does not mark a plain report as alleged nor credit an accusation elsewhere in the sentence', () => {
    const [f] = extractFigures([article('S1', ['The mayor has accused outsiders of stirring trouble, while police have arrested some 300 people.'])]);
    expect(f.values[0].hedged).toBeUndefined();
    expect(f.values[0].attribution).toBeNull();
  });

  it('resolves "he said" to the person last named in the same sentence', () => {
    const [f] = extractFigures([article('S1', ['Mayor Tomas Reed described the fleet, which he said numbered 40 boats, as ready.'])]);
    expect(f.values[0].attribution).toBe('Tomas Reed');
  });

  it('prints a vague amount as the source\'s word, without a number nobody gave', () => {
    const [f] = extractFigures([article('S1', ['Hundreds more people were injured in the clashes.'])]);
    expect(formatAmount(f.values[0])).toBe('hundreds');
  });
});

describe('clauseQuote', () => {
  it('cuts a long clause before a phrase opener, not in the middle of a phrase', () => {
    const text = 'The alliance sent 900 soldiers to the border at the request of the regional governor.';
    const core = text.indexOf('900');
    const [l, r] = clauseQuote(text, core, core + '900 soldiers'.length, 70, 35);
    expect(text.slice(l, r)).toBe('The alliance sent 900 soldiers to the border');
  });

  it('never ends a cut quote on a function word', () => {
    const text = 'Some 900 soldiers reached the northern border region of the country yesterday evening';
    const [l, r] = clauseQuote(text, 5, 17, 70, 40);
    expect(text.slice(l, r)).not.toMatch(/\s(?:the|of|to|at)$/);
  });
});
