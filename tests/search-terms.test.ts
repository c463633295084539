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

  it('read "it" before a trade as information technology, and as the pronoun elsewhere', () => {
    expect(searchTerms('how many nk it workers are in russia')).toContain('infotech');
    expect(searchTerms('North Korean IT workers earn hard currency')).toContain('infotech');
    expect(searchTerms('it sent workers to Russia')).not.toContain('infotech');
  });

  it('open chat’s slashed abbreviations, so that “w/o” is not the rare word “o”', () => {
    expect(searchTerms('could bybit eat the loss w/o going under')).toEqual(searchTerms('could bybit eat the loss without going under'));
    expect(searchTerms('b/c of the sanctions')).toEqual(searchTerms('because of the sanctions'));
  });

  it('leave out prepositions and conjunctions the stop word list lacks ("against", "without", "whether")', () => {
    expect(searchTerms('what is the won trading at against the dollar')).not.toContain(stemOf('against'));
    expect(searchTerms('could bybit eat the loss without going under, whether or not')).toEqual(searchTerms('could bybit eat the loss going under'));
  });
});
