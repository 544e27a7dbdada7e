// Unit tests, on invented actors: one quotation given to two different people by different sources is a
// claim discrepancy; the same person under two unmerged names, or one source quoting both, is not.
import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../../src/analysis/discrepancies/quoteSpeakers.js';
import type { Actor } from '../../src/analysis/types.js';
import { worded } from './worded.js';

const actor = (id: string, name: string, aliases: string[], statements: [string, string][]): Actor => ({
  id, name, kind: 'person', role: null, aliases, sources: statements.map(([s]) => s), mentions: statements.length,
  statements: statements.map(([source, quote]) => ({ source, quote, paragraph: 1 })),
});
const WORDS = '“We will rebuild every house in this valley before the winter comes,”';

describe('one quotation given to different speakers', () => {
  it('finds the same words said by one person in one report and another person in another', () => {
    const [d] = worded(quoteSpeakers([
      actor('A1', 'Ilse Varn', ['Varn'], [['S1', `${WORDS} Mayor Ilse Varn said.`]]),
      actor('A2', 'Tomas Rell', ['Rell'], [['S2', `“We will rebuild every house in this valley,” Governor Tomas Rell said.`], ['S3', `${WORDS} said Rell.`]]),
    ]));
    expect(d.kind).toBe('claim');
    expect(d.about).toBe('who said “We will rebuild every house in this valley…”');
    expect(d.statements.map((s) => s.source)).toEqual(['S1', 'S2', 'S3']);
    expect(d.note).toBe('The same words are given to Ilse Varn (S1) and to Tomas Rell (S2 and S3).');
  });

  it('is silent for one person under two names, for one source quoting both, and for short quotations', () => {
    expect(quoteSpeakers([
      actor('A1', 'Ilse Varn', ['Varn'], [['S1', `${WORDS} Varn said.`]]),
      actor('A2', 'Mayor Varn', [], [['S2', `${WORDS} the mayor said.`]]),
    ])).toEqual([]);
    expect(quoteSpeakers([
      actor('A1', 'Ilse Varn', [], [['S1', `${WORDS} Varn said.`]]),
      actor('A2', 'Tomas Rell', [], [['S1', `${WORDS} Rell agreed.`], ['S2', `${WORDS} Rell said.`]]),
    ])).toEqual([]);
    expect(quoteSpeakers([
      actor('A1', 'Ilse Varn', [], [['S1', '“We will rebuild,” Varn said.']]),
      actor('A2', 'Tomas Rell', [], [['S2', '“We will rebuild,” Rell said.']]),
    ])).toEqual([]);
  });
});
