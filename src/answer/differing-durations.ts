import type { Concept } from '../retrieval/query.js';
import { matchFactor } from '../retrieval/query.js';
import { searchTerms } from '../retrieval/terms.js';
import type { DifferingFigure } from './answer.js';
import type { QuotedText } from './disagreement.js';
import { differingSentenceClaims } from './disagreement.js';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, ninety: 90,
};
const HOURS_PER: Readonly<Record<string, number>> = { minute: 1 / 60, hour: 1, day: 24, week: 24 * 7, month: 24 * 30, year: 24 * 365 };
// A stretch of time as copy writes it, with the words that bound it: "about two and a half hours", "more than three
// hours", "90 minutes", "half an hour". Kilometres and years of age are not durations.
const DURATION = new RegExp(
  String.raw`(?:\b(?<bound>about|around|roughly|some|nearly|almost|just over|just under|more than|less than|over|under|at least|up to)\s+)?` +
    String.raw`\b(?:(?<half>half)\s+an?\s+(?<halfUnit>minute|hour|day|week|month|year)|(?<amount>\d+(?:\.\d+)?|${Object.keys(NUMBER_WORDS).join('|')})(?<andAHalf>\s+and\s+a\s+half)?[\s-]+(?<unit>minute|hour|day|week|month|year)s?)\b(?![\s-]+old\b)`,
  'i',
);

// "A month after the summit" is the time between two events; "80,000 roubles a month" and "drones a year" are rates.
// "About a month", "for a year", "spent a month" are stretches.
const BETWEEN_EVENTS = /^\s+(?:after|before|later|earlier|ago)\b/i;
const BOUNDS_A_STRETCH = /\b(?:for|in|within|took|takes|take|spent|spend|spends|lasted|lasts|last)\s+$/i;

/**
 * When the answer to a "how long" question quotes different stretches of time from different sources ("about two
 * and a half hours", the Kremlin aide said; "more than three hours", according to state television), lists each
 * with its source, as `differingFigures` does for counts. A sentence gives the first stretch it writes, and only
 * when it holds one of `words` (the question's words other than names), so that the train's 20-hour trip is not set
 * against the talks. Null when the stretches agree.
 */
export function differingDurations(quotes: readonly QuotedText[], words: Concept[]): DifferingFigure[] | null {
  return differingSentenceClaims(quotes, (sentence) => {
    const duration = DURATION.exec(sentence);
    if (!duration || !isStretch(sentence, duration)) return null;
    const terms = new Set(searchTerms(sentence));
    return words.some((c) => matchFactor(c, terms) > 0) ? { figure: duration[0], value: String(hoursOf(duration)) } : null;
  });
}

// Is the stretch one (not a time between events, not "a month" of a rate)?
function isStretch(sentence: string, duration: RegExpExecArray): boolean {
  if (BETWEEN_EVENTS.test(sentence.slice(duration.index + duration[0].length))) return false;
  const { bound, amount } = duration.groups!;
  return !/^an?$/i.test(amount ?? '') || bound !== undefined || BOUNDS_A_STRETCH.test(sentence.slice(0, duration.index));
}

// "two and a half hours" and "150 minutes" are one stretch; "more than three hours" is three hours and more, which
// "about three hours" does not contradict.
function hoursOf(duration: RegExpExecArray): number {
  const { half, halfUnit, amount, andAHalf, unit } = duration.groups!;
  if (half) return HOURS_PER[halfUnit!.toLowerCase()]! / 2;
  const count = NUMBER_WORDS[amount!.toLowerCase()] ?? Number(amount);
  return (count + (andAHalf ? 0.5 : 0)) * HOURS_PER[unit!.toLowerCase()]!;
}
