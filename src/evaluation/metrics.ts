import type { Answer } from '../answer/answer.js';
import type { Category, EvalQuestion } from './question-set.js';
import { CATEGORIES } from './question-set.js';

export interface QuestionOutcome {
  question: string;
  category: Category;
  /** True for questions the corpus answers. */
  answerable: boolean;
  answered: boolean;
  /** Answered, but marked as perhaps not answering directly (the question names what no quoted article uses). */
  marked: boolean;
  /** 1-based rank of the first quote that contains an expected fragment; null when none does. */
  hitRank: number | null;
  /**
   * 1-based rank of the first quote whose whole passage contains an expected fragment, whether or not the quoted
   * sentences kept it: tells a retrieval miss from a quote-selection miss.
   */
  passageHitRank: number | null;
  /** The quotes given, in rank order, with the article each comes from. */
  quotes: { text: string; articleId: string }[];
}

/**
 * Why a question is not a clean success, or null when it is (an answerable question hit at rank 1, an off-topic
 * question refused, an unanswerable one refused or marked).
 * - `refused`: answerable, but nothing cleared the relevance threshold.
 * - `retrieval`: answered, but no quoted passage holds the answer.
 * - `ranking`: the answer is quoted, but not first.
 * - `quote-selection`: a quoted passage holds the answer, but the sentences chosen from it leave it out.
 * - `answered`: a question to refuse got quotes (unmarked, for an unanswerable one).
 */
export type Failure = 'refused' | 'retrieval' | 'ranking' | 'quote-selection' | 'answered';

/** Share of a group for which a condition holds; null for an empty group (no figure rather than a made-up 0). */
export interface Rates {
  questions: number;
  answerable: number;
  offTopic: number;
  unanswerable: number;
  /** Share of answerable questions whose first quote is a hit. */
  hitAt1: number | null;
  /** Share of answerable questions with a hit among the first three quotes. */
  hitAt3: number | null;
  /** Mean reciprocal rank of the first hit over answerable questions (0 for a miss). */
  mrr: number | null;
  /** Share of answerable questions that were refused. */
  falseRefusalRate: number | null;
  /** Share of off-topic questions that were refused. */
  refusalAccuracy: number | null;
  /** Share of unanswerable (on-topic, answer not in the corpus) questions that were refused. */
  unanswerableRefused: number | null;
  /** Share of unanswerable questions that were refused or marked as perhaps not answered directly. */
  unanswerableRefusedOrMarked: number | null;
  /** Share of answerable questions marked as perhaps not answered directly: false alarms. */
  answerableMarked: number | null;
}

export interface EvalMetrics extends Rates {
  /** The same figures for each category's questions alone. */
  byCategory: Record<Category, Rates>;
}

/**
 * Scores one answer. `passageText` gives the text of a quote's whole passage (the index's), so that a quote
 * that dropped the answer can be told from a passage that never held it.
 */
export function scoreAnswer(item: EvalQuestion, answer: Answer, passageText: (passageId: string) => string | undefined): QuestionOutcome {
  const fragments = item.expect ?? [];
  const firstRank = (holds: (quote: Answer['quotes'][number]) => boolean) => {
    const index = fragments.length === 0 ? -1 : answer.quotes.findIndex(holds);
    return index === -1 ? null : index + 1;
  };
  return {
    question: item.question,
    category: item.category,
    answerable: item.expect !== null,
    answered: answer.verdict !== 'refused',
    marked: answer.verdict === 'related',
    hitRank: firstRank((q) => fragments.some((fragment) => q.text.includes(fragment))),
    passageHitRank: firstRank((q) => {
      const text = passageText(q.passageId) ?? q.text;
      return fragments.some((fragment) => text.includes(fragment));
    }),
    quotes: answer.quotes.map((q) => ({ text: q.text, articleId: q.article.id })),
  };
}

export function failureOf(outcome: QuestionOutcome): Failure | null {
  // An unanswerable question is handled when refused or marked; an off-topic one only when refused.
  if (!outcome.answerable) return outcome.answered && !(outcome.category === 'unanswerable' && outcome.marked) ? 'answered' : null;
  if (outcome.hitRank === 1) return null;
  if (!outcome.answered) return 'refused';
  if (outcome.passageHitRank !== null && (outcome.hitRank === null || outcome.passageHitRank < outcome.hitRank)) return 'quote-selection';
  return outcome.hitRank === null ? 'retrieval' : 'ranking';
}

export function rates(outcomes: QuestionOutcome[]): Rates {
  const answerable = outcomes.filter((o) => o.answerable);
  const offTopic = outcomes.filter((o) => o.category === 'off-topic');
  const unanswerable = outcomes.filter((o) => o.category === 'unanswerable');
  const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  const hitsWithin = (k: number) => answerable.filter((o) => o.hitRank !== null && o.hitRank <= k).length;
  const refused = (group: QuestionOutcome[]) => group.filter((o) => !o.answered).length;
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    offTopic: offTopic.length,
    unanswerable: unanswerable.length,
    hitAt1: share(hitsWithin(1), answerable.length),
    hitAt3: share(hitsWithin(3), answerable.length),
    mrr: share(answerable.reduce((sum, o) => sum + (o.hitRank ? 1 / o.hitRank : 0), 0), answerable.length),
    falseRefusalRate: share(refused(answerable), answerable.length),
    refusalAccuracy: share(refused(offTopic), offTopic.length),
    unanswerableRefused: share(refused(unanswerable), unanswerable.length),
    unanswerableRefusedOrMarked: share(unanswerable.filter((o) => !o.answered || o.marked).length, unanswerable.length),
    answerableMarked: share(answerable.filter((o) => o.marked).length, answerable.length),
  };
}

/** Overall figures and the same figures per category. */
export function summarise(outcomes: QuestionOutcome[]): EvalMetrics {
  const byCategory = Object.fromEntries(
    CATEGORIES.map((category) => [category, rates(outcomes.filter((o) => o.category === category))]),
  ) as Record<Category, Rates>;
  return { ...rates(outcomes), byCategory };
}
