import { describe, expect, it } from 'vitest';
import { SpeakerMatcher } from '../src/answer/speaker-match.js';

const kcna = new SpeakerMatcher('KCNA', { aliases: true });

describe('the speaker a question asks about', () => {
  it('speaks in a sentence that a name closes ("…, KCNA reported")', () => {
    expect(kcna.speaksIn('Kim watched tests of new drones and called for more of them, KCNA reported.')).toBe(true);
  });

  it('speaks in any sentence of a quote, not only the first', () => {
    expect(kcna.speaksIn('Kim called for more drones, KCNA reported. The tests took place on Tuesday.')).toBe(true);
  });

  it('speaks in a statement it carried, the participle giving the words ("…carried by KCNA confirming that…")', () => {
    expect(kcna.speaksIn('The party issued a statement carried by KCNA confirming that units had been sent to Kursk.')).toBe(true);
  });

  it('does not speak where it is only mentioned', () => {
    expect(kcna.speaksIn('Analysts in Seoul said the footage shown by KCNA had been edited.')).toBe(false);
  });

  it('speaks as the author of a report, described by the aside that follows its name', () => {
    const lab = new SpeakerMatcher('the satellite imagery lab', { aliases: true });
    expect(lab.speaksIn('A report published on Jan. 8 by the Arden Open Source Lab, which studies commercial satellite imagery, shows a new hall.')).toBe(true);
  });

  it('is the outlet that published an analysis, whose words are all its own', () => {
    const analyst = new SpeakerMatcher('the parapet analyst', { aliases: true });
    expect(analyst.publishes({ publisher: 'Parapet Defence Review' })).toBe(true);
    expect(analyst.publishes({ publisher: 'The Ridgeway Echo' })).toBe(false);
    expect(analyst.publishes({ publisher: null })).toBe(false);
  });
});
