import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/answer/answer.js';
import { formatAnswerForTerminal } from '../src/answer/format-terminal.js';

const answer: Answer = {
  question: 'What has China said?',
  answered: true,
  quotes: [{ text: 'Troops arrived.', score: 1, passageId: 'a#0.0', start: 0, end: 15, article: { id: 'a', title: 'A title', publisher: null, url: null, published: null } }],
  differingFigures: null,
  notMentioned: [],
  model: 'm',
  indexBuiltAt: '2026-11-27T08:40:43.834Z',
};

describe('the answer in a terminal', () => {
  it('says before the quotes when no quoted article mentions what the question names', () => {
    const lines = formatAnswerForTerminal({ ...answer, notMentioned: ['China'] }).split('\n');
    expect(lines.slice(2, 5)).toEqual([
      'None of the quoted articles mentions China, so these passages may not answer the question directly.',
      '',
      '1. “Troops arrived.”',
    ]);
  });

  it('goes straight to the quotes when the articles mention everything the question names', () => {
    expect(formatAnswerForTerminal(answer).split('\n')[2]).toBe('1. “Troops arrived.”');
  });
});
