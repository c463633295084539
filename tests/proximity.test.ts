import { describe, expect, it } from 'vitest';
import { nearPairShare, neighbouringPairs } from '../src/retrieval/proximity.js';
import { questionConcepts } from '../src/retrieval/query.js';
import { placedSearchTerms, searchTerms } from '../src/retrieval/terms.js';
import { entityTerm } from '../src/text/aliases.js';

const pairsOf = (question: string) =>
  neighbouringPairs(
    question,
    questionConcepts(question, { aliases: true }).map((c) => ({ ...c, weight: 1 })),
  );

const wordsOf = (text: string) => placedSearchTerms(text).atWord;

describe('the search terms of a text, placed', () => {
  it('are the terms search reads, one set for each word that is not a stop word', () => {
    const text = 'The Pentagon said North Korean troops were in Kursk.';
    expect(placedSearchTerms(text).terms).toEqual(new Set(searchTerms(text)));
    expect(wordsOf('The Pentagon warned')).toEqual([new Set(['pentagon', entityTerm('pentagon'), entityTerm('united-states')]), new Set(['warn'])]);
  });
});

describe('the neighbouring concept pairs of a question', () => {
  it('follow the order the question writes its words in, names included', () => {
    const pairs = pairsOf('When did Pyongyang ratify the partnership treaty?');
    expect(pairs.map(({ first, second }) => [first.word, second.word])).toEqual([
      ['pyongyang', 'ratify'],
      ['ratify', 'partnership'],
      ['partnership', 'treaty'],
    ]);
  });

  it('are none for a question of one concept', () => {
    expect(pairsOf('What about Wonsan?')).toEqual([]);
  });
});

describe('the share of pairs that stand near each other', () => {
  const pairs = pairsOf('partnership treaty');

  it('is whole where the two words stand together in either order, stop words between them not counted', () => {
    expect(nearPairShare(pairs, wordsOf('Moscow signed the treaty of partnership in June.'), 1)).toBe(1);
  });

  it('is nothing where they stand further apart than the window', () => {
    expect(nearPairShare(pairs, wordsOf('The partnership, Peskov said on Friday in Moscow, rests on a treaty.'), 2)).toBe(0);
  });

  it('finds a name of the domain under any of its names', () => {
    const named = pairsOf('Pyongyang troops');
    expect(nearPairShare(named, wordsOf('North Korea troops crossed the river.'), 1)).toBe(1);
  });

  it('weighs each pair by its lighter concept', () => {
    const [kim, sent, troops] = questionConcepts('Kim sent troops', { aliases: true });
    const weighted = neighbouringPairs('Kim sent troops', [
      { ...kim!, weight: 3 },
      { ...sent!, weight: 1 },
      { ...troops!, weight: 2 },
    ]);
    expect(nearPairShare(weighted, wordsOf('Kim sent a letter. Months later the troops followed.'), 2)).toBeCloseTo(1 / 2);
  });
});
