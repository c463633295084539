import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../src/text/fold.js';

describe('folding text for matching', () => {
  it('turns a Cyrillic lookalike inside a Latin word into the Latin letter', () => {
    expect(foldForMatching('Сosmodrome')).toBe('cosmodrome');
  });

  it('leaves words written wholly in Cyrillic alone', () => {
    expect(foldForMatching('Україна')).toBe('україна');
  });

  it('applies NFKC so that ligatures and full-width letters match plain ones', () => {
    expect(foldForMatching('ﬁnance ＫＹＩＶ')).toBe('finance kyiv');
  });
});
