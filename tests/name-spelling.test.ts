import { beforeAll, describe, expect, it } from 'vitest';
import type { PassageIndex } from '../src/index/open.js';
import { indexOfArticles } from './support/engine-config.js';

const article = `---
title: Winter on the Kursk front
publisher: Test Wire
---
North Korean units reached Kursk in October. Officers said Kursk was quiet, and the Alabuga plant kept working.

The cold slowed the fighting. Veterans of the Cold War said the cold was worse than they expected.

Kursk lies south of Moscow, and supplies for the cold months came from Alabuga.
`;

let index: PassageIndex;

beforeAll(async () => {
  ({ index } = await indexOfArticles({ 'kursk.md': article }));
}, 60_000);

describe('words the corpus writes as names', () => {
  it('takes a word capitalised wherever it stands inside a sentence for a name', () => {
    expect(index.writesAsName('kursk')).toBe(true);
    expect(index.writesAsName('alabuga')).toBe(true);
  });

  it('does not take a word for a name when the corpus also writes it in lower case', () => {
    expect(index.writesAsName('cold')).toBe(false);
    expect(index.writesAsName('fighting')).toBe(false);
  });

  it('does not take a word the corpus never uses for a name', () => {
    expect(index.writesAsName('dog')).toBe(false);
  });
});
