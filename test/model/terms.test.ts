// Model stage: the words the writers add come from one table per language.
import { describe, expect, it } from 'vitest';
import { fillTerm, termsFor } from '../../src/model/terms.js';

describe('interface terms', () => {
  it('come from one table per language, English when there is none, and fill their placeholders', () => {
    expect(termsFor('en-GB')).toBe(termsFor('en'));
    expect(termsFor('xx')).toBe(termsFor('en'));
    expect(fillTerm(termsFor('en').pageOfPages, { page: 3, pages: 12 })).toBe('Page 3 of 12');
  });
});
