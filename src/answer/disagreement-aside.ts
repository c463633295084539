// "how many russian tourists went in 2025? seen diff numbers", "how many koksans did kim hand over, numbers all over
// the place", "seoul and kyiv seem to have different numbers": a member's aside that sources differ says nothing of
// what is asked, but its words ("numbers", "seem", "different") would count as the question's. Who gives the numbers
// ("seoul and kyiv", "monitors and moscow") stays.
const ASIDE_SAYS_THEY_DIFFER = /\b(?:diff|different|differ|differs|disagree|disagrees|conflicting|vary|varies)\b.*\b(?:numbers|figures|totals|estimates|things)\b|\b(?:numbers|figures|totals|estimates|sources)\b.*\b(?:differ|differs|disagree|disagrees|vary|varies|all over the place)\b|\bway off\b/i;
const ASIDE_WORDS = new Set([
  'i', 'ive', "i've", 'seen', 'seeing', 'hearing', 'heard', 'a', 'couple', 'of', 'some', 'diff', 'different', 'differ', 'differs', 'disagree',
  'disagrees', 'conflicting', 'vary', 'varies', 'numbers', 'figures', 'totals', 'estimates', 'things', 'seem', 'seems', 'to', 'have', 'say',
  'says', 'give', 'sources', 'all', 'over', 'the', 'place', 'way', 'off', 'from', 'each', 'other',
]);

/** The question without the words of a closing aside that says sources differ (the clause after its "?" or last comma). */
export function withoutDisagreementAside(question: string): string {
  const aside = /(?:\?|,|\s-)\s+([^?,]*?)\??\s*$/.exec(question);
  if (!aside || !ASIDE_SAYS_THEY_DIFFER.test(aside[1]!)) return question;
  const kept = aside[1]!.split(/\s+/).filter((word) => !ASIDE_WORDS.has(word.toLowerCase().replace(/[^\p{L}']/gu, '')));
  return `${question.slice(0, aside.index + 1)} ${kept.join(' ')}`.trim();
}
