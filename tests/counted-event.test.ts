import { describe, expect, it } from 'vitest';
import { tellsOfAnotherEvent } from '../src/answer/counted-event.js';
import type { Concept } from '../src/retrieval/query.js';
import { searchTerms } from '../src/retrieval/terms.js';

const killed: Concept = { word: 'killed', kind: 'word', entity: null, alternatives: [{ term: 'kill', factor: 1 }, { term: 'di', factor: 0.8 }] };
const seen: Concept = { word: 'seen', kind: 'word', entity: null, alternatives: [{ term: 'seen', factor: 1 }] };
const terms = (text: string) => new Set(searchTerms(text));

describe('a text that counts another event than the one asked about', () => {
  it('is one that says troops were sent when the question asks how many were killed', () => {
    expect(tellsOfAnotherEvent(terms('North Korea dispatched about 3,000 additional troops.'), killed)).toBe(true);
    expect(tellsOfAnotherEvent(terms('Some 4,700 were wounded, officials said.'), killed)).toBe(true);
  });

  it('is not one that says the event asked about, whatever else it says', () => {
    expect(tellsOfAnotherEvent(terms('About 600 were killed and 4,700 killed or wounded since the deployment.'), killed)).toBe(false);
  });

  it('is not one that says no event at all', () => {
    expect(tellsOfAnotherEvent(terms('3,000 North Korean troops will be part of the Buryat Battalion.'), killed)).toBe(false);
  });

  it('is never found for a verb outside the domain’s events, or for a question without one', () => {
    expect(tellsOfAnotherEvent(terms('North Korea dispatched about 3,000 additional troops.'), seen)).toBe(false);
    expect(tellsOfAnotherEvent(terms('North Korea dispatched about 3,000 additional troops.'), null)).toBe(false);
  });
});
