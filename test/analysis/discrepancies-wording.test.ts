// Unit tests: what discrepancy notes and quotes say, on invented reports — notes quote only the sources'
// words, "X-led" is no claim of "X only", price triggers must be what was protested, official figures are
// quoted with their attribution, conflicting values say who gave them, sources are listed in order.
import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src/analysis/discrepancies/index.js';
import { extractFigures } from '../../src/analysis/figures/index.js';
import { listSources } from '../../src/model/lang/en.js';
import type { Article } from '../../src/content/types.js';
import type { Discrepancy } from '../../src/analysis/types.js';
import { article } from './figuresHelpers.js';
import { worded } from './worded.js';

function found(articles: Article[]) {
  const figures = extractFigures(articles);
  return { figures, list: worded(findDiscrepancies(articles, figures, [])) };
}

/** Every “…” in a note must be words some statement of it quotes. */
function quotedWordsAreVerbatim(note: string, quotes: string[]): void {
  for (const m of note.matchAll(/“([^”]+)”/g)) expect(quotes.some((q) => q.includes(m[1]))).toBe(true);
}

describe('discrepancy notes and quotes', () => {
  it('quotes the verbs each source used, auxiliary included', () => {
    const { list } = found([
      article('S1', ['Port director Ilse Varn resigned from the harbour board on Tuesday.']),
      article('S2', ['Port director Ilse Varn has been ousted from the harbour board, officials said.']),
    ]);
    const d = list.find((x) => x.about.startsWith('resignation or removal'))!;
    expect(d.note).toContain('“resigned” (S1) against “has been ousted” (S2)');
    quotedWordsAreVerbatim(d.note, d.statements.map((s) => s.quote));
  });

  it('does not take a source that calls the force "X-led" as saying it was X only', () => {
    const { list } = found([
      article('S1', ['The Norwegian-led mission reached the port.', 'Norwegian troops guarded the docks.']),
      article('S2', ['Norwegian, Danish and Finnish troops arrived in the port.']),
    ]);
    expect(list.some((d) => d.about.startsWith('nationality'))).toBe(false);
  });

  it('prefers a mention that says who the force is, even in a source that also says "X-led"', () => {
    const { list } = found([
      article('S1', ['Norwegian troops reached the port.', 'Norwegian troops, i.e. the so-called Northern Guard units, held the docks.', 'The Norwegian-led force stayed a week.']),
      article('S2', ['Some 900 Norwegian, Danish and Finnish troops arrived in the port.']),
    ]);
    const d = list.find((x) => x.about.startsWith('nationality'))!;
    expect(d.statements.map((s) => s.quote)).toEqual([
      'Norwegian troops, i.e. the so-called Northern Guard units',
      '900 Norwegian, Danish and Finnish troops',
    ]);
    expect(d.note).toBe('S1 calls them Norwegian troops; S2 lists troops of three nations (Norwegian, Danish and Finnish).');
  });

  it('counts a price only when it is what was protested or what rose', () => {
    const { list } = found([
      article('S1', ['Rebels used the movement to raise bread prices in a bid to topple the cabinet.']),
      article('S2', ['The strikes that followed a rise in local fuel prices are a sign of deeper anger at the government.']),
      article('S3', ['Protests, which were first directed against rising rent prices, spread across the north.']),
    ]);
    const d = list.find((x) => x.about === 'which prices set off the protests')!;
    expect(d.statements.map((s) => [s.source, s.quote])).toEqual([
      ['S2', 'The strikes that followed a rise in local fuel prices'],
      ['S3', 'Protests, which were first directed against rising rent prices'],
    ]);
    expect(d.note).toBe('The sources name different prices: “fuel prices” (S2), “rent prices” (S3).');
  });

  it('quotes an official figure together with the attribution the note relies on', () => {
    const { list } = found([
      article('S1', ['At least 40 people have died in the floods and 300 were rescued, according to the regional government.']),
      article('S2', ['At least 40 people died in the floods.', 'The figure has not been confirmed by the hospitals.']),
    ]);
    const d = list.find((x) => /official/.test(x.about))!;
    const s1 = d.statements.find((s) => s.source === 'S1')!;
    expect(s1.quote).toMatch(/^At least 40 people have died.*according to the regional government$/);
  });

  it('says who gave each conflicting value, resolving "he said" to the person named before', () => {
    const { figures, list } = found([
      article('S1', ['Defence Minister Arvo Lind spoke on Monday.', 'The mission includes 1,200 soldiers, he said.']),
      article('S2', ['The alliance sent 1,800 soldiers to the border.']),
    ]);
    const f = figures.find((x) => x.label === 'troops deployed')!;
    expect(f.values.find((v) => v.source === 'S1')!.attribution).toBe('Arvo Lind');
    const d = list.find((x) => x.id === f.discrepancy)!;
    expect(d.note).toBe('Sources disagree on troops deployed: 1,200 — given by Arvo Lind (S1); 1,800 (S2).');
  });

  it('lists sources in source order, S2 before S10', () => {
    expect(listSources(['S10', 'S2', 'S1', 'S2'])).toBe('S1, S2 and S10');
  });
});

