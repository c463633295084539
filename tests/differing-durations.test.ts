import { describe, expect, it } from 'vitest';
import { differingDurations } from '../src/answer/differing-durations.js';
import { questionConcepts } from '../src/retrieval/query.js';
import { quoteOf } from './support/quotes.js';

const quote = (text: string, publisher = 'Test Wire') => quoteOf(text, { title: 'Talks in Beijing', publisher });
// "How long did Putin and Kim talk for?": its words other than names, as the engine passes them (see withoutNames).
const talks = questionConcepts('how long did putin and kim talk for', { aliases: true }).filter((c) => c.word === 'talk');

describe('sources that give different stretches of time', () => {
  it('lists each stretch, as written, with the source its sentence names', () => {
    const aide = quote('Their talks lasted about two and a half hours, the Kremlin aide Yuri Ushakov said.', 'One Wire');
    const television = quote('They held talks that lasted more than three hours, according to Kyodo.', 'Other Wire');
    expect(differingDurations([aide, television], talks)).toEqual([
      { figure: 'about two and a half hours', source: 'Yuri Ushakov', quote: 0 },
      { figure: 'more than three hours', source: 'Kyodo', quote: 1 },
    ]);
  });

  it('takes one stretch written in other units for one stretch', () => {
    const hours = quote('The talks lasted two and a half hours.', 'One Wire');
    const minutes = quote('The talks lasted 150 minutes.', 'Other Wire');
    expect(differingDurations([hours, minutes], talks)).toBeNull();
  });

  it('does not set the length of something else against the stretch asked for', () => {
    const meeting = quote('The talks lasted about two and a half hours.', 'One Wire');
    const journey = quote('Kim arrived by armoured train after a trip of around 20 hours.', 'Other Wire');
    expect(differingDurations([meeting, journey], talks)).toBeNull();
  });

  it('reads the time between two events and a rate as no stretch of time', () => {
    const trained = questionConcepts('how long were the troops trained', { aliases: true }).filter((c) => c.word === 'trained');
    const weeks = quote('The troops trained for about six weeks.', 'One Wire');
    const after = quote('The troops trained there a month after the summit.', 'Other Wire');
    const rate = quote('Trained drivers earn 80,000 roubles a month.', 'Third Wire');
    const month = quote('The troops trained for a month.', 'Fourth Wire');
    expect(differingDurations([weeks, after, rate], trained)).toBeNull();
    expect(differingDurations([weeks, month], trained)?.map((d) => d.figure)).toEqual(['about six weeks', 'a month']);
  });

  it('reads an age as no stretch of time', () => {
    const age = quote('The talks included a 26 year old interpreter.', 'Other Wire');
    expect(differingDurations([quote('The talks lasted two hours.', 'One Wire'), age], talks)).toBeNull();
  });
});
