import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvalMetrics } from '../src/evaluation/metrics.js';
import { summarise } from '../src/evaluation/metrics.js';
import { loadQuestionSet } from '../src/evaluation/question-set.js';
import type { SuiteIndex } from '../src/evaluation/run-evaluation.js';
import { SHIPPED, askQuestions, indexSuite } from '../src/evaluation/run-evaluation.js';
import { testEngineConfig } from './support/engine-config.js';

/**
 * CI floors for the shipped profile with the offline model: the check halves of the news, formats, followups,
 * retellings, roundups, dispatches, briefings, capitals, crossings, homefront, salvos and frontiers suites and the
 * whole seed suite. Each is set 5 points under the value measured (`npm run eval`: 2026-12-02, sessions 11 and 12;
 * 2026-12-03 and 2026-12-04, sessions 13 to 16, the new dispatches, briefings, capitals, crossings, homefront, salvos
 * and frontiers suites at their first measurement), in brackets, so that a question or two changing does not fail CI
 * but a real loss does; `downgraded` is a ceiling 5 points above. Every off-topic question must be refused, with no
 * margin. The lookalikes check half, off-topic questions that name the domain, has a floor of off-topic refused alone,
 * 5 points under today's. The targets (check half: hit@1 70%, hit@3 90%, unanswerable not answered 80%,
 * downgraded at most 5%; seed: hit@1 80%, hit@3 100%) are not met yet but for the seed's hit@1; raise these floors as
 * the engine reaches them.
 */
const FLOORS = {
  'news, check half': {
    hitAt1: 0.49, // (54.7%)
    hitAt3: 0.65, // (70.3%)
    unanswerableNotAnswered: 0.5, // (55.0%)
    offTopicRefused: 1, // (100%)
    downgradedCeiling: 0.27, // (21.9%)
  },
  'formats, check half': {
    hitAt1: 0.57, // (62.2%)
    hitAt3: 0.73, // (78.4%)
    unanswerableNotAnswered: 0.75, // (80.0%)
    offTopicRefused: 1, // (100%)
    downgradedCeiling: 0.21, // (16.2%)
  },
  'followups, check half': {
    hitAt1: 0.6, // (65.8%)
    hitAt3: 0.79, // (84.2%)
    unanswerableNotAnswered: 0.35, // (40.0%)
    offTopicRefused: 1, // (100%)
    downgradedCeiling: 0.29, // (23.7%)
  },
  'retellings, check half': {
    hitAt1: 0.41, // (46.7%)
    hitAt3: 0.45, // (50.0%)
    unanswerableNotAnswered: 0.57, // (62.5%)
    offTopicRefused: 1, // (100%)
    downgradedCeiling: 0.29, // (30.0% when set; 23.3% now)
  },
  'roundups, check half': {
    hitAt1: 0.65, // (70.0%)
    hitAt3: 0.71, // (76.7%)
    unanswerableNotAnswered: 0.95, // (87.5% when set; 100% now)
    offTopicRefused: 1, // (100%)
    downgradedCeiling: 0.22, // (16.7%)
  },
  'dispatches, check half': {
    hitAt1: 0.45, // (50.0%)
    hitAt3: 0.55, // (60.0% at its first measurement; 63.3% now)
    unanswerableNotAnswered: 0.7, // (75.0%)
    offTopicRefused: 1, // (100%)
    downgradedCeiling: 0.28, // (23.3% at its first measurement; 26.7% now)
  },
  'briefings, check half': {
    hitAt1: 0.48, // (50.0% at its first measurement; 53.3% now)
    hitAt3: 0.68, // (70.0% at its first measurement; 73.3% now)
    unanswerableNotAnswered: 0.82, // (87.5%)
    offTopicRefused: 1, // (100%)
    downgradedCeiling: 0.31, // (26.7%)
  },
  'capitals, check half': {
    hitAt1: 0.65, // (66.7% at its first measurement; 70.0% now)
    hitAt3: 0.71, // (73.3% at its first measurement; 76.7% now)
    unanswerableNotAnswered: 0.82, // (87.5%)
    offTopicRefused: 1, // (100%)
    downgradedCeiling: 0.25, // (20.0%)
  },
  'crossings, check half': {
    hitAt1: 0.45, // (50.0%)
    hitAt3: 0.71, // (73.3% at its first measurement; 76.7% now)
    unanswerableNotAnswered: 0.45, // (37.5% at its first measurement; 50.0% now)
    offTopicRefused: 1, // (100%)
    downgradedCeiling: 0.42, // (36.7%)
  },
  'homefront, check half': {
    hitAt1: 0.58, // (56.7% at its first measurement; 63.3% now)
    hitAt3: 0.78, // (76.7% at its first measurement; 83.3% now)
    // (37.5% at its first measurement, 50.0% in session 15, 37.5% again since session 16's repeatOverlap, kept for its
    // gains: see README, "What session 16 saw of check halves")
    unanswerableNotAnswered: 0.32,
    offTopicRefused: 1, // (100%)
    downgradedCeiling: 0.22, // (16.7% at its first measurement; 13.3% now)
  },
  'salvos, check half': {
    hitAt1: 0.65, // (70.0%)
    hitAt3: 0.75, // (76.7% at its first measurement; 80.0% now)
    unanswerableNotAnswered: 0.57, // (50.0% at its first measurement; 62.5% now)
    offTopicRefused: 1, // (100%)
    downgradedCeiling: 0.12, // (6.7%)
  },
  'frontiers, check half': {
    hitAt1: 0.51, // (56.7%)
    hitAt3: 0.68, // (73.3%)
    unanswerableNotAnswered: 0.7, // (75.0%)
    offTopicRefused: 1, // (100%)
    downgradedCeiling: 0.22, // (16.7%)
  },
  seed: {
    hitAt1: 0.81, // (86.2%)
    hitAt3: 0.91, // (96.6%)
    unanswerableNotAnswered: 0.95, // (100%)
    offTopicRefused: 1, // (100%)
    downgradedCeiling: 0.08, // (3.4%)
  },
};

