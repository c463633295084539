import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/engine.js';
import type { Embedder } from '../src/embedding/embedder.js';
import type { PassageIndex } from '../src/index/open.js';
import { refreshIndex } from '../src/index/refresh.js';
import { testEngineConfig } from './support/engine-config.js';
import { tempDir } from './support/temp-dirs.js';

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
  const corpusDir = await tempDir('syndicated-corpus');
  for (const [name, text] of Object.entries(ARTICLES)) await writeFile(path.join(corpusDir, name), text);
  ({ index, embedder } = await refreshIndex(await testEngineConfig({ corpusDir }), { warn: () => {} }));
});

describe('the quotes of a story that two outlets ran', () => {
  it('hold the paragraph they share once, and give its place to another', async () => {
    const answer = await answerQuestion(index, embedder, 'How many Pantsir air-defence units are around Pyongyang?');
    const texts = answer.quotes.map((q) => q.text);
    expect(texts.filter((text) => text === WIRE_PARAGRAPH)).toHaveLength(1);
    expect(texts).toContain('South Korean lawmakers said the spy agency counted two or three Pantsir batteries around Pyongyang.');
  });
});
