import { describe, expect, it } from 'vitest';
import { figureContext, fitsQuestion } from '../src/answer/figure-qualifiers.js';

// Whether the figure in the sentence may answer the question, read in its own clause.
const fits = (sentence: string, figure: string, question: string) => fitsQuestion(figureContext(sentence, sentence.indexOf(figure), figure), question);

describe('the kind of figure a question asks for', () => {
  it('is a total, which a rate is not', () => {
    expect(fits('UN sanctions cap its imports of refined petroleum at 500,000 barrels a year.', '500,000', 'how many barrels of fuel has russia sent nk')).toBe(false);
    expect(fits('More than 1 million barrels of refined products reached the North.', '1 million', 'how many barrels of fuel has russia sent nk')).toBe(true);
  });

  it('is a rate where the question asks for one', () => {
    const question = 'how many drones a night is russia launching';
    expect(fits('Russia wants to launch a thousand drones a night, every night.', 'a thousand', question)).toBe(true);
    expect(fits('Russia launched 472 drones at Ukrainian cities.', '472', question)).toBe(false);
  });

  it('is the sum for each one where the question asks "for each", not the sum for all of them', () => {
    const question = 'how much does russia pay for each nk worker a month';
    expect(fits('Russia pays about $1,000 a month for each worker.', '$1,000', question)).toBe(true);
    expect(fits('The 12,000 workers would bring Pyongyang about $12 million a month.', '$12 million', question)).toBe(false);
  });

  it('is no increment unless the question asks for one', () => {
    const total = 'how many nk troops are in russia';
    expect(fits('North Korea had sent some 1,500 additional troops to Russia in January.', '1,500', total)).toBe(false);
    expect(fits('A first group of around 1,500 soldiers left the east coast.', '1,500', total)).toBe(false);
    expect(fits('The first contingent, of roughly 1,500 troops, sailed from the east coast.', '1,500', total)).toBe(false);
    expect(fits('The most recent package added 105 ships to the list.', '105', 'how many ships are on the blacklist')).toBe(false);
    expect(fits('North Korea sent about 1,500 more troops in January.', '1,500', 'how many more troops did nk send in january')).toBe(true);
  });

  it('reads "more than" as a bound of the figure, not an increment', () => {
    expect(fits('North Korea has sent more than 11,000 troops to Russia.', '11,000', 'how many nk troops are in russia')).toBe(true);
  });

  it('is never a limit', () => {
    expect(fits('The Security Council set a ceiling of 500,000 barrels on its imports.', '500,000', 'how many barrels did russia deliver')).toBe(false);
  });

  it('does not take "each other" for "each"', () => {
    expect(fits('About 2,000 soldiers have died, the agency said.', '2,000', 'how many have died? seoul and kyiv seem way off from each other')).toBe(true);
  });
});
