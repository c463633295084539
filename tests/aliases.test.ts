import { describe, expect, it } from 'vitest';
import { entityTerm } from '../src/text/aliases.js';
import { searchTerms } from '../src/retrieval/terms.js';

const entitiesOf = (text: string) => searchTerms(text).filter((term) => term.startsWith('@'));

describe('the names of the domain', () => {
  it('give a capital and its country one term', () => {
    expect(entitiesOf('Pyongyang said')).toEqual(entitiesOf('North Korea said'));
  });

  it('give a body the terms of what it is part of, not the other way round', () => {
    expect(entitiesOf('the Pentagon said')).toEqual([entityTerm('pentagon'), entityTerm('united-states')]);
    expect(entitiesOf('the United States said')).toEqual([entityTerm('united-states')]);
  });

  it('let a spy chief speak for his agency and his country', () => {
    expect(entitiesOf('Kyrylo Budanov said')).toEqual([entityTerm('budanov'), entityTerm('ukraine-military-intelligence'), entityTerm('ukraine')]);
  });

  it('read a leader\'s possessive as the country, as "Kim\'s soldiers" are North Korea\'s', () => {
    expect(entitiesOf("Putin's war")).toEqual([entityTerm('russia')]);
    expect(entitiesOf('Putin said')).toEqual([entityTerm('putin'), entityTerm('russia')]);
  });

  it('know the North’s army and ruling party by their own names', () => {
    expect(entitiesOf("the Korean People's Army")).toContain(entityTerm('north-korea'));
    expect(entitiesOf("the Workers' Party")).toContain(entityTerm('north-korea'));
  });

  it('read the words of a name that says nothing as words as the name alone', () => {
    expect(searchTerms("Ukraine's General Staff said")).not.toContain('gener');
    expect(searchTerms('a North Korean general said')).toContain('gener');
  });
});
