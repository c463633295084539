import { eng } from 'stopword';
import { stemmer } from 'stemmer';
import { foldForMatching } from '../text/fold.js';
import { normaliseFigures } from '../text/number-words.js';

// The package's English list lacks some words every question is made of; as terms they would only look like rare
// words the corpus never uses.
const STOPWORDS = new Set([...eng, 'does', 'why', 'when', 'whom', 'whose', 'will']);
const TOKEN = /[\p{L}\p{N}]+/gu;
// Stemming is most of the cost of indexing; a corpus repeats its words, so stems are remembered. Bounded, because
// a flood of made-up words in questions must not grow memory without end.
const STEMS = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 100_000;

/**
 * Version of the analyzer below: how text becomes search terms (tokens, folding, figures, stop words, stemming).
 * Bump it with any change that can give a text other terms; an index built by another version is stale, because
 * its postings no longer meet the terms of the questions.
 */
export const ANALYZER_VERSION = 1;

/**
 * The terms lexical search matches on: folded (case, lookalike letters, NFKC), figures written one way ("ten
 * thousand" and "10,000" both "10000"), without stop words, stemmed so that "soldier" finds "soldiers". Used for both passages and questions, so the two always agree.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [token] of normaliseFigures(foldForMatching(text)).replaceAll('’', "'").matchAll(TOKEN)) {
    if (!STOPWORDS.has(token)) terms.push(stemOf(token));
  }
  return terms;
}

function stemOf(token: string): string {
  let stem = STEMS.get(token);
  if (stem === undefined) {
    if (STEMS.size >= MAX_REMEMBERED_STEMS) STEMS.clear();
    stem = stemmer(token);
    STEMS.set(token, stem);
  }
  return stem;
}

/** Is the word one that search ignores ("the", "has", "how")? */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(foldForMatching(word));
}

/** Question terms with their IDF weights. */
export type TermWeights = Map<string, number>;

/** Share (0..1) of the question's term weight that `terms` contains. */
export function coverage(weights: TermWeights, terms: Iterable<string>): number {
  let total = 0;
  for (const weight of weights.values()) total += weight;
  if (total === 0) return 0;
  let found = 0;
  for (const term of new Set(terms)) found += weights.get(term) ?? 0;
  return found / total;
}
