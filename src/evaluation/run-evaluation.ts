import { answerQuestion } from '../answer/engine.js';
import type { Embedder } from '../embedding/embedder.js';
import type { ScoringProfile } from '../answer/scoring-profile.js';
import { DEFAULT_PROFILE } from '../answer/scoring-profile.js';
import type { PassageIndex } from '../index/open.js';
import type { EvalMetrics, QuestionOutcome } from './metrics.js';
import { scoreAnswer, summarise } from './metrics.js';
import type { EvalQuestion } from './question-set.js';

/** The retrieval set-ups the evaluation compares: the shipped hybrid and each retriever alone. */
export const RETRIEVAL_SETUPS: { name: string; profile: ScoringProfile }[] = [
  { name: 'hybrid (shipped)', profile: DEFAULT_PROFILE },
  { name: 'BM25 only', profile: { ...DEFAULT_PROFILE, stages: { ...DEFAULT_PROFILE.stages, vectors: false } } },
  { name: 'vectors only', profile: { ...DEFAULT_PROFILE, stages: { ...DEFAULT_PROFILE.stages, lexical: false } } },
];

/** Asks every question through the real answer function (top 3) and scores the quotes. */
export async function runEvaluation(
  index: PassageIndex,
  embedder: Embedder,
  questions: EvalQuestion[],
  profile: ScoringProfile = DEFAULT_PROFILE,
): Promise<{ metrics: EvalMetrics; outcomes: QuestionOutcome[] }> {
  const outcomes: QuestionOutcome[] = [];
  const passageText = (passageId: string) => index.passage(passageId)?.text;
  for (const item of questions) {
    outcomes.push(scoreAnswer(item, await answerQuestion(index, embedder, item.question, { top: 3, profile }), passageText));
  }
  return { metrics: summarise(outcomes), outcomes };
}
