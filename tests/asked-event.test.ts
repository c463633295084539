import { describe, expect, it } from 'vitest';
import { askedEvents } from '../src/answer/asked-event.js';
import { questionConcepts } from '../src/retrieval/query.js';

const eventsOf = (question: string, asksDate = true) => askedEvents(question, asksDate, questionConcepts(question, { aliases: true })).map((c) => c.word);

describe('the event a question asks when or whether it happened', () => {
  it('is the verb in the past, regular or irregular, not a participle that describes', () => {
    expect(eventsOf('When was the captured North Korean flown to Seoul?')).toEqual(['flown']);
    expect(eventsOf('when was the treaty ratified')).toEqual(['ratified']);
  });

  it('leaves out the verb of a relative clause, which describes, but not the question’s own verb after its pronoun', () => {
    expect(eventsOf('did putin thank nk for the guys they sent to fight in kursk', false)).toEqual([]);
    expect(eventsOf('has kim honoured the men who fought in kursk', false)).toEqual(['honoured']);
    expect(eventsOf('has he visited the soldiers', false)).toEqual(['visited']);
  });

  it('leaves out a verb in "-ing", which is what was begun or stopped, not an event in the past', () => {
    expect(eventsOf('when did ru start lobbing nk missiles at ukraine')).toEqual([]);
  });

  it('leaves out a verb in its base form, which may be a noun', () => {
    expect(eventsOf('when did wonsan-kalma open')).toEqual([]);
    expect(eventsOf('when did the units come back to the front')).toEqual([]);
  });

  it('is the verb in the past of a question whether something happened, and of no other question', () => {
    expect(eventsOf('have the bereaved families moved into that new street yet', false)).toEqual(['moved']);
    expect(eventsOf('how many were captured in kursk', false)).toEqual([]);
  });

  it('is not the participle of the words a who-said question reports ("who said the families were warned")', () => {
    expect(eventsOf('who said grieving families were warned not to weep in front of the neighbours', false)).toEqual([]);
    expect(eventsOf('who made the point that nk got paid to clear out its warehouses', false)).toEqual([]);
  });

  it('is the participle after "was" in a question which one it happened to', () => {
    expect(eventsOf('Which North Korean general was killed in Kursk?', false)).toEqual(['killed']);
    expect(eventsOf('Which outlet reported the figure?', false)).toEqual([]);
  });
});
