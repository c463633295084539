import { describe, expect, it } from 'vitest';
import { withoutDisagreementAside } from '../src/answer/disagreement-aside.js';

describe('an aside that sources differ', () => {
  it('is left out of what the question asks', () => {
    expect(withoutDisagreementAside('how many russian tourists went to nk in 2025? seen diff numbers')).toBe('how many russian tourists went to nk in 2025?');
    expect(withoutDisagreementAside('how many koksans did kim hand over to ru, numbers all over the place')).toBe('how many koksans did kim hand over to ru,');
  });

  it('keeps who gives the numbers', () => {
    expect(withoutDisagreementAside('how many nk soldiers have been killed? seoul and kyiv seem to have different numbers')).toBe(
      'how many nk soldiers have been killed? seoul and kyiv',
    );
  });

  it('is not the words a question asks about, though they say "different"', () => {
    const question = 'who said this isnt reinforcements for kursk, the signs point to a whole different front';
    expect(withoutDisagreementAside(question)).toBe(question);
    expect(withoutDisagreementAside("how many missile cells does the destroyer have? i've seen 70 and 74")).toBe("how many missile cells does the destroyer have? i've seen 70 and 74");
  });
});
