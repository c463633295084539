import { describe, expect, it } from 'vitest';
import { blankDesignations, normaliseFigures } from '../src/text/number-words.js';
import { searchTerms } from '../src/retrieval/terms.js';

describe('figures written one way', () => {
  it('turns spelled-out cardinals into digits', () => {
    expect(normaliseFigures('as many as ten thousand soldiers')).toBe('as many as 10000 soldiers');
    expect(normaliseFigures('twenty-five tanks and three generals')).toBe('25 tanks and 3 generals');
    expect(normaliseFigures('two hundred fifty thousand shells')).toBe('250000 shells');
  });

  it('drops the separators of digit groups', () => {
    expect(normaliseFigures('13,000 containers, 1,250,000 shells')).toBe('13000 containers, 1250000 shells');
  });

  it('multiplies out a figure and its scale, however the scale is written', () => {
    expect(normaliseFigures('9 million rounds, 9m rounds, 9,000,000 rounds')).toBe('9000000 rounds, 9000000 rounds, 9000000 rounds');
    expect(normaliseFigures('$1.46bn in ether, $42.9m frozen, 10k wallets')).toBe('$1460000000 in ether, $42900000 frozen, 10000 wallets');
  });

  it('leaves a decimal without a scale as it is', () => {
    expect(normaliseFigures('about 2.5 hours')).toBe('about 2.5 hours');
  });

  it('leaves ordinals, plurals such as "hundreds", and a lone "one" as they are', () => {
    expect(normaliseFigures('the first of hundreds of troops, one of them')).toBe('the first of hundreds of troops, one of them');
  });

  it('lets a question in words find a passage in digits', () => {
    expect(searchTerms('ten thousand soldiers')).toEqual(searchTerms('10,000 soldiers'));
    expect(searchTerms('nine million shells')).toEqual(searchTerms('9m shells'));
  });
});

describe('the digits of names', () => {
  it('are blanked in place, as they count nothing', () => {
    expect(blankDesignations('about 100 KN-23 and Hwasong-11 missiles, S-400s')).toBe('about 100 KN-   and Hwasong-   missiles, S-    ');
  });
});
