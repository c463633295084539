import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/engine.js';
import { DEFAULT_PROFILE } from '../src/answer/scoring-profile.js';
import type { Embedder } from '../src/embedding/embedder.js';
import type { PassageIndex } from '../src/index/open.js';
import { indexOfArticles } from './support/engine-config.js';

// Three outlets give one estimate of the North's arms earnings; a fourth quotes an analyst who puts the cash part
// far lower, in fewer of the question's words, so that it ranks below the other three.
const article = (publisher: string, body: string) => `---\ntitle: North Korea's arms earnings\npublisher: ${publisher}\n---\n${body}\n`;
const dated = (publisher: string, published: string, body: string) => `---\ntitle: Oil for the North\npublisher: ${publisher}\npublished: ${published}\n---\n${body}\n`;
const articles = {
  'oil-2025.md': dated('Test Monitor', '2026-01-20', 'Russia delivered about 1.7 million barrels of oil to North Korea in 2025, the monitors said.'),
  'oil-2024.md': dated('Test Ledger', '2025-01-15', 'Russia delivered about 1.5 million barrels of oil to North Korea in 2024, the shipping analysts said.'),
  'wire.md': article('Test Wire', 'North Korea has earned about $5.5bn from selling weapons to Russia since 2023, a Seoul research group estimated on Monday.'),
  'rerun.md': article('Test Daily', 'North Korea has made about $5.5bn selling weapons to Russia, according to the Seoul research group.'),
  'digest.md': article('Test Digest', 'The estimate that North Korea made $5.5bn from weapons sold to Russia was cited by lawmakers in Seoul.'),
  'column.md': article('Test Review', 'Jane Roe, an analyst, said the cash part of the trade was probably below $2bn.'),
};

let index: PassageIndex;
let embedder: Embedder;

beforeAll(async () => {
  ({ index, embedder } = await indexOfArticles(articles));
}, 60_000);

describe('the figures of an answer', () => {
  it('are set against each other only when they are of the year the question asks about', async () => {
    const answer = await answerQuestion(index, embedder, 'How much oil did Russia deliver to North Korea in 2025?', { top: 3 });
    expect(answer.quotes.map((q) => q.article.publisher)).toContain('Test Ledger');
    expect(answer.differing).toBeNull();
  });
});

describe('the last place of a figure answer', () => {
  it('goes to a source with another sum of money ranked below, so that the answer says sources differ', async () => {
    const answer = await answerQuestion(index, embedder, 'How much money has North Korea made selling weapons to Russia?', { top: 3 });
    expect(answer.verdict).toBe('answered');
    expect(answer.quotes.map((q) => q.article.publisher)).toContain('Test Review');
    expect(answer.differing?.map((d) => d.figure)).toContain('$2bn');
  });

  it('goes to that source by the swap where the outlets that repeat the first are not set aside', async () => {
    const profile = { ...DEFAULT_PROFILE, repeatOverlap: 1.01 };
    const answer = await answerQuestion(index, embedder, 'How much money has North Korea made selling weapons to Russia?', { top: 3, profile });
    expect(answer.quotes.at(-1)?.article.publisher).toBe('Test Review');
    expect(answer.differing?.map((d) => d.figure)).toContain('$2bn');
  });
});
