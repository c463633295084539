import { describe, expect, it } from 'vitest';
import { countedThing } from '../src/answer/counted-thing.js';
import { questionConcepts } from '../src/retrieval/query.js';

const read = (question: string) => {
  const { counted, countedVerb } = countedThing(question, questionConcepts(question, { aliases: true }));
  return [counted?.word ?? null, countedVerb?.word ?? null];
};

describe('what a "how many" question counts', () => {
  it('counts the thing after "more" ("how many more soldiers")', () => {
    expect(read('how many more soldiers has north korea sent to kursk')).toEqual(['soldiers', 'sent']);
  });

  it('takes the verb after a subject that follows "has"', () => {
    expect(read("how many of the korean missiles has ukraine's air force actually managed to intercept")).toEqual(['missiles', 'intercept']);
    expect(read('how many nk soldiers have actually been killed, not counting wounded')).toEqual(['soldiers', 'killed']);
  });

  it('is the head of the words after "how many", with the verb that follows it', () => {
    expect(read('How many North Korean soldiers have been killed in Ukraine?')).toEqual(['soldiers', 'killed']);
  });

  it('is nothing for "how many times": any figure of the event counts its occurrences', () => {
    expect(read('how many times did the north jam gps near the border last year')).toEqual([null, null]);
  });

  it('takes the verb after a later auxiliary, not the participle that describes the thing counted', () => {
    expect(read('how many of the nk ballistic missiles fired at ukraine got shot down')).toEqual(['missiles', 'shot']);
    expect(read('how many missiles fired at kyiv were intercepted')).toEqual(['missiles', 'intercepted']);
  });

  it('ends before an irregular verb', () => {
    expect(read('whats the total number of nk troops sent once you add the reinforcements')).toEqual(['troops', 'sent']);
  });

  it('finds the verb past the names between them', () => {
    expect(read('how many extra troops did kim send early in 2025')).toEqual(['troops', 'send']);
  });

  it('counts the thing of "how many of those…"', () => {
    expect(read('how many of those missiles were shot down')).toEqual(['missiles', 'shot']);
  });

  it('counts the thing, not the "total" after it, nor the source a question names ("per the monitors")', () => {
    const question = 'how many nk troops total has russia gotten, per the sanctions monitors';
    const { counted, countedVerb } = countedThing(question, questionConcepts(question, { aliases: true }), 'the sanctions monitors');
    expect([counted?.word, countedVerb]).toEqual(['troops', null]);
  });

  it('counts the thing of "how many of Kim\'s…"', () => {
    expect(read("how many of kim's gunners got killed when the drones hit")).toEqual(['gunners', 'killed']);
  });

  it('takes the verb that ends the subject after "did", not a word of the subject that can be a verb', () => {
    expect(read("how many nk missiles did ukraine's air defence actually shoot down?")).toEqual(['missiles', 'shoot']);
  });

  it('does not take the speaker’s verb, or a noun after a preposition, for what happened', () => {
    expect(read('how many nk soldiers does the nis say were killed by drones')).toEqual(['soldiers', 'killed']);
    expect(read('According to Zelenskyy, how many countries is Ukraine now at war with?')).toEqual(['countries', null]);
  });

  it('has both verbs of "killed or wounded" for what happened to it', () => {
    const { countedVerb } = countedThing('how many nk soldiers were killed or wounded in kursk', questionConcepts('how many nk soldiers were killed or wounded in kursk', { aliases: true }));
    expect(countedVerb?.alternatives.map((a) => a.term)).toEqual(expect.arrayContaining(['kill', 'wound']));
  });

  it('belongs to the one a name before it says ("Russian soldiers")', () => {
    const owner = (question: string) => countedThing(question, questionConcepts(question, { aliases: true })).countedOwner?.word ?? null;
    expect(owner('How many Russian soldiers have been killed in Kursk?')).toBe('russian');
    expect(owner('How many soldiers has Russia lost?')).toBeNull();
  });

  it('is done by what follows its verb with "by", when that is no name', () => {
    const agent = (question: string) => countedThing(question, questionConcepts(question, { aliases: true })).countedAgent?.word ?? null;
    expect(agent('how many nk soldiers does the nis say were killed by drones')).toBe('drones');
    expect(agent('how many nk soldiers were killed by Ukraine')).toBeNull();
    expect(agent('how many nk soldiers were killed in Kursk')).toBeNull();
  });

  it('is the word before the word for a count, when the question names the count', () => {
    expect(read('what casualty numbers did seoul give lawmakers')[0]).toBe('casualty');
    expect(read("what was hur's late-february count of north koreans killed")).toEqual(['north koreans', 'killed']);
  });

  it('is nothing in a question that counts nothing', () => {
    expect(read('When was the treaty signed?')).toEqual([null, null]);
  });
});
