import type { Answer, Verdict } from '../answer/answer.js';
import type { Category, EvalQuestion, Half } from './question-set.js';
import { CATEGORIES } from './question-set.js';

export interface QuestionOutcome {
  question: string;
  category: Category;
  half: Half | null;
  /** True for questions the corpus answers. */
  answerable: boolean;
  verdict: Verdict;
  /** 1-based rank of the first quote that contains an expected fragment; null when none does or it was refused. */
  hitRank: number | null;
  /**
   * 1-based rank of the first quote whose whole passage contains an expected fragment, whether or not the quoted
   * sentences kept it: tells a retrieval miss from a quote-selection miss.
   */
  passageHitRank: number | null;
  /** The answer names figures that different sources give differently. */
  differing: boolean;
  /** Quotes that are not their article's body sliced at start..end. */
  verbatimViolations: number;
  /** The quotes given, in rank order, with the article each comes from. */
  quotes: { text: string; articleId: string }[];
}

/**
 * Why a question is not a clean success (none for a clean one):
 * - `refused`: answerable, but nothing cleared the relevance threshold.
 * - `retrieval`: answered, but no quoted passage holds the answer.
 * - `ranking`: the answer is quoted, but not first.
 * - `quote-selection`: a quoted passage holds the answer, but the sentences chosen from it leave it out.
 * - `downgraded`: answerable, but presented as only related.
 * - `no-differing`: a disagreement question whose answer does not say that sources differ.
 * - `answered`: an unanswerable question presented as answered, or an off-topic one not refused.
 * - `not-verbatim`: a quote that is not the article's text at its offsets.
 */
export type Failure = 'refused' | 'retrieval' | 'ranking' | 'quote-selection' | 'downgraded' | 'no-differing' | 'answered' | 'not-verbatim';

/** Counts, and shares of a group for which a condition holds; null for an empty group (no figure rather than a made-up 0). */
export interface Rates {
  questions: number;
  answerable: number;
  offTopic: number;
  unanswerable: number;
  disagreement: number;
  /** Share of answerable questions whose first quote is a hit. */
  hitAt1: number | null;
  /** Share of answerable questions with a hit among the first three quotes. */
  hitAt3: number | null;
  /** Mean reciprocal rank of the first hit over answerable questions (0 for a miss). */
  mrr: number | null;
  /** Share of on-topic unanswerable questions not presented as answered (related or refused). */
  unanswerableNotAnswered: number | null;
  /** Share of answerable questions presented as only related: a ceiling, not a floor. */
  downgraded: number | null;
  /** Share of answerable questions refused. */
  falseRefusals: number | null;
  /** Share of off-topic questions refused. */
  offTopicRefused: number | null;
  /** Share of disagreement questions whose answer names the differing figures. */
  disagreementDiffering: number | null;
  /** Share of the group's answers per verdict. */
  verdicts: Record<Verdict, number | null>;
  /** Number of quotes that are not verbatim (must be 0). */
  verbatimViolations: number;
}

export interface EvalMetrics extends Rates {
  /** The same figures for each category's questions alone. */
  byCategory: Record<Category, Rates>;
}

/**
 * Scores one answer. `passageText` gives the text of a quote's whole passage (the index's), so that a quote that
 * dropped the answer can be told from a passage that never held it; `articleBody` gives the article text that
 * every quote must be a slice of.
 */
export function scoreAnswer(
  item: EvalQuestion,
  answer: Answer,
  lookup: { passageText: (passageId: string) => string | undefined; articleBody: (articleId: string) => string | undefined },
): QuestionOutcome {
  const fragments = item.expect ?? [];
  const firstRank = (holds: (quote: Answer['quotes'][number]) => boolean) => {
    const index = fragments.length === 0 || answer.verdict === 'refused' ? -1 : answer.quotes.findIndex(holds);
    return index === -1 ? null : index + 1;
  };
  return {
    question: item.question,
    category: item.category,
    half: item.half,
    answerable: item.expect !== null,
    verdict: answer.verdict,
    hitRank: firstRank((q) => fragments.some((fragment) => q.text.includes(fragment))),
    passageHitRank: firstRank((q) => {
      const text = lookup.passageText(q.passageId) ?? q.text;
      return fragments.some((fragment) => text.includes(fragment));
    }),
    differing: answer.differing !== null && answer.differing.length > 0,
    verbatimViolations: answer.quotes.filter((q) => lookup.articleBody(q.article.id)?.slice(q.start, q.end) !== q.text).length,
    quotes: answer.quotes.map((q) => ({ text: q.text, articleId: q.article.id })),
  };
}

export function failuresOf(outcome: QuestionOutcome): Failure[] {
  const failures: Failure[] = outcome.verbatimViolations > 0 ? ['not-verbatim'] : [];
  if (outcome.category === 'off-topic') return outcome.verdict === 'refused' ? failures : [...failures, 'answered'];
  if (outcome.category === 'unanswerable') return outcome.verdict === 'answered' ? [...failures, 'answered'] : failures;
  if (outcome.verdict === 'refused') return [...failures, 'refused'];
  if (outcome.hitRank !== 1) {
    const quoteDroppedIt = outcome.passageHitRank !== null && (outcome.hitRank === null || outcome.passageHitRank < outcome.hitRank);
    failures.push(quoteDroppedIt ? 'quote-selection' : outcome.hitRank === null ? 'retrieval' : 'ranking');
  }
  if (outcome.verdict === 'related') failures.push('downgraded');
  if (outcome.category === 'disagreement' && !outcome.differing) failures.push('no-differing');
  return failures;
}

export function rates(outcomes: QuestionOutcome[]): Rates {
  const answerable = outcomes.filter((o) => o.answerable);
  const offTopic = outcomes.filter((o) => o.category === 'off-topic');
  const unanswerable = outcomes.filter((o) => o.category === 'unanswerable');
  const disagreement = outcomes.filter((o) => o.category === 'disagreement');
  const share = (group: QuestionOutcome[], holds: (o: QuestionOutcome) => boolean) =>
    group.length === 0 ? null : group.filter(holds).length / group.length;
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    offTopic: offTopic.length,
    unanswerable: unanswerable.length,
    disagreement: disagreement.length,
    hitAt1: share(answerable, (o) => o.hitRank === 1),
    hitAt3: share(answerable, (o) => o.hitRank !== null && o.hitRank <= 3),
    mrr: answerable.length === 0 ? null : answerable.reduce((sum, o) => sum + (o.hitRank ? 1 / o.hitRank : 0), 0) / answerable.length,
    unanswerableNotAnswered: share(unanswerable, (o) => o.verdict !== 'answered'),
    downgraded: share(answerable, (o) => o.verdict === 'related'),
    falseRefusals: share(answerable, (o) => o.verdict === 'refused'),
    offTopicRefused: share(offTopic, (o) => o.verdict === 'refused'),
    disagreementDiffering: share(disagreement, (o) => o.differing),
    verdicts: {
      answered: share(outcomes, (o) => o.verdict === 'answered'),
      related: share(outcomes, (o) => o.verdict === 'related'),
      refused: share(outcomes, (o) => o.verdict === 'refused'),
    },
    verbatimViolations: outcomes.reduce((sum, o) => sum + o.verbatimViolations, 0),
  };
}

/** Overall figures and the same figures per category. */
export function summarise(outcomes: QuestionOutcome[]): EvalMetrics {
  const byCategory = Object.fromEntries(
    CATEGORIES.map((category) => [category, rates(outcomes.filter((o) => o.category === category))]),
  ) as Record<Category, Rates>;
  return { ...rates(outcomes), byCategory };
}