describe('source lists in notes', () => {
  it('name every source up to six, then count the rest', () => {
    expect(listSources(['S3', 'S1', 'S2'])).toBe('S1, S2 and S3');
    const many = Array.from({ length: 40 }, (_, i) => `S${40 - i}`);
    expect(listSources(many)).toBe('S1, S2, S3, S4, S5, S6 and 34 other sources');
  });

  it('name the seventh rather than count "1 other sources"', () => {
    expect(listSources(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'])).toBe('S1, S2, S3, S4, S5, S6 and S7');
    expect(listSources(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8'])).toBe('S1, S2, S3, S4, S5, S6 and 2 other sources');
  });
});

describe('conflict notes with many values', () => {
  it('give the four most-reported values and count the rest', () => {
    const values = [40, 40, 40, 41, 41, 42, 43, 44, 45];
    const articles = values.map((n, i) => article(`S${i + 1}`, [`The floods killed ${n} people in the valley, officials said.`]));
    const figures = extractFigures(articles);
    const note = worded(findDiscrepancies(articles, figures, [])).find((d) => d.kind === 'figure')?.note ?? '';
    expect(note).toMatch(/^Sources disagree/);
    expect(note).toMatch(/^Sources disagree on [^:]+: 40 /);
    expect(note).toContain('and 2 other values');
  });
});

describe('conflict notes: amounts that agree within their precision are one side', () => {
  const noteOf = (...texts: string[]) => {
    const articles = texts.map((t, i) => article(`S${i + 1}`, [t]));
    return worded(findDiscrepancies(articles, extractFigures(articles), [])).filter((d) => d.kind === 'figure').map((d) => d.note);
  };

  it('puts "1 mile" on the side of "2 km", and keeps a distance that neither rounds to apart', () => {
    expect(noteOf(
      'The pipeline blast happened 2 kilometres (1.2 miles) from the school, officials said.',
      'The pipeline blast happened 1 mile from the school, residents said.',
      'The pipeline blast happened 5 kilometres from the school, the fire service said.',
    )).toEqual(['Sources disagree on distance from the school: 2 km (1 mile in S2) — given by officials and residents (S1 and S2); 5 km — given by the fire service (S3).']);
  });

  it('names the sources of each wording when no one is credited, and leaves a count that agrees with two disagreeing counts on its own', () => {
    const counts = (...ns: string[]) => noteOf(...ns.map((n) => `The floods killed ${n} people in the valley.`));
    expect(counts('1,800', '1,800', '2,000', '3,600')).toEqual(['Sources disagree on people killed: 1,800 (S1 and S2; 2,000 in S3); 3,600 (S4).']);
    // 2,000 (anything that rounds to it) agrees with 1,800 and with 2,400, which disagree: it sides with neither
    expect(counts('1,800', '1,800', '2,400', '2,000')).toEqual(['Sources disagree on people killed: 1,800 (S1 and S2); 2,400 (S3); 2,000 (S4).']);
  });

  it('keeps a hedged amount ("about", "at least") a side of its own', () => {
    const [note] = noteOf(
      'The pipeline blast happened 2 kilometres from the school.',
      'The pipeline blast happened about 2.1 kilometres from the school.',
      'The pipeline blast happened 5 kilometres from the school.',
    );
    expect(note).toBe('Sources disagree on distance from the school: 2 km (S1); about 2.1 km (S2); 5 km (S3).');
  });
});

describe('conflict notes: who gave each amount', () => {
  it('lists a source that credits an amount once and gives it bare elsewhere only among those crediting it', () => {
    const side = (amount: string, credited: string[], uncredited: string[], speakers: string[]) => ({
      amount, hedged: false, speakers, moreSpeakers: 0, sources: [...credited, ...uncredited], credited, uncredited,
    });
    const d: Discrepancy = {
      id: 'figure-F1', kind: 'figure', statements: [],
      finding: {
        rule: 'figureConflict', label: 'people hurt', measured: false, otherAmounts: 0, selfContradicting: [],
        amounts: [side('12', ['S1', 'S3'], ['S3', 'S4'], ['the mayor']), side('15', ['S2'], ['S2'], ['the clinic'])],
      },
    };
    const [w] = worded([d]);
    expect(w.note).toBe('Sources disagree on people hurt: 12 — given by the mayor (S1 and S3; also S4); 15 — given by the clinic (S2).');
  });
});
