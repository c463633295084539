import { describe, expect, it } from 'vitest';
import { givesNamesAndWords, withoutNames } from '../src/answer/names-aside.js';
import { questionConcepts } from '../src/retrieval/query.js';
import { entityTerm } from '../src/text/aliases.js';

// A corpus about North Korea (in every passage) that writes "Kursk" as a name and "weather" as a word.
const corpus = { writesAsName: (word: string) => word === 'kursk', passageShare: (term: string) => (term === entityTerm('north-korea') ? 1 : 0.1) };
const SUBJECT = 0.5;
const words = (question: string) => withoutNames(questionConcepts(question, { aliases: true }), corpus, SUBJECT).map((c) => c.word);

describe('the question without its names', () => {
  it('leaves out the names of the domain and the words the corpus writes as names', () => {
    expect(words('whats the weather like in kursk in summer')).toEqual(['weather', 'summer']);
    expect(words('does putin have a dog')).toEqual(['dog']);
  });

  it('keeps the name of the corpus’s own subject', () => {
    expect(words('what fake id did russia give the north koreans')).toEqual(['north koreans', 'fake', 'id', 'give']);
  });

  it('keeps the figures the question gives', () => {
    expect(words('were 3000 troops sent to kursk')).toEqual(['3000', 'troops', 'sent']);
  });

  it('says whether the names must not decide alone: only when the question gives both names and other words', () => {
    const concepts = questionConcepts('does putin have a dog', { aliases: true });
    expect(givesNamesAndWords(concepts, withoutNames(concepts, corpus, SUBJECT))).toBe(true);
    const names = questionConcepts('putin in kursk', { aliases: true });
    expect(givesNamesAndWords(names, withoutNames(names, corpus, SUBJECT))).toBe(false);
    const plain = questionConcepts('what is the weather like', { aliases: true });
    expect(givesNamesAndWords(plain, withoutNames(plain, corpus, SUBJECT))).toBe(false);
  });
});
