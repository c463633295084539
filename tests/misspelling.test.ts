import { describe, expect, it } from 'vitest';
import type { Vocabulary } from '../src/retrieval/misspelling.js';
import { respelledQuestion } from '../src/retrieval/misspelling.js';
import { searchTerms } from '../src/retrieval/terms.js';

// A corpus of a few passages, as the index would report on it.
function vocabularyOf(passages: string[]): Vocabulary {
  const holding = (term: string) => passages.filter((text) => searchTerms(text).includes(term));
  return {
    passagesWith: (term) => holding(term).length,
    textsWith: (term, limit) => holding(term).slice(0, limit),
  };
}

const corpus = vocabularyOf([
  'The bodies were brought back to Pyongyang in April.',
  'Soldiers came back from the front. The soldiers were decorated.',
  'Officials signed the agreement in Moscow.',
  'Interns and internal memos were cited.',
  'President Zelenskyy said the men were held in Kyiv.',
]);
const respelled = (question: string) => respelledQuestion(question, corpus);

describe('reading a question as the member meant to type it', () => {
  it('reads two swapped letters as the word the articles write', () => {
    expect(respelled('when did the bodies come bakc')).toBe('when did the bodies come back');
    expect(respelled('How many sodliers were decorated?')).toBe('How many soldiers were decorated?');
  });

  it('reads a letter left out, added or mistyped as a word the articles use', () => {
    for (const slip of ['signd', 'signned', 'sigmed']) expect(searchTerms(respelled(`who ${slip} the agreement`))).toContain(searchTerms('signed')[0]);
  });

  it('reads a slip in a name of the domain as the name, however the articles spell it', () => {
    expect(respelled('what did zelenksy say')).toBe('what did zelensky say');
  });

  it('leaves the words the articles use as typed', () => {
    expect(respelled('Who signed the agreement in Moscow?')).toBe('Who signed the agreement in Moscow?');
  });

  it('leaves a dictionary word the articles do not use as typed, though it is one letter from one they do', () => {
    expect(respelled('what tack did they take')).toBe('what tack did they take');
  });

  it('leaves a word nothing in the corpus comes near as typed', () => {
    expect(respelled('whats a good blackpink song')).toBe('whats a good blackpink song');
  });

  it('leaves a name of the domain as typed', () => {
    expect(respelled('did kyiv say so')).toBe('did kyiv say so');
  });

  it('does not take a string that only stems like a word of the articles for a word', () => {
    expect(respelled('intercity tickets from lviv')).toBe('intercity tickets from lviv');
  });

  it('never changes the first letter, nor a word shorter than four letters', () => {
    expect(respelled('when did the bodies come pakc')).toBe('when did the bodies come pakc');
    expect(respelled('came bak')).toBe('came bak');
  });
});
