import { describe, expect, it } from 'vitest';
import { stemmer } from 'stemmer';
import { irregularFormsOf, lemmaOf } from '../src/text/lemmas.js';

describe('lemmaOf', () => {
  it('gives the base form of irregular past tenses and participles', () => {
    const pairs = {
      began: 'begin', sent: 'send', fought: 'fight', went: 'go', gave: 'give', met: 'meet', told: 'tell',
      said: 'say', took: 'take', brought: 'bring', sold: 'sell', bought: 'buy', built: 'build', led: 'lead',
      flew: 'fly', fell: 'fall', shot: 'shoot', struck: 'strike', seen: 'see', knew: 'know', held: 'hold',
    };
    expect(Object.fromEntries(Object.keys(pairs).map((form) => [form, lemmaOf(form)]))).toEqual(pairs);
  });

  it('gives the singular of irregular plurals', () => {
    expect([lemmaOf('men'), lemmaOf('women'), lemmaOf('children')]).toEqual(['man', 'woman', 'child']);
  });

  it('gives the positive degree of irregular comparatives and superlatives', () => {
    expect([lemmaOf('better'), lemmaOf('best'), lemmaOf('worse'), lemmaOf('worst')]).toEqual([
      'good', 'good', 'bad', 'bad',
    ]);
  });

  it('is null for regular inflections, which the stemmer already joins to their base form', () => {
    expect([lemmaOf('killed'), lemmaOf('troops'), lemmaOf('wounded'), lemmaOf('missiles')]).toEqual([
      null, null, null, null,
    ]);
  });

  it('is null for an irregular form in the exception list whose stem is already that of its base form', () => {
    expect(stemmer('abetted')).toBe(stemmer('abet'));
    expect(lemmaOf('abetted')).toBeNull();
  });

  it('is null for a base form and for a word that is not English', () => {
    expect([lemmaOf('send'), lemmaOf('xqzt')]).toEqual([null, null]);
  });

  it('reads an ambiguous form as the verb, as WordNet lists it', () => {
    expect([lemmaOf('left'), lemmaOf('found'), lemmaOf('wound')]).toEqual(['leave', 'find', 'wind']);
  });
});

describe('irregularFormsOf', () => {
  it('lists the irregular forms of a verb that stemming cannot reach', () => {
    expect(irregularFormsOf('send')).toEqual(['sent']);
    expect([...irregularFormsOf('begin')].sort()).toEqual(['began', 'begun']);
  });

  it('lists the irregular plural of a noun', () => {
    expect(irregularFormsOf('child')).toEqual(['children']);
  });

  it('is empty for a word without irregular forms', () => {
    expect(irregularFormsOf('kill')).toEqual([]);
  });

  it('is the inverse of lemmaOf', () => {
    const forms = irregularFormsOf('strike');
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) expect(lemmaOf(form)).toBe('strike');
  });
});
