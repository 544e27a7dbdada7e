// Summary: a line must stand alone — never a quotation torn from its marks, a speaker's "I"/"we",
// an appeal to the page's reader, a headline, a fragment cut at an abbreviation, or a sentence that
// leans on the one before it. Invented articles; each bad sentence is the most repeated one, so only
// the rule keeps it out.
import { describe, expect, it } from 'vitest';
import { candidateSentences } from '../../src/analysis/summary/candidates.js';
import { summarize } from '../../src/analysis/summary/index.js';
import { readability } from '../../src/analysis/summary/quality.js';
import { splitSentences } from '../../src/analysis/text/sentences.js';
import { makeArticles } from './articleFixture.js';

/** Three sources that each carry `bad` (the most central sentence) beside ordinary reporting. */
function corpus(bad: string): ReturnType<typeof makeArticles> {
  return makeArticles(
    [
      'A cargo ship ran aground off the coast of Westhaven on Monday, spilling fuel into the bay.',
      bad,
      'The coast guard said the crew of fourteen had been taken off the ship by helicopter.',
    ],
    [
      'The cargo ship ran aground near Westhaven early on Monday and began leaking fuel into the bay.',
      bad,
      'Divers will inspect the damaged hull of the ship on Tuesday, the harbour office said.',
    ],
    [
      'Fuel is leaking into the bay after a cargo ship ran aground off Westhaven on Monday.',
      bad,
      'Fishermen in the bay were told to keep their boats in port until the spill is contained.',
    ],
  );
}

const lines = (bad: string) => summarize(corpus(bad), []).map((s) => s.text);

describe('summary lines stand alone', () => {
  it('leaves out a sentence inside a quotation opened earlier in the paragraph (curly marks: the splitter also keeps it whole)', () => {
    const bad = '“The ship was far too close to the rocks on the western side of the bay. The captain of the cargo ship ignored every warning sent to him on Monday. It was madness,” a harbour pilot said.';
    const out = lines(bad);
    expect(out.some((t) => /captain of the cargo ship ignored/.test(t))).toBe(false);
    expect(out.some((t) => /ran aground/.test(t))).toBe(true);
  });

  it('also with typewriter quotation marks (`` … \'\')', () => {
    const bad = "``The ship was far too close to the rocks on the western side of the bay. The captain of the cargo ship ignored every warning sent to him on Monday. It was madness,'' a harbour pilot said.";
    expect(lines(bad).some((t) => /captain of the cargo ship ignored/.test(t))).toBe(false);
  });

  it('leaves out a speaker’s first person given without quotation marks', () => {
    for (const bad of [
      'I have never seen a cargo ship run aground so close to the harbour of Westhaven on a Monday.',
      'The cargo ship ran aground on Monday and we still do not know how much fuel is in the bay.',
    ]) expect(lines(bad).some((t) => t.includes(bad.slice(0, 30)))).toBe(false);
  });

  it('keeps a regnal or list numeral "I" and the country "US"', () => {
    const good = 'The cargo ship, the King Henry I, ran aground on Monday near the US naval base at Westhaven.';
    expect(lines(good)).toContain(good);
  });

  it('leaves out appeals to the reader, telephone numbers and links', () => {
    for (const bad of [
      'Anyone with information about the cargo ship that ran aground on Monday is asked to call the coast guard.',
      'Owners of boats damaged by fuel from the cargo ship in the bay can ring 0800 555 0199 on Monday.',
      'Pictures of the cargo ship that ran aground on Monday in the bay are at https://example.org/ship.',
      'Pictures of the cargo ship that ran aground on Monday in the bay can be seen at this link.',
    ]) expect(lines(bad).some((t) => t.includes(bad.slice(0, 30)))).toBe(false);
  });

  it('leaves out a headline and an exclamation, keeps a sentence full of names', () => {
    for (const bad of [
      'Cargo Ship Runs Aground Off Westhaven, Fuel Spills Into Harbour Bay',
      'Cargo ship runs aground off Westhaven and spills fuel into the bay on Monday!',
    ]) expect(lines(bad).some((t) => t.includes(bad.slice(0, 25)))).toBe(false);
    const names = 'After it left Port Arlen on Sunday, the Northern Star ran aground off Westhaven Point near Castle Bay.';
    expect(lines(names)).toContain(names);
  });

  it('leaves out a sentence whose subject is a pronoun for someone named before', () => {
    for (const bad of [
      'Additionally, she was chosen to lead the salvage of the cargo ship that ran aground off Westhaven.',
      'He ordered the cargo ship that ran aground off Westhaven on Monday to be towed to port.',
    ]) expect(candidateSentences(corpus(bad)).some((c) => c.text === bad)).toBe(false);
  });

  it('leaves out a sentence that opens by answering the one before it, keeps "So far" and "then-"', () => {
    for (const bad of [
      'But the harbour master would not confirm the reported damage to the hull of the cargo ship.',
      'So the captain was arrested because he ignored every warning about the rocks off Westhaven.',
      'Then the crew of the cargo ship pointed flares at the coast guard helicopter over the bay.',
      'However, the owners of the cargo ship say the charts of the bay off Westhaven were wrong.',
    ]) expect(candidateSentences(corpus(bad)).some((c) => c.text === bad), bad).toBe(false);
    for (const good of [
      'So far, fourteen tonnes of fuel have been pumped out of the cargo ship off Westhaven.',
      'Then-mayor Ann Lee had warned that the channel off Westhaven was too shallow for cargo ships.',
    ]) expect(candidateSentences(corpus(good)).some((c) => c.text === good), good).toBe(true);
  });

  it('leaves out the writer’s own judgement', () => {
    for (const bad of [
      'It’s interesting that the owners sent the cargo ship so close to the rocks off Westhaven.',
      'It looks like the salvage crews will have to work through the weekend off Westhaven.',
      'Obviously, the cargo ship should never have entered the bay off Westhaven in the storm.',
    ]) expect(candidateSentences(corpus(bad)).some((c) => c.text === bad), bad).toBe(false);
  });

  it('leaves out a headline that ends without a full stop', () => {
    const bad = 'Norvale buys cargo line that ran aground off Westhaven for $3M to get “more ships”';
    expect(lines(bad).some((t) => t.includes('Norvale buys'))).toBe(false);
  });

  it('leaves out a paragraph of a speech printed without quotation marks', () => {
    const articles = corpus('The cargo ship ran aground on Monday after its engines failed in the storm.');
    for (const a of articles) {
      a.paragraphs.splice(1, 0,
        { ...a.paragraphs[0], text: 'This is a disaster that we saw coming for years on this coast.' },
        { ...a.paragraphs[0], text: 'Every shipowner will now have to pay for the clean-up of the whole bay.' },
        { ...a.paragraphs[0], text: 'Our fishermen cannot wait for the insurers to settle.' });
      a.paragraphs.forEach((p, i) => { p.n = i + 1; });
    }
    expect(summarize(articles, []).some((s) => /Every shipowner/.test(s.text))).toBe(false);
  });

  it('leaves out the tail of a sentence cut at a decimal point ("a loaded. 38-caliber", as re-joined text writes ".38-caliber")', () => {
    const bad = 'Police said a loaded. 38-caliber revolver was recovered on the deck of the cargo ship that ran aground off Westhaven.';
    expect(candidateSentences(corpus(bad)).some((c) => /^38-caliber/.test(c.text))).toBe(false);
  });

  it('leaves out both halves of a sentence cut at an abbreviation', () => {
    const bad = 'The cargo ship ran aground in the Lake-Mt. Arlen marine reserve off Westhaven on Monday morning.';
    const out = lines(bad);
    expect(out.some((t) => /Lake-Mt\.$|^Arlen marine reserve/.test(t))).toBe(false);
  });
});

