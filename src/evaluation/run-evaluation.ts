import { answerQuestion } from '../answer/engine.js';
import type { Embedder } from '../embedding/embedder.js';
import type { FusionOptions } from '../retrieval/hybrid.js';
import { DEFAULT_FUSION } from '../retrieval/hybrid.js';
import type { PassageIndex } from '../index/open.js';
import type { EvalMetrics, QuestionOutcome } from './metrics.js';
import { scoreAnswer, summarise } from './metrics.js';
import type { EvalQuestion } from './question-set.js';

/** The retrieval set-ups the evaluation compares: the shipped hybrid and each retriever alone. */
export const RETRIEVAL_SETUPS: { name: string; fusion: FusionOptions }[] = [
  { name: 'hybrid (shipped)', fusion: DEFAULT_FUSION },
  { name: 'BM25 only', fusion: { ...DEFAULT_FUSION, vectorWeight: 0 } },
  { name: 'vectors only', fusion: { ...DEFAULT_FUSION, vectorWeight: 1 } },
];

/** Asks every question through the real answer function (top 3) and scores the quotes. */
export async function runEvaluation(
  index: PassageIndex,
  embedder: Embedder,
  questions: EvalQuestion[],
  fusion: FusionOptions = DEFAULT_FUSION,
): Promise<{ metrics: EvalMetrics; outcomes: QuestionOutcome[] }> {
  const outcomes: QuestionOutcome[] = [];
  const passageText = (passageId: string) => index.passage(passageId)?.text;
  for (const item of questions) {
    outcomes.push(scoreAnswer(item, await answerQuestion(index, embedder, item.question, { top: 3, fusion }), passageText));
  }
  return { metrics: summarise(outcomes), outcomes };
}
