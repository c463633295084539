const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** What a scale word or its abbreviation in copy multiplies a figure by: "thousand", "k", "1.5m", "$2bn", "tn". */
export const SCALE_FACTORS: Readonly<Record<string, number>> = {
  ...SCALES, k: 1_000, m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000, trillion: 1_000_000_000_000, tn: 1_000_000_000_000,
};

const WORD = `(?:${[...Object.keys(SMALL), ...Object.keys(SCALES)].join('|')})`;
const SPELLED = new RegExp(`\\b${WORD}(?:[\\s-]+${WORD})*\\b`, 'g');
const GROUPED_DIGITS = /\b\d{1,3}(?:,\d{3})+\b/g;
// A figure and its scale, the word after a space ("9 million", "1.5 billion") or the abbreviation after no space
// ("9m", "$1.46bn", "10k").
const SCALED_DIGITS = /\b(\d+(?:\.\d+)?)(?:\s(thousand|million|billion|trillion)|(k|m|mn|bn|tn))\b/g;

/**
 * Writes figures one way, so that search matches "ten thousand" with "10,000": spelled-out cardinals become digits,
 * digit groups lose their separators and a figure with its scale is multiplied out ("nine million", "9 million",
 * "9m" and "9,000,000" all "9000000"). Expects lower-case text. A lone "one" is left alone (it
 * is mostly a pronoun), and so are ordinals: "first" read as 1 would match every 1. Not taken from
 * words-to-numbers, which turns ordinals into cardinals ("second world war" into "2 world war").
 */
export function normaliseFigures(text: string): string {
  return text
    .replace(GROUPED_DIGITS, (digits) => digits.replaceAll(',', ''))
    .replace(SCALED_DIGITS, (_, figure: string, word?: string, abbreviation?: string) => String(Math.round(Number(figure) * SCALE_FACTORS[(word ?? abbreviation)!]!)))
    .replace(SPELLED, (phrase) => (phrase === 'one' ? phrase : String(valueOf(phrase.split(/[\s-]+/)))));
}

// "two hundred fifty thousand": sums within a group, multiplies a group by the scale that closes it.
function valueOf(words: string[]): number {
  let total = 0;
  let group = 0;
  for (const word of words) {
    if (word in SMALL) group += SMALL[word]!;
    else if (word === 'hundred') group = (group || 1) * 100;
    else {
      total += (group || 1) * SCALES[word]!;
      group = 0;
    }
  }
  return total + group;
}

// The digits of a name: "KN-23", "S-400", "Hwasong-11", "Geran-2", "F-16s".
const DESIGNATION = /(?<=\p{L}[-‑])\d[\p{L}\p{N}]*/gu;

/** The text with the digits of names such as "KN-23" and "S-400" blanked, character for character: they count nothing. */
export function blankDesignations(text: string): string {
  return text.replace(DESIGNATION, (digits) => ' '.repeat(digits.length));
}
