import { describe, expect, it } from 'vitest';
import { MAX_PASSAGE_WORDS, chunkArticle } from '../src/passages/chunk.js';
import { countWords } from '../src/text/words.js';

const sentence = (i: number) => `Sentence number ${i} reports one more fact about the war in plain words.`;

describe('cutting articles into passages', () => {
  it('makes one passage of each short paragraph', () => {
    const body = 'The first paragraph has enough words in it.\n\nThe second paragraph also has enough words.';
    expect(chunkArticle({ id: 'a', body }).map((p) => p.text)).toEqual([
      'The first paragraph has enough words in it.',
      'The second paragraph also has enough words.',
    ]);
  });

  it('records offsets that slice the passage out of the body', () => {
    const body = '\n\n  Leading space before this paragraph of words.\n\nAnother paragraph follows it right here.\n';
    for (const passage of chunkArticle({ id: 'a', body })) expect(body.slice(passage.start, passage.end)).toBe(passage.text);
  });

  it('records article id and paragraph index in each passage id', () => {
    const body = 'Head\n\nThe first paragraph has enough words in it.';
    expect(chunkArticle({ id: 'story', body })[0]).toMatchObject({ id: 'story#1.0', articleId: 'story', paragraph: 1 });
  });

  it('splits a long paragraph at sentence boundaries into passages the model can read whole', () => {
    const paragraph = Array.from({ length: 40 }, (_, i) => sentence(i)).join(' ');
    const passages = chunkArticle({ id: 'long', body: paragraph });
    expect(passages.length).toBeGreaterThan(1);
    for (const passage of passages) {
      expect(countWords(passage.text)).toBeLessThanOrEqual(MAX_PASSAGE_WORDS);
      expect(passage.text).toMatch(/^Sentence number \d+ .*words\.$/);
    }
    expect(passages.map((p) => p.text).join(' ')).toBe(paragraph);
  });

  it('cuts a paragraph with no sentence break between words, so no passage outgrows the model', () => {
    const body = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ');
    const passages = chunkArticle({ id: 'table', body });
    expect(passages).toHaveLength(Math.ceil(1000 / MAX_PASSAGE_WORDS));
    for (const passage of passages) {
      expect(countWords(passage.text)).toBeLessThanOrEqual(MAX_PASSAGE_WORDS);
      expect(body.slice(passage.start, passage.end)).toBe(passage.text);
    }
  });

  it('never lets a passage cross a paragraph break', () => {
    const body = `${sentence(1)}\n\n${sentence(2)}`;
    expect(chunkArticle({ id: 'a', body }).map((p) => p.text)).toEqual([sentence(1), sentence(2)]);
  });
});
