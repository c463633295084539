import { beforeAll, describe, expect, it } from 'vitest';
import type { Quote } from '../src/answer/answer.js';
import type { Asked } from '../src/answer/engine.js';
import { answerQuestion, gatherCandidates } from '../src/answer/engine.js';
import { DEFAULT_PROFILE, withoutStage } from '../src/answer/scoring-profile.js';
import { judgeQuotes } from '../src/answer/verdict.js';
import type { Embedder } from '../src/embedding/embedder.js';
import type { PassageIndex } from '../src/index/open.js';
import { indexOfArticles } from './support/engine-config.js';

// Fictional wire copy, written for this test.
const ARTICLES = {
  'deployment.md': `---
title: "North Korean troops reach the Kursk front"
publisher: Test Wire
published: 2024-11-05
language: en
---
KYIV (TW) — About 11,000 North Korean soldiers have been sent to Russia, Ukraine's military intelligence said on Tuesday.

North Korean units have begun training with Russian officers near the border, the agency said.
`,
  'drills.md': `---
title: "Drills in the Far East"
publisher: Test Wire
published: 2024-10-20
language: en
---
VLADIVOSTOK (TW) — Russian and North Korean officers held joint drills at a range in the Far East, regional officials said.
`,
};
const QUESTION = 'How many North Korean soldiers have been sent to Russia?';

let index: PassageIndex;
let embedder: Embedder;
let asked: Asked;
let stating: Quote;
let other: Quote;

beforeAll(async () => {
  ({ index, embedder } = await indexOfArticles(ARTICLES));
  asked = (await gatherCandidates(index, embedder, QUESTION, 30, DEFAULT_PROFILE)).asked;
  stating = (await answerQuestion(index, embedder, QUESTION)).quotes.find((q) => q.text.includes('11,000'))!;
  other = (await answerQuestion(index, embedder, 'Where did Russian and North Korean officers hold drills?')).quotes.find((q) => q.text.includes('joint drills'))!;
});

describe('the quotes an answer shows', () => {
  it('put the quote that states the answer before one ranked above it that does not', () => {
    expect(judgeQuotes([other, stating], index, asked, DEFAULT_PROFILE)).toEqual({ verdict: 'answered', quotes: [stating, other] });
  });

  it('stay in ranking order, and related, when none states it', () => {
    expect(judgeQuotes([other], index, asked, DEFAULT_PROFILE)).toEqual({ verdict: 'related', quotes: [other] });
  });

  it('are judged by the sentences chosen for what they say, not by those that only make up a quote’s length', () => {
    const text = `${other.text} ${stating.text}`;
    expect(judgeQuotes([{ ...other, text, stated: text }], index, asked, DEFAULT_PROFILE).verdict).toBe('answered');
    expect(judgeQuotes([{ ...other, text, stated: other.text }], index, asked, DEFAULT_PROFILE).verdict).toBe('related');
  });

  it('stay in ranking order without the statingFirst stage, with the same verdict', () => {
    expect(judgeQuotes([other, stating], index, asked, withoutStage(DEFAULT_PROFILE, 'statingFirst'))).toEqual({ verdict: 'answered', quotes: [other, stating] });
  });
});
