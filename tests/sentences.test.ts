import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/text/sentences.js';

const sentences = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitting news copy into sentences', () => {
  it('keeps a rank before a name in the sentence it belongs to', () => {
    expect(sentences('Lt. Col. Olena Marchuk said so. Others disagreed.')).toEqual(['Lt. Col. Olena Marchuk said so.', 'Others disagreed.']);
  });

  it('keeps a title and an abbreviated month inside the sentence', () => {
    expect(sentences('Gen. Kim arrived on Nov. 5. He left.')).toEqual(['Gen. Kim arrived on Nov. 5.', 'He left.']);
  });

  it('keeps an initialism before a name inside the sentence', () => {
    expect(sentences('The vote at the U.N. Security Council was 13-0. China abstained.')).toEqual([
      'The vote at the U.N. Security Council was 13-0.',
      'China abstained.',
    ]);
  });

  it('keeps the emphasis that closes a sentence with it, not at the start of the next', () => {
    expect(sentences('**What has North Korea built?** Two destroyers of a new class.')).toEqual(['**What has North Korea built?**', 'Two destroyers of a new class.']);
  });

  it('still ends a sentence after an ordinary word and a full stop', () => {
    expect(sentences('The troops arrived. They trained. More came.')).toHaveLength(3);
  });

  it('gives offsets into the text it was given, shifted by the offset asked for', () => {
    expect(splitSentences('Lt. Col. Marchuk spoke.', 10)).toEqual([{ start: 10, end: 33 }]);
  });
});
