import type { Candidate } from '../retrieval/hybrid.js';
import type { ScoringProfile } from './scoring-profile.js';

/**
 * The evidence that a passage is about the question, on an absolute scale (unlike the fused score, which only
 * ranks within one question): cosine similarity and the share of the question's rare terms the passage contains.
 * A passage that shares no term with the question counts only when its meaning is very close: averaged word
 * vectors find "How tall is Mount Everest?" near a paragraph about the front's winter cold.
 */
export function relevance(candidate: Pick<Candidate, 'cosine' | 'coverage'>, profile: ScoringProfile): number {
  const { cosineWeight, cosineAlone } = profile.relevance;
  if (!profile.stages.vectors) return candidate.coverage;
  if (!profile.stages.lexical) return Math.max(candidate.cosine, 0);
  if (candidate.coverage === 0 && candidate.cosine < cosineAlone) return 0;
  return cosineWeight * Math.max(candidate.cosine, 0) + (1 - cosineWeight) * candidate.coverage;
}

// Calibrated with the offline model on tests/eval/questions.json. On the seed alone, the best passage of an
// off-topic question scored at most 0.11 and of an answerable one at least 0.21, so the threshold sits at 0.16.
export const RELEVANCE_THRESHOLD = 0.16;
