import { describe, expect, it } from 'vitest';
import { questionIntent } from '../src/answer/question-intent.js';

describe('what a question asks for', () => {
  it('reads whose words an "according to" question asks about', () => {
    expect(questionIntent('According to the NIS, how many troops went?').speaker).toBe('the NIS');
    expect(questionIntent('how many shells has russia received according to seoul?').speaker).toBe('seoul');
  });

  it('reads the speaker of "what did X say" questions', () => {
    expect(questionIntent('What did the Pentagon say about the casualties?').speaker).toBe('the Pentagon');
    expect(questionIntent('what has zelenskyy claimed about the prisoners').speaker).toBe('zelenskyy');
  });

  it('finds no speaker in a question that names none', () => {
    expect(questionIntent('How many North Korean soldiers are going to Russia?').speaker).toBeNull();
    expect(questionIntent('When was the treaty signed?').speaker).toBeNull();
  });

  it('tells a question that asks who said something', () => {
    expect(questionIntent('Which news outlet put the number of soldiers at ten thousand?').asksSpeaker).toBe(true);
    expect(questionIntent('Who reported that 3,000 troops would be sent?').asksSpeaker).toBe(true);
    expect(questionIntent('Where is Buryatia?').asksSpeaker).toBe(false);
  });
});
