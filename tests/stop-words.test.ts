import { describe, expect, it } from 'vitest';
import { searchTerms } from '../src/retrieval/terms.js';

describe('the stop words search leaves out', () => {
  it('include the pronouns of every person and gender, not only "he" and "his"', () => {
    expect(searchTerms('She said its soldiers had armed themselves')).toEqual(searchTerms('said soldiers had armed'));
    expect(searchTerms('herself itself ourselves yourselves theirs hers')).toEqual([]);
  });
});
