import { describe, expect, it } from 'vitest';
import { eventOfFigure, missesAskedEvent } from '../src/answer/counted-event.js';
import type { Concept } from '../src/retrieval/query.js';
import { searchTerms } from '../src/retrieval/terms.js';

const killed: Concept = { word: 'killed', kind: 'word', entity: null, alternatives: [{ term: 'kill', factor: 1 }, { term: 'di', factor: 0.8 }] };
const sent: Concept = { word: 'sent', kind: 'word', entity: null, alternatives: [{ term: 'sent', factor: 1 }, { term: 'send', factor: 0.8 }] };
const wounded: Concept = { word: 'wounded', kind: 'word', entity: null, alternatives: [{ term: 'wound', factor: 1 }] };
const intercepted: Concept = { word: 'intercepted', kind: 'word', entity: null, alternatives: [{ term: 'intercept', factor: 1 }] };
const destroyed: Concept = { word: 'destroyed', kind: 'word', entity: null, alternatives: [{ term: searchTerms('destroyed')[0]!, factor: 1 }] };
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

  it('is one that counts missiles fired when the question asks how many were shot down', () => {
    expect(missesAskedEvent(terms('At least 60 North Korean missiles had been fired at Ukrainian cities.'), intercepted)).toBe(true);
    expect(missesAskedEvent(terms('Ukraine said it had intercepted 12 of them.'), intercepted)).toBe(false);
  });

  it('is one that counts guns delivered when the question asks how many were destroyed', () => {
    expect(missesAskedEvent(terms('North Korea has delivered at least 120 Koksan guns to Russia.'), destroyed)).toBe(true);
    expect(missesAskedEvent(terms('Ukrainian drones have destroyed 14 of them.'), destroyed)).toBe(false);
  });

  it('is never found for a verb outside the domain’s events, or for a question without one', () => {
    expect(missesAskedEvent(terms('North Korea dispatched about 3,000 additional troops.'), seen)).toBe(false);
    expect(missesAskedEvent(terms('North Korea dispatched about 3,000 additional troops.'), null)).toBe(false);
  });
});

describe('the event a figure counts', () => {
  it('is the one said before it in its own clause, not the next clause’s ("killing seven people and wounding 31")', () => {
    expect(eventOfFigure('Missiles hit Kharkiv, killing ', ' people and wounding 31, officials said.', killed)).toBe('asked');
  });

  it('is another one where the words after it say troops were sent, though the sentence names the dead too', () => {
    expect(eventOfFigure('The NIS said ', ' additional soldiers had been sent in January to replace the dead.', killed)).toBe('other');
  });

  it('is the one its verb just before it says', () => {
    expect(eventOfFigure('North Korea has sent about ', ' more soldiers to Russia to replace the dead.', killed)).toBe('other');
    expect(eventOfFigure('Drones have killed about ', ' North Korean soldiers, officials said.', killed)).toBe('asked');
  });

  it('is the one asked where the words after it say it', () => {
    expect(eventOfFigure('The JCS estimated that ', ' of them had been killed.', killed)).toBe('asked');
  });

  it('is the one its own words say where two figures are joined, not the other figure’s', () => {
    expect(eventOfFigure('The JCS estimated that about 600 of them had been killed and some ', ' wounded.', wounded)).toBe('asked');
    expect(eventOfFigure('The JCS estimated that about ', ' of them had been killed and some 4,100 wounded.', wounded)).toBe('other');
  });

  it('is not read from another clause before it, joined by "and"', () => {
    expect(eventOfFigure('Officials said 300 were killed and another ', ' soldiers are in hospital near the front.', wounded)).toBeNull();
  });

  it('is none where no event is said, or where the question asks for no event of the domain', () => {
    expect(eventOfFigure('There are ', ' North Korean troops in the Kursk region.', killed)).toBeNull();
    expect(eventOfFigure('Russia has seen ', ' soldiers sent to the front.', seen)).toBeNull();
  });
});
