import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/engine.js';
import { DEFAULT_PROFILE } from '../src/answer/scoring-profile.js';
import type { Embedder } from '../src/embedding/embedder.js';
import type { PassageIndex } from '../src/index/open.js';
import { indexOfArticles } from './support/engine-config.js';

// A fictional newsletter, written for this test: its greeting previews the item that answers.
const ARTICLES = {
  'morning-memo.md': `---
title: "Morning memo: drones over Kyiv, a film in Pyongyang"
publisher: Test Memo
published: 2025-09-08
language: en
---
Good morning. Five things from the war today: drones over Kyiv, North Korea shooting a film about the soldiers it sent to Russia, a refinery fire, gas storage and a prisoner swap.

North Korea's state studio is shooting a feature film about the units it deployed to Russia's Kursk region, state television said on Sunday, without giving a release date.

Russia launched 810 drones at Ukraine overnight, Ukraine's air force said.
`,
};

let index: PassageIndex;
let embedder: Embedder;
const QUESTION = 'is north korea shooting a feature film about the soldiers it sent to russia';

beforeAll(async () => {
  ({ index, embedder } = await indexOfArticles(ARTICLES));
});

describe('a newsletter’s greeting', () => {
  it('ranks below the item it previews', async () => {
    const answer = await answerQuestion(index, embedder, QUESTION, { top: 2 });
    expect(answer.quotes[0]?.text).toContain("North Korea's state studio is shooting a feature film");
  });

  it('would rank first without the penalty, which is what the penalty is for', async () => {
    const answer = await answerQuestion(index, embedder, QUESTION, { top: 2, profile: { ...DEFAULT_PROFILE, previewPenalty: 0 } });
    expect(answer.quotes[0]?.text).toMatch(/^Good morning/);
  });
});
