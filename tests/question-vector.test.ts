import { describe, expect, it } from 'vitest';
import { withoutNames } from '../src/answer/names-aside.js';
import { questionVector, topicVector } from '../src/answer/question-vector.js';
import { DEFAULT_PROFILE, withoutStage } from '../src/answer/scoring-profile.js';
import type { Embedder } from '../src/embedding/embedder.js';
import { questionConcepts } from '../src/retrieval/query.js';

// Records what it is asked to embed; the vector itself does not matter here.
function recordingEmbedder(): Embedder & { texts: string[] } {
  const texts: string[] = [];
  return { model: 'recording', dimensions: 1, texts, embed: async (batch) => (texts.push(...batch), batch.map(() => [1])) };
}

const question = 'How many troops were sent to Kursk?';
const concepts = questionConcepts(question, { aliases: true });

describe('the vector of a question', () => {
  it('embeds the question with the domain’s synonyms of its words', async () => {
    const embedder = recordingEmbedder();
    await questionVector(embedder, question, concepts, DEFAULT_PROFILE);
    expect(embedder.texts[0]).toMatch(/^how many troops were sent to kursk\? .*\bsend\b.*\bdispatched\b/);
  });

  it('does not embed the irregular forms of its words, which the model already places beside them', async () => {
    const embedder = recordingEmbedder();
    const built = 'When was the bridge built?';
    await questionVector(embedder, built, questionConcepts(built, { aliases: true }), DEFAULT_PROFILE);
    expect(embedder.texts[0]).not.toMatch(/\bbuild\b/);
  });

  it('embeds the question alone with the word forms stage off, and nothing with the vectors stage off', async () => {
    const embedder = recordingEmbedder();
    await questionVector(embedder, question, concepts, withoutStage(DEFAULT_PROFILE, 'wordForms'));
    expect(embedder.texts).toEqual(['how many troops were sent to kursk?']);
    expect(await questionVector(embedder, question, concepts, withoutStage(DEFAULT_PROFILE, 'vectors'))).toBeNull();
  });
});

describe('the vector the test of topic reads', () => {
  const named = 'does putin have a dog';
  const namedConcepts = questionConcepts(named, { aliases: true });
  const content = withoutNames(namedConcepts, { writesAsName: () => false, passageShare: () => 0 }, 0.5);

  it('is that of the question’s words other than its names, with the whole question’s beside it', async () => {
    const texts: string[] = [];
    const embedder: Embedder = { model: 'recording', dimensions: 2, embed: async (batch) => (texts.push(...batch), batch.map(() => [3, 0])) };
    const whole = [0, 2];
    const vector = await topicVector(embedder, { concepts: namedConcepts, content, vector: whole }, withoutStage(DEFAULT_PROFILE, 'wordForms'));
    expect(texts).toEqual(['dog']);
    expect(vector).toEqual([1, DEFAULT_PROFILE.relevance.namesInTopic]);
  });

  it('is the question’s own vector when it gives no name', async () => {
    const embedder = recordingEmbedder();
    const plain = questionConcepts('what is the weather like', { aliases: true });
    const own = [0.6, 0.8];
    expect(await topicVector(embedder, { concepts: plain, content: plain, vector: own }, DEFAULT_PROFILE)).toBe(own);
    expect(embedder.texts).toEqual([]);
  });
});
