import type { PassageIndex } from '../index/open.js';
import type { Candidate } from '../retrieval/hybrid.js';
import type { WeightedConcept } from '../retrieval/query.js';
import { givesNamesAndWords } from './names-aside.js';
import type { Asked } from './engine.js';
import type { QuestionIntent } from './question-intent.js';
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

/**
 * The lexical evidence that a passage is about the question: the share of the question's concept weight it holds,
 * a concept that only another passage of its article holds counting a part of a match ("It is a dinosaur," said the
 * colonel, in an article about the Koksan gun).
 */
export function lexicalEvidence(index: PassageIndex, candidate: Pick<Candidate, 'passageId'>, concepts: WeightedConcept[], profile: ScoringProfile): number {
  return index.coverageOf(candidate.passageId, concepts, profile.relevance.articleFactor);
}

/**
 * Which candidates may be quoted: none for a request for advice, which news copy never gives ("best ski resorts in
 * south korea", "what are the kremlin's opening hours for tourists", though the corpus writes of resorts and of the
 * Kremlin). A passage with more lexical evidence than the off-topic probes' passages had, in the question's words
 * other than names too, may always be (a question of rare names the model does not know, "who compared the Koksan to
 * a dinosaur", is about the corpus all the same); otherwise only when the question is about what the corpus is about
 * (the vector of its words other than names at least as close to the corpus's direction as the threshold fitted on
 * the probes, see topicVector) and the passage clears a low floor of relevance. Without vectors, the lexical test
 * decides alone.
 */
export function relevanceGate(
  index: PassageIndex,
  { topicVector, concepts, content, intent }: Pick<Asked, 'topicVector' | 'concepts' | 'content'> & { intent: Pick<QuestionIntent, 'asksAdvice'> },
  profile: ScoringProfile,
): (candidate: Candidate) => boolean {
  if (intent.asksAdvice) return () => false;
  const { onTopicAbove, coverageAbove } = index.manifest.calibration;
  const topical = profile.stages.vectors && topicVector !== null && index.topicality(topicVector) >= onTopicAbove;
  // Names alone make no passage relevant: Putin's name does not make a passage about "does putin have a dog". The
  // passage's own coverage never exceeds its lexical evidence, so where it clears the threshold the article need not
  // be read.
  const named = givesNamesAndWords(concepts, content);
  const lexicallyRelevant = (candidate: Candidate) =>
    (candidate.coverage >= coverageAbove || lexicalEvidence(index, candidate, concepts, profile) >= coverageAbove) &&
    (!named || lexicalEvidence(index, candidate, content, profile) >= coverageAbove);
  return (candidate) => lexicallyRelevant(candidate) || (topical && relevance(candidate, profile) >= profile.relevance.floor);
}
