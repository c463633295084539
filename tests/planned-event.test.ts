import { describe, expect, it } from 'vitest';
import { asksPlan, datesPlan, givesOnlyPlans } from '../src/answer/planned-event.js';
import { questionConcepts } from '../src/retrieval/query.js';

const onlyPlans = (question: string, quote: string) => givesOnlyPlans(quote, 'date', questionConcepts(question, { aliases: true }));

describe('a quote that dates only plans, for a "when" question', () => {
  it('dates the words that announced a plan, not the event', () => {
    const quote = 'During a visit to Pyongyang in June, Shoigu said North Korea would send 1,000 deminers to Kursk.';
    expect(onlyPlans('when did the north korean deminers get to kursk', quote)).toBe(true);
  });

  it('is not one that dates what happened', () => {
    expect(onlyPlans('when did the north korean deminers get to kursk', 'The first deminers reached Kursk on Nov. 5.')).toBe(false);
  });

  it('is not one where the question’s words stand outside the plan’s clause', () => {
    const quote = 'Trade will be ramped up, Putin said when he signed the treaty in Pyongyang in June.';
    expect(onlyPlans('when did putin sign the treaty', quote)).toBe(false);
  });

  it('is not one whose sentence of plans gives no date, beside a dated event', () => {
    const quote = 'The bridge opened to traffic on 19 June. More lanes would follow.';
    expect(onlyPlans('when did the bridge open', quote)).toBe(false);
  });

  it('reads the month of May as a date, not as a plan', () => {
    expect(onlyPlans('when did the bridge open', 'The bridge opened in May 2026.')).toBe(false);
  });

  it('finds plans in the forms copy writes them', () => {
    expect(onlyPlans('when did the bridge open', 'The bridge is due to open in 2026.')).toBe(true);
    expect(onlyPlans('when did the bridge open', 'Officials said the bridge should open in 2026.')).toBe(true);
  });
});

const datesThePlan = (question: string, quote: string) => datesPlan(quote, 'date', questionConcepts(question, { aliases: true }));

describe('a quote that dates a plan, for a question when something is to happen', () => {
  it('tells a question about what is to come from one about what happened', () => {
    expect(asksPlan('when is the museum supposed to open')).toBe(true);
    expect(asksPlan('what date is kim going to moscow')).toBe(true);
    expect(asksPlan('when did the museum open')).toBe(false);
  });

  it('dates the plan the question asks about', () => {
    expect(datesThePlan('when is the museum supposed to open', 'Officials said the museum is due to open in May 2026.')).toBe(true);
  });

  it('is not one that dates the event as done', () => {
    expect(datesThePlan('when is the museum supposed to open', 'The museum opened on Sept. 3.')).toBe(false);
  });

  it('is not one whose plan is of other words than the question’s', () => {
    expect(datesThePlan('when is the museum supposed to open', 'The museum opened on Sept. 3, and a second hall will follow.')).toBe(false);
  });
});
