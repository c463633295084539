import { describe, expect, it } from 'vitest';
import { sentencesAbout } from '../src/answer/claim-sentences.js';
import type { WeightedConcept } from '../src/retrieval/query.js';
import { questionConcepts } from '../src/retrieval/query.js';
import { quoteOf } from './support/quotes.js';

// Each concept of the question weighs the same here; the engine weighs them by rarity.
const concepts = (question: string): WeightedConcept[] => questionConcepts(question, { aliases: true }).map((c) => ({ ...c, weight: 1 }));
const marched = concepts('how many troops marched in the beijing parade');
const working = concepts('how many north koreans work at alabuga');
const alabuga = working.filter((c) => c.word === 'alabuga');

describe('the sentences of a quote that may give a figure set against another', () => {
  it('keeps the sentence about the question and blanks the other, character for character', () => {
    const text = 'Some 10,000 troops marched in the Beijing parade. About 300 soldiers had been killed in Kursk.';
    const kept = sentencesAbout(quoteOf(text), marched, [], 0.2, 0.5).text;
    expect(kept).toHaveLength(text.length);
    expect(kept).toContain('Some 10,000 troops marched in the Beijing parade.');
    expect(kept).not.toContain('300');
  });

  it('blanks a sentence without the name the question gives of what it counts', () => {
    const text = 'Some 1,000 North Korean deminers work in Kursk. About 8,000 North Koreans work at Alabuga, the HUR said.';
    const kept = sentencesAbout(quoteOf(text), working, alabuga, 0.2, 0.5).text;
    expect(kept).toContain('8,000');
    expect(kept).not.toContain('1,000');
  });

  it('takes the name from the sentence before', () => {
    const text = 'The HUR says 8,000 North Koreans work at Alabuga. The NIS says no more than 1,500 North Koreans work at the site.';
    expect(sentencesAbout(quoteOf(text), working, alabuga, 0.2, 0.5).text).toContain('1,500');
  });

  it('keeps a sentence that puts the figure of the kept sentence before it at another', () => {
    const text = 'Some 10,000 troops marched in the Beijing parade, state media said. Foreign observers put the figure at 12,000.';
    expect(sentencesAbout(quoteOf(text), marched, [], 0.2, 0.5).text).toContain('12,000');
  });

  it('counts the headline’s words at its factor', () => {
    const quote = quoteOf('About 12,000 took part, officials said.', { title: 'Troops march in Beijing parade' });
    expect(sentencesAbout(quote, marched, [], 0.2, 0.5).text).toContain('12,000');
    expect(sentencesAbout(quote, marched, [], 0.2, 0).text).not.toContain('12,000');
  });
});
