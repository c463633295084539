import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuestionSet } from '../src/evaluation/question-set.js';
import type { SuiteIndex } from '../src/evaluation/run-evaluation.js';
import { SHIPPED, askQuestions, indexSuite } from '../src/evaluation/run-evaluation.js';
import { testEngineConfig } from './support/engine-config.js';

// No article folders named: the set is asked over the configured corpus, the frozen seed article.
const SET = parseQuestionSet(
  {
    questions: [
      { category: 'number', question: 'How many North Korean troops went to Russia?', expect: ['10,000'] },
      { category: 'number', question: 'Сколько северокорейских солдат в России?', expect: ['10,000'] },
    ],
  },
  'questions.json',
);
let suite: SuiteIndex;
let unusedIndexDir: string;

beforeAll(async () => {
  const config = await testEngineConfig();
  unusedIndexDir = config.indexDir;
  suite = await indexSuite(SET, config, () => {});
});

afterAll(async () => {
  await suite.dispose();
  await rm(unusedIndexDir, { recursive: true, force: true });
});

describe('asking an evaluation suite', () => {
  it('scores a question the bot cannot use as refused, and asks the rest', async () => {
    const outcomes = await askQuestions(suite, SET.questions, SHIPPED.profile);
    expect(outcomes.map((o) => o.verdict)).toEqual(['answered', 'refused']);
  });
});
