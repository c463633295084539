import type { Quote } from './answer.js';
import { claimSource } from './speaker.js';

/** One figure a quote gives, and who the quote's sentence attributes it to. */
export interface Claim {
  /** 0-based index of the quote in the answer. */
  quote: number;
  figure: string;
  source: string | null;
}

// "3,000", "10,000", "1.5 million": the figures a news sentence reports.
const FIGURE = /\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?(?:\s+(?:million|billion|thousand|hundred))?\b/g;
const YEAR = /^(1[89]|20)\d{2}$/;
// Days of the month are not figures: "September 13, 2023".
const DATE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s*\d{4})?/g;

/**
 * When the answer to a "how many" question quotes different figures, lists each with its source so that the
 * reader sees that the sources differ instead of taking one number as the answer. Null when they agree or
 * when fewer than two quotes give a figure.
 */
export function differingFigures(quotes: Quote[]): Claim[] | null {
  const claims: Claim[] = [];
  quotes.forEach((quote, i) => {
    const figure = [...quote.text.replace(DATE, '').matchAll(FIGURE)].map((m) => m[0]).find((f) => !YEAR.test(f));
    if (figure) claims.push({ quote: i, figure, source: claimSource(quote.text) });
  });
  const distinct = new Set(claims.map((c) => c.figure.replace(/,/g, '')));
  return claims.length >= 2 && distinct.size >= 2 ? claims : null;
}

/** "Sources differ on this figure: 10,000 (The Kyiv Independent, quote 2) · 3,000 (Politico, quote 3)." */
export function differenceNote(claims: Claim[], quotes: Quote[]): string {
  const parts = claims.map((c) => `${c.figure} (${c.source ?? `“${quotes[c.quote]!.article.title}”`}, quote ${c.quote + 1})`);
  return `Sources differ on this figure: ${parts.join(' · ')}.`;
}
