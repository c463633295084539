import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/engine.js';
import type { Embedder } from '../src/embedding/embedder.js';
import type { PassageIndex } from '../src/index/open.js';
import { indexOfArticles } from './support/engine-config.js';

// One fictional wire story and a paper that runs it with a paragraph of its own, written for this test.
const WIRE_PARAGRAPH = 'Russia has installed at least four Pantsir air-defence units around Pyongyang, the head of Ukraine’s military intelligence said on Wednesday.';
const ARTICLES = {
  'wire.md': `---
title: "Russia gave Pyongyang air defences, Kyiv says"
publisher: Test Wire
published: 2025-08-14
language: en
---
${WIRE_PARAGRAPH}

The Kremlin declined to comment on the report about the air-defence units.
`,
  'paper.md': `---
title: "Kyiv: Moscow paid Kim with air defences"
publisher: Test Gazette
published: 2025-08-15
language: en
---
${WIRE_PARAGRAPH}

South Korean lawmakers said the spy agency counted two or three Pantsir batteries around Pyongyang.
`,
};

let index: PassageIndex;
let embedder: Embedder;

beforeAll(async () => {
  ({ index, embedder } = await indexOfArticles(ARTICLES));
});

describe('the quotes of a story that two outlets ran', () => {
  it('hold the paragraph they share once, and give its place to another', async () => {
    const answer = await answerQuestion(index, embedder, 'How many Pantsir air-defence units are around Pyongyang?');
    const texts = answer.quotes.map((q) => q.text);
    expect(texts.filter((text) => text === WIRE_PARAGRAPH)).toHaveLength(1);
    expect(texts).toContain('South Korean lawmakers said the spy agency counted two or three Pantsir batteries around Pyongyang.');
  });
});
