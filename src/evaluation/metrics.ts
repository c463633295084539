import type { Answer } from '../answer/answer.js';
import type { EvalQuestion } from './question-set.js';

export interface QuestionOutcome {
  question: string;
  /** True for questions the corpus answers. */
  answerable: boolean;
  answered: boolean;
  /** 1-based rank of the first quote that contains an expected fragment; null when none does. */
  hitRank: number | null;
}

export interface EvalMetrics {
  questions: number;
  answerable: number;
  offTopic: number;
  /** Share of answerable questions whose first quote is a hit. */
  hitAt1: number;
  hitAt3: number;
  /** Mean reciprocal rank of the first hit over answerable questions (0 for a miss). */
  mrr: number;
  /** Share of off-topic questions that were refused. */
  refusalAccuracy: number;
  /** Share of answerable questions that were refused. */
  falseRefusalRate: number;
}

export function scoreAnswer(item: EvalQuestion, answer: Answer): QuestionOutcome {
  const index = item.expect ? answer.quotes.findIndex((q) => item.expect!.some((fragment) => q.text.includes(fragment))) : -1;
  return { question: item.question, answerable: item.expect !== null, answered: answer.answered, hitRank: index === -1 ? null : index + 1 };
}

export function summarise(outcomes: QuestionOutcome[]): EvalMetrics {
  const answerable = outcomes.filter((o) => o.answerable);
  const offTopic = outcomes.filter((o) => !o.answerable);
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  const hitsWithin = (k: number) => answerable.filter((o) => o.hitRank !== null && o.hitRank <= k).length;
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    offTopic: offTopic.length,
    hitAt1: share(hitsWithin(1), answerable.length),
    hitAt3: share(hitsWithin(3), answerable.length),
    mrr: share(answerable.reduce((sum, o) => sum + (o.hitRank ? 1 / o.hitRank : 0), 0), answerable.length),
    refusalAccuracy: share(offTopic.filter((o) => !o.answered).length, offTopic.length),
    falseRefusalRate: share(answerable.filter((o) => !o.answered).length, answerable.length),
  };
}
