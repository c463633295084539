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
  /**
   * The sentences of `text` chosen for what they say, without those that only make up a quote's length (see
   * padWindow): what the verdict reads. The whole text where absent.
   */
  stated?: string;
  /** Absolute relevance of the quoted passage to the question, 0..1, comparable across questions. */
  score: number;
  article: QuoteSource;
  /** The article URL with a text fragment that opens the page at the quoted words; null without a URL. */
  link: string | null;
  passageId: string;
  start: number;
  end: number;
}

/**
 * How far an answer answers: `answered` when a quoted sentence states what the question asks; `related` when the
 * quotes are about the topic but none states it; `refused` when nothing in the corpus is relevant (no quotes).
 */
export type Verdict = 'answered' | 'related' | 'refused';

/** One figure a quote gives for what a "how many" question counts, and who gives it. */
export interface DifferingFigure {
  /** Exactly as written in the quote. */
  figure: string;
  /** The source the quote's sentence names, else the article's publisher, else its title. */
  source: string;
  /** 0-based index of the quote in the answer. */
  quote: number;
}

export interface Answer {
  question: string;
  verdict: Verdict;
  quotes: Quote[];
  /** The lines shown before the quotes (that the corpus does not answer directly, that sources differ). */
  notes: string[];
  /** Different figures that quotes from different sources give for the thing counted; null otherwise. */
  differing: DifferingFigure[] | null;
  /** The embedding model of the index that answered. */
  model: string;
  /** When that index was built (ISO 8601). */
  indexBuiltAt: string;
}
