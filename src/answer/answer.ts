import type { Claim } from './disagreement.js';

/** Who published the article a quote comes from; null where the corpus does not record it. */
export interface QuoteSource {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
}

/** A verbatim excerpt: `text` equals the article body sliced from `start` to `end`. */
export interface Quote {
  text: string;
  /** Fused retrieval score of the passage the quote comes from, 0..1. */
  score: number;
  article: QuoteSource;
  passageId: string;
  start: number;
  end: number;
}

export interface Answer {
  question: string;
  /** False when nothing in the corpus is relevant enough: then `quotes` is empty. */
  answered: boolean;
  quotes: Quote[];
  /**
   * Names, and the thing counted, that the question asks about but none of the quoted articles uses (see
   * questionFocus): when there are any, the quotes may not answer the question directly, and the answer says so.
   */
  notMentioned: string[];
  /** Different figures the quotes give for what a "how many" question asks, each with its source; else null. */
  differingFigures: Claim[] | null;
  /** The embedding model of the index that answered. */
  model: string;
  /** When that index was built (ISO 8601). */
  indexBuiltAt: string;
}
