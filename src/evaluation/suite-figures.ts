import type { Stage } from '../answer/scoring-profile.js';
import type { EvalMetrics, Failure, QuestionOutcome, Rates } from './metrics.js';
import { failuresOf, summarise } from './metrics.js';
import type { Category, Half } from './question-set.js';

/** A part of a suite that figures are given for: one half, or every question. */
export type View = Half | 'all';

/** Every answer of one suite under every set-up asked (the shipped one first). */
export interface SuiteResult {
  name: string;
  file: string;
  model: string;
  articles: number;
  outlets: number;
  /** The parts shown: tune, check and all for a split suite asked in full; all for a suite without halves. */
  views: View[];
  runs: { setup: string; stage: Stage | null; outcomes: QuestionOutcome[] }[];
}

/** The figures an ablation row compares with the shipped profile. */
export const ABLATION_FIGURES = ['hitAt1', 'hitAt3', 'mrr', 'unanswerableNotAnswered', 'downgraded', 'offTopicRefused', 'disagreementDiffering'] as const;
export type AblationFigure = (typeof ABLATION_FIGURES)[number];

export interface AblationRow {
  setup: string;
  stage: Stage | null;
  metrics: Rates;
  /** This row's figure minus the shipped profile's: negative where switching the stage off makes answers worse. */
  delta: Record<AblationFigure, number | null>;
}

export interface Miss {
  view: View;
  question: string;
  category: Category;
  failures: Failure[];
  hitRank: number | null;
  firstQuote: { text: string; articleId: string } | null;
}

export interface SuiteFigures {
  /** The shipped profile's figures for each view. */
  views: { view: View; metrics: EvalMetrics }[];
  /** One ablation table per half (per view other than all; for a suite without halves, on all). */
  ablation: { view: View; rows: AblationRow[] }[];
  /** Questions the shipped profile does not handle cleanly, never from the check half unless asked. */
  misses: Miss[];
}

/** Does a question (or its outcome) belong to the view? */
export function inView(view: View, item: { half: Half | null }): boolean {
  return view === 'all' || item.half === view;
}

/** Which views a suite gets, given the half asked for. */
export function viewsFor(hasHalves: boolean, half: View): View[] {
  if (!hasHalves) return ['all'];
  return half === 'all' ? ['tune', 'check', 'all'] : [half];
}

export function suiteFigures(result: SuiteResult, options: { showCheckMisses: boolean }): SuiteFigures {
  const shipped = result.runs[0]!;
  const ablationViews = result.views.length === 1 ? result.views : result.views.filter((v) => v !== 'all');
  return {
    views: result.views.map((view) => ({ view, metrics: summarise(shipped.outcomes.filter((o) => inView(view, o))) })),
    ablation: ablationViews.map((view) => {
      const [base, ...rest] = result.runs.map((run) => ({ run, metrics: summarise(run.outcomes.filter((o) => inView(view, o))) }));
      const delta = (metrics: Rates) =>
        Object.fromEntries(ABLATION_FIGURES.map((f) => [f, metrics[f] === null || base!.metrics[f] === null ? null : metrics[f]! - base!.metrics[f]!])) as Record<AblationFigure, number | null>;
      return {
        view,
        rows: [base!, ...rest].map(({ run, metrics }) => ({ setup: run.setup, stage: run.stage, metrics: withoutCategories(metrics), delta: delta(metrics) })),
      };
    }),
    misses: shipped.outcomes
      .filter((o) => o.half !== 'check' || options.showCheckMisses)
      .map((o) => ({ o, failures: failuresOf(o) }))
      .filter(({ failures }) => failures.length > 0)
      .map(({ o, failures }) => ({
        view: o.half ?? 'all',
        question: o.question,
        category: o.category,
        failures,
        hitRank: o.hitRank,
        firstQuote: o.quotes[0] ?? null,
      })),
  };
}

function withoutCategories({ byCategory: _, ...rates }: EvalMetrics): Rates {
  return rates;
}
