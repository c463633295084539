import { describe, expect, it } from 'vitest';
import { differingSums } from '../src/answer/differing-sums.js';
import { questionConcepts } from '../src/retrieval/query.js';
import { quoteOf } from './support/quotes.js';

const quote = (text: string, publisher = 'Test Wire') => quoteOf(text, { title: 'Arms sales', publisher });
const asked = 'how much money has north korea earned selling weapons to russia';
const earnings = questionConcepts(asked, { aliases: true });

describe('sources that give different sums of money', () => {
  it('lists each sum with the source its sentence names', () => {
    const answer = quote(
      'The Korea Institute for Defence Economics calculated that North Korea had earned about $5.5 billion from weapons sales. ' +
        'A rival estimate, according to Altmark Risk, is that the money came to no more than $1.7 billion.',
    );
    expect(differingSums([answer], earnings, asked)).toEqual([
      { figure: '$5.5 billion', source: 'The Korea Institute for Defence Economics', quote: 0 },
      { figure: '$1.7 billion', source: 'Altmark Risk', quote: 0 },
    ]);
  });

  it('takes one sum written two ways for one sum', () => {
    const short = quote('North Korea has earned about $5.5bn from selling weapons.', 'One Wire');
    const long = quote('North Korea has earned about 5.5 billion dollars from selling weapons.', 'Other Wire');
    expect(differingSums([short, long], earnings, asked)).toBeNull();
  });

  it('does not set the cost of something else against the sum asked for', () => {
    const sales = quote('North Korea has earned about $5.5bn from selling weapons.', 'One Wire');
    const bridge = quote('The road bridge will cost some 9 billion roubles ($110m).', 'Other Wire');
    expect(differingSums([sales, bridge], earnings, asked)).toBeNull();
  });

  it('reads a sum and its conversion in brackets as one sum', () => {
    const cost = 'how much will the tumen road bridge cost';
    const bridge = questionConcepts(cost, { aliases: true });
    const converted = quote('The road bridge will cost some 9 billion roubles ($110m), the ministry said.', 'One Wire');
    const plain = quote('The new road bridge is to cost 9 billion roubles.', 'Other Wire');
    expect(differingSums([converted, plain], bridge, cost)).toBeNull();
  });
});
