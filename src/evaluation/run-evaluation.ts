import { answerQuestion } from '../answer/engine.js';
import type { Embedder } from '../embedding/embedder.js';
import type { PassageIndex } from '../index/open.js';
import type { EvalMetrics, QuestionOutcome } from './metrics.js';
import { scoreAnswer, summarise } from './metrics.js';
import type { EvalQuestion } from './question-set.js';

/** Asks every question through the real answer function (top 3) and scores the quotes. */
export async function runEvaluation(
  index: PassageIndex,
  embedder: Embedder,
  questions: EvalQuestion[],
): Promise<{ metrics: EvalMetrics; outcomes: QuestionOutcome[] }> {
  const outcomes: QuestionOutcome[] = [];
  for (const item of questions) outcomes.push(scoreAnswer(item, await answerQuestion(index, embedder, item.question, 3)));
  return { metrics: summarise(outcomes), outcomes };
}
