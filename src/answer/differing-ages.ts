import type { DifferingFigure } from './answer.js';
import type { QuotedText } from './disagreement.js';
import { differingSentenceClaims } from './disagreement.js';

// Two people's ages given together, as copy gives a pair of prisoners' ages: "aged 20 and 26", "21 and 26 years old",
// "the ages of 20 and 26", "one is 20 years old and the other is 26". One age alone ("the second, aged 26") may be of
// either, so it is set against nothing.
const AGE_PAIR =
  /\b(?:aged|ages of)\s+(\d{1,3}\s+and\s+\d{1,3})\b|\b(\d{1,3}\s+and\s+\d{1,3})\s+years?\s+old\b|\b(\d{1,3}\s+years?\s+old\s+and\s+the\s+other\s+(?:is\s+)?\d{1,3})\b/i;

/**
 * When the answer to a "how old" question quotes different pairs of ages from different sources ("aged 20 and 26",
 * Ukraine's security service said; "aged 21 and 26", the NIS said), lists each with its source, as
 * `differingFigures` does for counts. Null when they agree or when no two sources give a pair.
 */
export function differingAges(quotes: readonly QuotedText[]): DifferingFigure[] | null {
  return differingSentenceClaims(quotes, (sentence) => {
    const figure = AGE_PAIR.exec(sentence)?.slice(1).find((group) => group !== undefined);
    if (!figure) return null;
    return { figure, value: (figure.match(/\d+/g) ?? []).map(Number).sort((a, b) => a - b).join(' and ') };
  });
}
