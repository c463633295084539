import { describe, expect, it } from 'vitest';
import { searchTerms, stemOf } from '../src/retrieval/terms.js';

describe('the search terms of a text', () => {
  it('write out a rank that news copy abbreviates, so that a member’s “general” finds “Gen.”', () => {
    expect(searchTerms('Gen. Raymond Castellano told a Senate hearing')).toContain(stemOf('general'));
    expect(searchTerms('Lt. Col. Ihor Sydorenko said')).toEqual(expect.arrayContaining([stemOf('lieutenant'), stemOf('colonel')]));
  });

  it('leave out the filler of a question, “gotten” as “got”', () => {
    expect(searchTerms("has kim's ammo gotten any better")).not.toContain(stemOf('gotten'));
  });
});
