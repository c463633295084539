import { beforeAll, describe, expect, it } from 'vitest';
import type { EvalMetrics } from '../src/evaluation/metrics.js';
import { loadQuestionSet } from '../src/evaluation/question-set.js';
import { runEvaluation } from '../src/evaluation/run-evaluation.js';
import { refreshIndex } from '../src/index/refresh.js';
import { testEngineConfig } from './support/engine-config.js';

// Floors a little under the figures measured with the offline model (README, "Answer quality"): a change that
// makes answers worse fails CI instead of slipping through.
const FLOORS = { hitAt1: 0.65, hitAt3: 0.8, mrr: 0.72, refusalAccuracy: 1 };
const CEILING_FALSE_REFUSALS = 0.04;

let metrics: EvalMetrics;

beforeAll(async () => {
  const { index, embedder } = await refreshIndex(await testEngineConfig(), { warn: () => {} });
  ({ metrics } = await runEvaluation(index, embedder, await loadQuestionSet('tests/eval/questions.json')));
});

describe('answer quality on the evaluation questions (offline model)', () => {
  it('asks at least 25 questions, some of them off-topic', () => {
    expect(metrics.questions).toBeGreaterThanOrEqual(25);
    expect(metrics.offTopic).toBeGreaterThan(0);
  });

  it.each(Object.entries(FLOORS))('keeps %s at or above its floor', (name, floor) => {
    expect(metrics[name as keyof typeof FLOORS]).toBeGreaterThanOrEqual(floor);
  });

  it('refuses almost no answerable question', () => {
    expect(metrics.falseRefusalRate).toBeLessThanOrEqual(CEILING_FALSE_REFUSALS);
  });
});
