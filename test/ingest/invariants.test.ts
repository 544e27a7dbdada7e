// Properties of ingest on random pages built from report sentences, furniture and noise: nothing is lost silently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../src/core/diagnostics.js';
import { ingest } from './helpers.js';

const POOL = [
  'The council voted 31 to 12 to close the coal plant by 2030, the mayor\'s office said.',
  '“We will not give up,” said a spokeswoman for the miners\' union.',
  'Prices rose by 4.5% in March, according to the statistics office.',
  'Why the vote matters',
  'Share on Facebook', '  • Tweet', 'Read more: Coal towns fear for their future', 'Related Posts', 'Leave a Reply',
  '#coal #energy #vote', '© 2024 The Valley Herald', '(Photo: AP)', 'AFP', '12/03/2024', 'Tags', '  • Energy',
  'the successor to the', ', said the minister.', '.', 'Menu', 'Advertisement',
  '*', '# 1', '[x](y)', '<b>', '&amp;', '1.', '- - -', '  ', '',
];

const pageArb = fc.array(fc.oneof(fc.constantFrom(...POOL), fc.string({ maxLength: 30 })), { minLength: 0, maxLength: 25 })
  .map((lines) => lines.join('\n'));

/** Ingests, or returns null when the page is refused for lack of report text or of a title (a clear error, not a crash). */
function ingestOrRefuse(raw: string, given = {}) {
  try {
    return ingest(raw, 'page.txt', given);
  } catch (e) {
    expect(e).toBeInstanceOf(DossierError);
    expect((e as Error).message).toMatch(/^page\.txt: error: no (report text|title) found/);
    return null;
  }
}

describe('ingest invariants', () => {
  it('never crashes; every input line is either reported removed or kept verbatim; markdown reads back', () => {
    let written = 0;
    fc.assert(fc.property(pageArb, (raw) => {
      const r = ingestOrRefuse(raw);
      if (!r) return;
      written++;
      const removedLines = new Set(r.removed.map((x) => x.line));
      raw.split(/\r\n|\r|\n/).forEach((line, i) => {
        const text = line.trim().replace(/^[•·▪►▸◦‣●■□✓➤*-]\s+/u, '');
        if (!text || removedLines.has(i + 1)) return;
        expect(r.blocks.some((b) => b.includes(text)), `line ${i + 1}: ${JSON.stringify(text)}`).toBe(true);
      });
      expect(r.blocks).toEqual(r.kept.map((k) => k.text));
      expect(r.meta.title.length).toBeGreaterThan(0);
    }), { seed: 11, numRuns: 400 });
    expect(written).toBeGreaterThan(50); // the property was exercised, not vacuous
  });

  it('with --title given, a page is refused only when it has no report text', () => {
    fc.assert(fc.property(pageArb, (raw) => {
      const r = ingestOrRefuse(raw, { title: 'Given headline' });
      if (r) expect(r.meta.title).toBe('Given headline');
      else expect(() => ingest(raw, 'page.txt', { title: 'Given headline' })).toThrow(/no report text/);
    }), { seed: 12, numRuns: 200 });
  });
});
