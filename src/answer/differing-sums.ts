import type { Concept } from '../retrieval/query.js';
import { matchFactor } from '../retrieval/query.js';
import { searchTerms } from '../retrieval/terms.js';
import { SCALE_FACTORS } from '../text/number-words.js';
import type { DifferingFigure } from './answer.js';
import type { QuotedText } from './disagreement.js';
import { differingSentenceClaims } from './disagreement.js';
import { figureContext, fitsQuestion } from './figure-qualifiers.js';

// A sum of money as news copy writes it: "$5.5 billion", "$2bn", "US$20 million", "5.5 billion dollars", "9 billion
// roubles".
const SUM =
  /(US\s?\$|\$|€|£|¥|₩)\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(trillion|billion|million|thousand|tn|bn|mn|m|k)\b)?|\b(\d[\d,]*(?:\.\d+)?)(?:\s*(trillion|billion|million|thousand|tn|bn|mn|m))?\s+(dollars|euros|pounds|roubles|rubles|won|yen|yuan)\b/i;
const CURRENCY: Record<string, string> = {
  us$: 'USD', $: 'USD', dollars: 'USD', '€': 'EUR', euros: 'EUR', '£': 'GBP', pounds: 'GBP',
  '¥': 'JPY', yen: 'JPY', '₩': 'KRW', won: 'KRW', roubles: 'RUB', rubles: 'RUB', yuan: 'CNY',
};

/**
 * When the answer to a "how much does it cost / did it earn" question quotes different sums from different sources
 * ("about $5.5 billion", the institute calculated; "no more than $1.7 billion", a study put it), lists each with its
 * source, as `differingFigures` does for counts. A sentence gives the first sum it writes ("9 billion roubles ($110m)"
 * is one sum), and only when it holds a word of the question, so that a bridge's cost is not set against arms
 * earnings, and is of the kind the `question` asks for (fitsQuestion: "$12 million a month" for all the workers is
 * not the pay for each). Null when the sums agree.
 */
export function differingSums(quotes: readonly QuotedText[], concepts: Concept[], question: string): DifferingFigure[] | null {
  const words = concepts.filter((c) => c.kind === 'word');
  return differingSentenceClaims(quotes, (sentence) => {
    const sum = SUM.exec(sentence);
    if (!sum || !fitsQuestion(figureContext(sentence, sum.index, sum[0]), question)) return null;
    const terms = new Set(searchTerms(sentence));
    return words.some((c) => matchFactor(c, terms) > 0) ? { figure: sum[0], value: valueOf(sum) } : null;
  });
}

// The currency and the amount, however written: "$5.5bn" and "5.5 billion dollars" are one sum.
function valueOf(sum: RegExpExecArray): string {
  const [, symbol, symbolAmount, symbolScale, amount, scale, word] = sum;
  const currency = CURRENCY[(symbol ?? word ?? '').toLowerCase().replace(/\s/g, '')] ?? '?';
  const number = Number((symbolAmount ?? amount ?? '').replace(/,/g, ''));
  const times = SCALE_FACTORS[(symbolScale ?? scale ?? '').toLowerCase()] ?? 1;
  return `${currency} ${Math.round(number * times)}`;
}
