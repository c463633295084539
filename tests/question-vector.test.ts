import { describe, expect, it } from 'vitest';
import { questionVector } from '../src/answer/question-vector.js';
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
  it('embeds the question with its words’ irregular forms and the domain’s synonyms', async () => {
    const embedder = recordingEmbedder();
    await questionVector(embedder, question, concepts, DEFAULT_PROFILE);
    expect(embedder.texts[0]).toMatch(/^how many troops were sent to kursk\? .*\bsend\b.*\bdispatched\b/);
  });

  it('embeds the question alone with the word forms stage off, and nothing with the vectors stage off', async () => {
    const embedder = recordingEmbedder();
    await questionVector(embedder, question, concepts, withoutStage(DEFAULT_PROFILE, 'wordForms'));
    expect(embedder.texts).toEqual(['how many troops were sent to kursk?']);
    expect(await questionVector(embedder, question, concepts, withoutStage(DEFAULT_PROFILE, 'vectors'))).toBeNull();
  });
});
