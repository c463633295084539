import { describe, expect, it } from 'vitest';
import { expectedAnswerType, hasAnswerType } from '../src/answer/answer-type.js';

describe('recognising the kind of fact a question asks for', () => {
  it('hears a question for a number', () => {
    expect(expectedAnswerType('How many soldiers went?')).toBe('number');
  });

  it('hears a question for a date', () => {
    expect(expectedAnswerType('When did the war begin?')).toBe('date');
    expect(expectedAnswerType('In which year was the pact signed?')).toBe('date');
  });

  it('asks for nothing in particular otherwise', () => {
    expect(expectedAnswerType('Who is Dmitry Peskov?')).toBe('any');
  });

  it('finds figures written in digits or words', () => {
    expect(hasAnswerType('as many as 10,000 soldiers', 'number')).toBe(true);
    expect(hasAnswerType('thousands of its soldiers', 'number')).toBe(true);
    expect(hasAnswerType('soldiers are expected', 'number')).toBe(false);
  });

  it('finds dates by year or month', () => {
    expect(hasAnswerType('began in February 2022', 'date')).toBe(true);
    expect(hasAnswerType('signed in June', 'date')).toBe(true);
    expect(hasAnswerType('signed recently', 'date')).toBe(false);
  });

  it('does not take the modal "may" for a month when a date is asked for', () => {
    expect(hasAnswerType('More North Korean troops may be sent to Kursk.', 'date')).toBe(false);
    expect(hasAnswerType('The first troops arrived in May.', 'date')).toBe(true);
  });
});
