import { describe, expect, it } from 'vitest';
import { datedEvents } from '../src/answer/dated-event.js';
import { questionConcepts } from '../src/retrieval/query.js';

const eventsOf = (question: string) => datedEvents(questionConcepts(question, { aliases: true })).map((c) => c.word);

describe('the event a "when" question dates', () => {
  it('is the verb in the past, regular or irregular', () => {
    expect(eventsOf('When was the captured North Korean flown to Seoul?')).toEqual(['captured', 'flown']);
    expect(eventsOf('when was the treaty ratified')).toEqual(['ratified']);
  });

  it('leaves out a verb in its base form, which may be a noun', () => {
    expect(eventsOf('when did wonsan-kalma open')).toEqual([]);
    expect(eventsOf('when did the units come back to the front')).toEqual([]);
  });
});
