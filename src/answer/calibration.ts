import type { Embedder } from '../embedding/embedder.js';
import type { Calibration } from '../index/manifest.js';
import type { PassageIndex } from '../index/open.js';
import { OFF_TOPIC_PROBES } from './calibration-probes.js';
import { gatherCandidates } from './engine.js';
import { relevance } from './relevance.js';
import type { ScoringProfile } from './scoring-profile.js';
import { DEFAULT_PROFILE } from './scoring-profile.js';

/**
 * Fits the refusal threshold to a freshly built index: asks it the off-topic probes and sets the threshold just
 * above the relevance that all but the most relevant few of them reached, never below a floor. The cosine of unrelated text differs
 * widely between models (about 0.3 for averaged GloVe vectors, 0.1 for MiniLM), so a threshold fitted to one
 * model would refuse too much or too little with another.
 */
export async function calibrate(index: PassageIndex, embedder: Embedder, profile: ScoringProfile = DEFAULT_PROFILE): Promise<Calibration> {
  const scores: number[] = [];
  for (const probe of OFF_TOPIC_PROBES) {
    const { candidates } = await gatherCandidates(index, embedder, probe, profile.candidatesPerQuote, profile);
    scores.push(Math.max(0, ...candidates.map((c) => relevance(c, profile))));
  }
  const sorted = [...scores].sort((a, b) => a - b);
  const { quantile, margin, floor } = profile.calibration;
  const atQuantile = sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))]!;
  return { refuseBelow: Math.max(floor, atQuantile + margin), probes: scores.length, probeMax: sorted.at(-1)! };
}
