import { describe, expect, it } from 'vitest';
import { questionFocus } from '../src/answer/question-focus.js';

describe('the focus of a question', () => {
  it('holds the names it mentions', () => {
    expect(questionFocus('What has China said about North Korean troops in Russia?')).toEqual(['China', 'North', 'Korean', 'Russia']);
  });

  it('leaves out the first word, whose capital only starts the sentence', () => {
    expect(questionFocus('According to Zelenskyy, how many countries is Ukraine at war with?')).toEqual(['Zelenskyy', 'Ukraine', 'countries']);
  });

  it('holds the thing a "how many" question counts, up to the first function word', () => {
    expect(questionFocus('how many tanks has it delivered?')).toEqual(['tanks']);
    expect(questionFocus('how many containers of ammunition were shipped?')).toEqual(['containers']);
  });

  it('holds nothing counted when "how much" goes straight on to a verb', () => {
    expect(questionFocus('how much does it pay for each shell?')).toEqual([]);
  });

  it('ignores capitalised function words such as "The" or "Has"', () => {
    expect(questionFocus('When Has The war started?')).toEqual([]);
  });
});