type Part = keyof typeof FLOORS;
const PARTS: { part: Part; file: string; half: 'check' | null }[] = [
  { part: 'news, check half', file: 'tests/eval/news/questions.json', half: 'check' },
  { part: 'formats, check half', file: 'tests/eval/formats/questions.json', half: 'check' },
  { part: 'followups, check half', file: 'tests/eval/followups/questions.json', half: 'check' },
  { part: 'retellings, check half', file: 'tests/eval/retellings/questions.json', half: 'check' },
  { part: 'roundups, check half', file: 'tests/eval/roundups/questions.json', half: 'check' },
  { part: 'dispatches, check half', file: 'tests/eval/dispatches/questions.json', half: 'check' },
  { part: 'briefings, check half', file: 'tests/eval/briefings/questions.json', half: 'check' },
  { part: 'capitals, check half', file: 'tests/eval/capitals/questions.json', half: 'check' },
  { part: 'crossings, check half', file: 'tests/eval/crossings/questions.json', half: 'check' },
  { part: 'homefront, check half', file: 'tests/eval/homefront/questions.json', half: 'check' },
  { part: 'salvos, check half', file: 'tests/eval/salvos/questions.json', half: 'check' },
  { part: 'frontiers, check half', file: 'tests/eval/frontiers/questions.json', half: 'check' },
  { part: 'seed', file: 'tests/eval/seed/questions.json', half: null },
];

const measured = new Map<Part, EvalMetrics>();
const opened: SuiteIndex[] = [];
let unusedIndexDir: string | undefined;

beforeAll(async () => {
  const config = await testEngineConfig();
  unusedIndexDir = config.indexDir;
  for (const { part, file, half } of PARTS) {
    const set = await loadQuestionSet(file);
    const suite = await indexSuite(set, config, () => {});
    opened.push(suite);
    const questions = set.questions.filter((q) => half === null || q.half === half);
    measured.set(part, summarise(await askQuestions(suite, questions, SHIPPED.profile)));
  }
});

afterAll(async () => {
  await Promise.all(opened.map((suite) => suite.dispose()));
  if (unusedIndexDir) await rm(unusedIndexDir, { recursive: true, force: true });
});

describe.each(PARTS.map(({ part }) => part))('answer quality on %s (shipped profile, offline model)', (part) => {
  const floors = FLOORS[part];
  const metrics = () => measured.get(part)!;

  it('finds the answer in the first quote at least as often as the floor', () => {
    expect(metrics().hitAt1).toBeGreaterThanOrEqual(floors.hitAt1);
  });

  it('finds the answer among the three quotes at least as often as the floor', () => {
    expect(metrics().hitAt3).toBeGreaterThanOrEqual(floors.hitAt3);
  });

  it('does not present on-topic unanswerable questions as answered, at least as often as the floor', () => {
    expect(metrics().unanswerableNotAnswered).toBeGreaterThanOrEqual(floors.unanswerableNotAnswered);
  });

  it('downgrades no more answerable questions to related than the ceiling', () => {
    expect(metrics().downgraded).toBeLessThanOrEqual(floors.downgradedCeiling);
  });

  it('refuses off-topic questions at least as often as the floor', () => {
    expect(metrics().offTopicRefused).toBeGreaterThanOrEqual(floors.offTopicRefused);
  });

  it('quotes every passage verbatim', () => {
    expect(metrics().verbatimViolations).toBe(0);
  });
});

describe('refusals on the lookalikes check half (shipped profile, offline model)', () => {
  let refusals: EvalMetrics;
  let suite: SuiteIndex | undefined;
  let unusedDir: string | undefined;

  beforeAll(async () => {
    const set = await loadQuestionSet('tests/eval/lookalikes/questions.json');
    const config = await testEngineConfig();
    unusedDir = config.indexDir;
    suite = await indexSuite(set, config, () => {});
    refusals = summarise(await askQuestions(suite, set.questions.filter((q) => q.half === 'check'), SHIPPED.profile));
  });

  afterAll(async () => {
    await suite?.dispose();
    if (unusedDir) await rm(unusedDir, { recursive: true, force: true });
  });

  it('refuses off-topic questions that name the domain at least as often as the floor', () => {
    expect(refusals.offTopicRefused).toBeGreaterThanOrEqual(0.68); // (73.3%)
  });
});
