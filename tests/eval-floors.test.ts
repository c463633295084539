import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvalWorkspace } from '../src/evaluation/eval-corpus.js';
import { prepareEvalWorkspace } from '../src/evaluation/eval-corpus.js';
import type { EvalMetrics } from '../src/evaluation/metrics.js';
import { CATEGORIES, loadQuestionSet } from '../src/evaluation/question-set.js';
import { runEvaluation } from '../src/evaluation/run-evaluation.js';
import { refreshIndex } from '../src/index/refresh.js';
import { TEST_CORPUS_DIR, testEngineConfig } from './support/engine-config.js';

// Floors a little under the figures measured with the offline model and the shipped hybrid retrieval on the corpus
// plus the fictional fixtures (77 questions: 55 answerable, 12 off-topic, 10 unanswerable): 60.0% hit@1, 80.0% hit@3,
// MRR 0.697, 91.7% of off-topic refused, no false refusal; of the unanswerable questions none refused but 3 of 10
// marked (their articles never mention China, tanks, labourers), and no answerable question marked. A change that
// makes answers worse fails CI instead of slipping through.
const FLOORS = { hitAt1: 0.56, hitAt3: 0.78, mrr: 0.67, refusalAccuracy: 0.9, unanswerableRefusedOrMarked: 0.3 };
const CEILING_FALSE_REFUSALS = 0.04;
const CEILING_ANSWERABLE_MARKED = 0.04;

let metrics: EvalMetrics;
let articles: number;
let workspace: EvalWorkspace | undefined;

beforeAll(async () => {
  // The same corpus the eval builds: the shipped articles and the fixtures, copied to a temporary folder.
  const { questions, fixturesDir } = await loadQuestionSet('tests/eval/questions.json');
  workspace = await prepareEvalWorkspace(TEST_CORPUS_DIR, fixturesDir!);
  const config = await testEngineConfig({ corpusDir: workspace.corpusDir, indexDir: workspace.indexDir });
  const { index, embedder } = await refreshIndex(config, { warn: () => {} });
  articles = index.manifest.articles.length;
  ({ metrics } = await runEvaluation(index, embedder, questions));
});

afterAll(() => workspace?.dispose());

describe('answer quality on the evaluation questions (offline model, corpus plus fixtures)', () => {
  it('asks at least 60 questions over several articles, every category, at least 8 unanswerable', () => {
    expect(articles).toBeGreaterThanOrEqual(5);
    expect(metrics.questions).toBeGreaterThanOrEqual(60);
    for (const category of CATEGORIES) expect(metrics.byCategory[category].questions, category).toBeGreaterThan(0);
    expect(metrics.unanswerable).toBeGreaterThanOrEqual(8);
  });

  it.each(Object.entries(FLOORS))('keeps %s at or above its floor', (name, floor) => {
    expect(metrics[name as keyof typeof FLOORS]).toBeGreaterThanOrEqual(floor);
  });

  it('refuses almost no answerable question', () => {
    expect(metrics.falseRefusalRate).toBeLessThanOrEqual(CEILING_FALSE_REFUSALS);
  });

  it('marks almost no answerable question as perhaps not answered directly', () => {
    expect(metrics.answerableMarked).toBeLessThanOrEqual(CEILING_ANSWERABLE_MARKED);
  });
});
