import { describe, expect, it } from 'vitest';
import { differingAges } from '../src/answer/differing-ages.js';
import { quoteOf } from './support/quotes.js';

const quote = (text: string, publisher = 'Test Wire') => quoteOf(text, { title: 'Prisoners', publisher });

describe('sources that give different ages', () => {
  it('lists each pair of ages with the source its sentence names', () => {
    const kyiv = quote("Ukraine's security service said the two prisoners were aged 20 and 26.");
    const seoul = quote('The NIS said the pair, aged 21 and 26, had been questioned.');
    expect(differingAges([kyiv, seoul])).toEqual([
      { figure: '20 and 26', source: "Ukraine's security service", quote: 0 },
      { figure: '21 and 26', source: 'The NIS', quote: 1 },
    ]);
  });

  it('takes one pair written two ways for one pair', () => {
    const kyiv = quote('One is 20 years old and the other is 26, the SBU said.', 'One Wire');
    const seoul = quote('The pair, aged 26 and 20, are held in Kyiv.', 'Other Wire');
    expect(differingAges([kyiv, seoul])).toBeNull();
  });

  it('sets one age alone against nothing, as it may be either man’s', () => {
    const first = quote('One of the men, a 20-year-old, said he had been told he was going on an exercise.', 'One Wire');
    const second = quote('The second, aged 26, said he had served as a sniper.', 'Other Wire');
    expect(differingAges([first, second])).toBeNull();
  });
});
