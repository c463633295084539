import type { DifferingFigure, Quote } from './answer.js';
import { DAY_OF_MONTH } from '../text/calendar-dates.js';
import { claimSource } from './speaker.js';

// "3,000", "10,000", "1.5 million": the figures a news sentence reports.
const FIGURE = /\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?(?:\s+(?:million|billion|thousand|hundred))?\b/g;
const YEAR = /^(1[89]|20)\d{2}$/;

/**
 * When the answer to a "how many" question quotes different figures from different sources, lists each with its
 * source so that the reader sees that the sources differ instead of taking one number as the answer. Null when
 * they agree or when fewer than two sources give a figure.
 */
export function differingFigures(quotes: Quote[]): DifferingFigure[] | null {
  const claims: (DifferingFigure & { value: string })[] = [];
  quotes.forEach((quote, i) => {
    const figure = [...quote.text.replace(DAY_OF_MONTH, '').matchAll(FIGURE)].map((m) => m[0]).find((f) => !YEAR.test(f));
    if (figure) {
      const source = claimSource(quote.text) ?? quote.article.publisher ?? quote.article.title;
      claims.push({ figure, source, quote: i, value: figure.replace(/,/g, '') });
    }
  });
  const distinct = new Set(claims.map((c) => c.value));
  const sources = new Set(claims.map((c) => c.source));
  return distinct.size >= 2 && sources.size >= 2 ? claims.map(({ figure, source, quote }) => ({ figure, source, quote })) : null;
}
