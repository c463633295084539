import { describe, expect, it } from 'vitest';
import type { Quote } from '../src/answer/answer.js';
import { differenceNote } from '../src/answer/answer-text.js';
import { differingFigures } from '../src/answer/disagreement.js';
import { claimSource, namesSpeaker } from '../src/answer/speaker.js';

const quote = (text: string): Quote => ({
  text,
  score: 1,
  link: null,
  passageId: 'a#1.0',
  start: 0,
  end: text.length,
  article: { id: 'a', title: 'Seed', publisher: null, url: null, published: null },
});

const kyiv = quote('The Kyiv Independent, however, claimed that North Korea was sending as many as 10,000 soldiers to Russia to boost its war efforts.');
const politico = quote(
  'US news outlet Politico quoted a Ukrainian military source as saying that 3,000 North Korean troops will be part of the so-called Buryat Battalion.',
);

describe('sources that give different figures', () => {
  it('finds the seed article’s 10,000 and 3,000 with who claimed each', () => {
    expect(differingFigures([kyiv, politico])).toEqual([
      { quote: 0, figure: '10,000', source: 'The Kyiv Independent' },
      { quote: 1, figure: '3,000', source: 'Politico' },
    ]);
  });

  it('says nothing when the quotes agree', () => {
    expect(differingFigures([politico, quote('Another report also counted 3,000 troops.')])).toBeNull();
  });

  it('does not mistake dates and years for figures', () => {
    expect(differingFigures([politico, quote('Putin and Kim met on September 13, 2023 at the cosmodrome.')])).toBeNull();
  });

  it('does not mistake a day written before its month for a figure', () => {
    expect(differingFigures([politico, quote('The two leaders met again on 19 June 2024 in Pyongyang.')])).toBeNull();
  });

  it('writes a note that names each figure, its source and its quote', () => {
    expect(differenceNote(differingFigures([kyiv, politico])!)).toBe(
      'Sources differ on this figure: 10,000 (The Kyiv Independent, quote 1) · 3,000 (Politico, quote 2).',
    );
  });
});

describe('who is speaking', () => {
  it('recognises reported speech', () => {
    expect(namesSpeaker('“These are workers,” Zelenskyy said in a speech.')).toBe(true);
    expect(namesSpeaker('Buryatia is a remote region of Russia.')).toBe(false);
  });

  it('names the source of “according to” and of a name before a reporting verb', () => {
    expect(claimSource('Troops are there, according to the Institute for the Study of War.')).toBe('the Institute for the Study of War');
    expect(claimSource('Ukrainian President Volodymyr Zelenskyy said on Wednesday that troops came.')).toBe('Ukrainian President Volodymyr Zelenskyy');
    expect(claimSource('“It is unambiguous,” it said.')).toBeNull();
  });
});
