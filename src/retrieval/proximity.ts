import type { WeightedConcept } from './query.js';
import { placedSearchTerms } from './terms.js';

/** Two concepts that stand next to each other in the question ("partnership treaty", "Kim's soldiers"). */
export interface ConceptPair {
  first: WeightedConcept;
  second: WeightedConcept;
  /** The lighter concept's weight: a pair is as telling as its commoner word. */
  weight: number;
}

/** The question's concepts in the order it writes them, each with the one that follows it. */
export function neighbouringPairs(question: string, concepts: WeightedConcept[]): ConceptPair[] {
  const words = placedSearchTerms(question).atWord;
  const ordered = concepts
    .map((concept) => ({ concept, at: positionsOf(concept, words)[0] }))
    .filter((found): found is { concept: WeightedConcept; at: number } => found.at !== undefined)
    .sort((a, b) => a.at - b.at)
    .map(({ concept }) => concept);
  return ordered.slice(1).map((second, i) => {
    const first = ordered[i]!;
    return { first, second, weight: Math.min(first.weight, second.weight) };
  });
}

/**
 * The share of the pairs' weight whose two concepts stand within `window` words of each other in a text, given as
 * the terms at each of its words (`placedSearchTerms`; stop words not counted): a sentence that writes "the
 * partnership treaty" says more of it than one with "partnership" at its start and "treaty" at its end. 0 without
 * pairs.
 */
export function nearPairShare(pairs: readonly ConceptPair[], words: readonly Set<string>[], window: number): number {
  if (pairs.length === 0) return 0;
  let total = 0;
  let near = 0;
  for (const { first, second, weight } of pairs) {
    total += weight;
    const at = positionsOf(second, words);
    if (positionsOf(first, words).some((i) => at.some((j) => i !== j && Math.abs(i - j) <= window))) near += weight;
  }
  return total > 0 ? near / total : 0;
}

function positionsOf(concept: WeightedConcept, words: readonly Set<string>[]): number[] {
  const found: number[] = [];
  words.forEach((terms, i) => {
    if (concept.alternatives.some(({ term }) => terms.has(term))) found.push(i);
  });
  return found;
}
