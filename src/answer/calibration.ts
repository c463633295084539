import type { Embedder } from '../embedding/embedder.js';
import type { Calibration } from '../index/manifest.js';
import type { PassageIndex } from '../index/open.js';
import { questionConcepts } from '../retrieval/query.js';
import { OFF_TOPIC_PROBES } from './calibration-probes.js';
import { gatherCandidates } from './engine.js';
import { withoutNames } from './names-aside.js';
import { questionVector, topicVector } from './question-vector.js';
import { lexicalEvidence } from './relevance.js';
import type { ScoringProfile } from './scoring-profile.js';
import { DEFAULT_PROFILE } from './scoring-profile.js';

/**
 * How the thresholds are measured. Bump it with any change to what calibrate measures, or to what the gate compares
 * with the thresholds: an index fitted another way is stale. 2: a concept another passage of the article holds counts
 * in the lexical evidence. 3: the probes' topicality is that of their words other than names (see topicVector). 4:
 * irregular forms are not embedded with a question, and no number is a form of a word (the probes' vectors and
 * concepts change with them). 5: the verb of a phrasal verb counts in part alone.
 */
export const CALIBRATION_VERSION = 5;

/**
 * Fits the refusal thresholds to a freshly built index by asking it the off-topic probes: a question is on-topic
 * when its vector comes closer to the corpus's direction than the probes' vectors come, and a passage holding more
 * of the question's word weight than the probes' best passages hold is relevant whatever its vector says (in each
 * case all but the few closest probes, see ScoringProfile.calibration). The cosine of unrelated text differs between models and corpora, so thresholds fitted to one would refuse
 * too much or too little with another.
 */
export async function calibrate(index: PassageIndex, embedder: Embedder, profile: ScoringProfile = DEFAULT_PROFILE): Promise<Calibration> {
  const { quantile, margin, coverageFloor } = profile.calibration;
  const topicality: number[] = [];
  const lexical: number[] = [];
  const lexicalOnly = { ...profile, stages: { ...profile.stages, vectors: false } };
  for (const probe of OFF_TOPIC_PROBES) {
    // The probe's vector as a question's is made, word forms, names aside and all.
    const concepts = questionConcepts(probe, { aliases: profile.stages.aliases });
    const question = { concepts, content: withoutNames(concepts, index, profile.relevance.subjectShare), vector: await questionVector(embedder, probe, concepts, profile) };
    const vector = await topicVector(embedder, question, profile);
    topicality.push(vector ? index.topicality(vector) : 0);
    const { asked, candidates } = await gatherCandidates(index, embedder, probe, profile.candidatesPerQuote, lexicalOnly);
    lexical.push(Math.max(0, ...candidates.map((c) => lexicalEvidence(index, c, asked.concepts, profile))));
  }
  const above = (scores: number[]) => [...scores].sort((a, b) => a - b)[Math.min(scores.length - 1, Math.floor(quantile * scores.length))]! + margin;
  return { version: CALIBRATION_VERSION, onTopicAbove: above(topicality), coverageAbove: Math.max(coverageFloor, above(lexical)), probes: OFF_TOPIC_PROBES.length, probeCoverageMax: Math.max(...lexical) };
}
