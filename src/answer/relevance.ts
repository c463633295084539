import type { PassageIndex } from '../index/open.js';
import type { Candidate } from '../retrieval/hybrid.js';
import type { ScoringProfile } from './scoring-profile.js';

/**
 * The evidence that a passage is about the question, on an absolute scale (unlike the fused score, which only
 * ranks within one question): cosine similarity and the share of the question's concept weight the passage holds.
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

/** The relevance below which a passage is not quoted: fitted to the index's own model and corpus when it was built. */
export function refusalThreshold(index: PassageIndex): number {
  return index.manifest.calibration.refuseBelow;
}
