import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/engine.js';
import { DEFAULT_PROFILE } from '../src/answer/scoring-profile.js';
import type { Embedder } from '../src/embedding/embedder.js';
import type { PassageIndex } from '../src/index/open.js';
import { indexOfArticles } from './support/engine-config.js';

// One wire story run by three outlets in nearly the same words, and a fourth outlet's paragraph on another detail of
// it, in fewer of a question's words; then the same story rerun with another figure. Written for this test.
const article = (publisher: string, body: string) => `---\ntitle: North Korean reinforcements for Kursk\npublisher: ${publisher}\n---\n${body}\n`;
const story = {
  'wire.md': article('Test Wire', "North Korea has sent about 3,000 more soldiers to Russia's Kursk region to replace its losses, South Korea's spy agency told lawmakers on Thursday."),
  'rerun.md': article('Test Daily', "North Korea has dispatched about 3,000 more soldiers to Russia's Kursk region to replace its losses, South Korea's spy agency told lawmakers on Thursday."),
  'digest.md': article('Test Digest', "North Korea sent about 3,000 more soldiers to Russia's Kursk region to replace its losses, South Korea's spy agency told the lawmakers on Thursday."),
  'review.md': article('Test Review', 'They come from the Storm Corps, a special forces unit, the agency said.'),
};
const revised = article('Test Post', "North Korea has sent about 4,000 more soldiers to Russia's Kursk region to replace its losses, Ukraine's military intelligence said on Thursday.");
const REPEATING = ['Test Wire', 'Test Daily', 'Test Digest'];
const question = 'which unit are the soldiers north korea sent to kursk to replace its losses from';

let index: PassageIndex;
let withRevision: PassageIndex;
let embedder: Embedder;

beforeAll(async () => {
  ({ index, embedder } = await indexOfArticles(story));
  ({ index: withRevision } = await indexOfArticles({ ...story, 'revised.md': revised }));
}, 60_000);

describe('a paragraph another outlet runs in nearly the same words', () => {
  it('gives its place to another outlet\'s paragraph', async () => {
    const answer = await answerQuestion(index, embedder, question, { top: 3 });
    expect(answer.quotes.map((q) => q.article.publisher)).toContain('Test Review');
    expect(answer.quotes.filter((q) => REPEATING.includes(q.article.publisher!)).length).toBe(1);
  });

  it('keeps its place when only a paragraph held whole by another counts as a repeat', async () => {
    const answer = await answerQuestion(index, embedder, question, { top: 3, profile: { ...DEFAULT_PROFILE, repeatOverlap: 1.01 } });
    expect(answer.quotes.filter((q) => REPEATING.includes(q.article.publisher!)).length).toBeGreaterThan(1);
  });

  it('keeps its place when it gives another figure', async () => {
    const answer = await answerQuestion(withRevision, embedder, 'how many more soldiers has north korea sent to kursk', { top: 3 });
    expect(answer.differing?.map((d) => d.figure)).toEqual(expect.arrayContaining(['3,000', '4,000']));
  });
});
