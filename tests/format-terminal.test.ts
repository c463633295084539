import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/answer/answer.js';
import { formatAnswerForTerminal } from '../src/answer/format-terminal.js';

const answer: Answer = {
  question: 'What has China said?',
  verdict: 'answered',
  quotes: [{ text: 'Troops arrived.', score: 1, link: null, passageId: 'a#0.0', start: 0, end: 15, article: { id: 'a', title: 'A title', publisher: null, url: null, published: null } }],
  notes: [],
  differing: null,
  model: 'm',
  indexBuiltAt: '2026-11-27T08:40:43.834Z',
};

describe('the answer in a terminal', () => {
  it('prints the notes before the quotes', () => {
    const lines = formatAnswerForTerminal({ ...answer, verdict: 'related', notes: ['The corpus does not answer this directly. The closest passages:'] }).split('\n');
    expect(lines.slice(2, 5)).toEqual([
      'The corpus does not answer this directly. The closest passages:',
      '',
      '1. “Troops arrived.”',
    ]);
  });

  it('goes straight to the quotes when there is no note', () => {
    expect(formatAnswerForTerminal(answer).split('\n')[2]).toBe('1. “Troops arrived.”');
  });

  it('never doubles the quotation mark of a quote that opens or closes with one', () => {
    const printed = (text: string) => formatAnswerForTerminal({ ...answer, quotes: [{ ...answer.quotes[0]!, text, end: text.length }] }).split('\n')[2];
    expect(printed('“These troops are Kim’s,” the official said.')).toBe('1. “These troops are Kim’s,” the official said.');
    expect(printed('The official said: “These troops are Kim’s.”')).toBe('1. The official said: “These troops are Kim’s.”');
    expect(printed('"Nothing is decided," Peskov told reporters.')).toBe('1. "Nothing is decided," Peskov told reporters.');
    expect(printed('‘Not one soldier,’ the ministry said.')).toBe('1. ‘Not one soldier,’ the ministry said.');
  });
});

