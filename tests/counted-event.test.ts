import { describe, expect, it } from 'vitest';
import { missesAskedEvent } from '../src/answer/counted-event.js';
import type { Concept } from '../src/retrieval/query.js';
import { searchTerms } from '../src/retrieval/terms.js';

const killed: Concept = { word: 'killed', kind: 'word', entity: null, alternatives: [{ term: 'kill', factor: 1 }, { term: 'di', factor: 0.8 }] };
const sent: Concept = { word: 'sent', kind: 'word', entity: null, alternatives: [{ term: 'sent', factor: 1 }, { term: 'send', factor: 0.8 }] };
const seen: Concept = { word: 'seen', kind: 'word', entity: null, alternatives: [{ term: 'seen', factor: 1 }] };
const terms = (text: string) => new Set(searchTerms(text));

describe('a text that does not count the event asked about', () => {
  it('is one that says troops were sent when the question asks how many were killed', () => {
    expect(missesAskedEvent(terms('North Korea dispatched about 3,000 additional troops.'), killed)).toBe(true);
    expect(missesAskedEvent(terms('Some 4,700 were wounded, officials said.'), killed)).toBe(true);
  });

  it('is not one that says the event asked about, whatever else it says', () => {
    expect(missesAskedEvent(terms('About 600 were killed and 4,700 killed or wounded since the deployment.'), killed)).toBe(false);
  });

  it('is one that says no event at all when the question asks for a harm: troops counted are not troops killed', () => {
    expect(missesAskedEvent(terms('3,000 North Korean troops will be part of the Buryat Battalion.'), killed)).toBe(true);
  });

  it('is not one that says no event at all when the question asks who was sent: troops somewhere were sent there', () => {
    expect(missesAskedEvent(terms('3,000 North Korean troops will be part of the Buryat Battalion.'), sent)).toBe(false);
  });

  it('is never found for a verb outside the domain’s events, or for a question without one', () => {
    expect(missesAskedEvent(terms('North Korea dispatched about 3,000 additional troops.'), seen)).toBe(false);
    expect(missesAskedEvent(terms('North Korea dispatched about 3,000 additional troops.'), null)).toBe(false);
  });
});