describe('sentences', () => {
  it('does not end a sentence at "No." before a number', () => {
    const text = 'The win secured the No. 5 seed in the playoffs for the Hawks. They play on Sunday.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The win secured the No. 5 seed in the playoffs for the Hawks.', 'They play on Sunday.',
    ]);
  });
});

describe('readability', () => {
  const plain = readability('The cargo ship ran aground off Westhaven on Monday.');
  it('marks down a sentence that leans on the one before it', () => {
    for (const s of [
      'Like the earlier model, they carry two engines and a crew of fourteen.',
      'Additionally, the ship carried two hundred tonnes of fuel oil.',
      'There, she served the port authority for a decade.',
      'The ship, however, had passed its last inspection in March.',
    ]) expect(readability(s)).toBeLessThan(plain * 0.5);
  });

  it('marks down a wording that leaves the person to an earlier sentence ("pulled him over"), not one with the name', () => {
    expect(readability('Police pulled him over a few blocks from the harbour on Monday.')).toBeLessThan(readability('Police pulled Brandt over a few blocks from the harbour on Monday.'));
    expect(readability('“Tell them to leave,” the harbour master shouted to the crowd on Monday.')).toBe(readability('“Leave now,” the harbour master shouted to the crowd on Monday.'));
  });

  it('marks down background about an earlier event', () => {
    expect(readability('Last year, a tanker ran aground in the same bay.')).toBeLessThan(plain * 0.6);
    expect(readability('In 1998, a tanker ran aground in the same bay.')).toBeLessThan(plain * 0.6);
    expect(readability('Earlier this morning, a smaller tanker ran aground in the same bay.')).toBeLessThan(plain * 0.6);
    expect(readability('The last tanker to hit the rocks there ran aground in March.')).toBeLessThan(plain * 0.6);
    expect(readability('The last earthquake measuring 3.0 or above occurred on May 2 under the bay.')).toBeLessThan(plain * 0.6);
    expect(readability('The last crew member was taken off the ship on Monday.')).toBe(plain);
  });

  it('marks down a line that names nothing, but not a toll or a denial', () => {
    expect(readability('The record is set, but the town is still waiting for its party.')).toBeLessThan(plain * 0.7);
    expect(readability('No one was injured when the roof of the old hall collapsed.')).toBe(readability('No one was injured when the roof of the old Eastmoor hall collapsed.'));
    expect(readability('The cause of the fire in the old hall has not been determined.')).toBeGreaterThan(plain * 0.9);
  });
});
