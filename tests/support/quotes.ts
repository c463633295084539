import type { Quote } from '../../src/answer/answer.js';

/** A quote of `text`, the whole of a made-up passage, from an article with these fields (the others made up). */
export function quoteOf(text: string, article: Partial<Quote['article']> = {}): Quote {
  return {
    text,
    score: 1,
    link: null,
    passageId: 'a#1.0',
    start: 0,
    end: text.length,
    article: { id: 'a', title: 'A title', publisher: null, url: null, published: null, ...article },
  };
}
