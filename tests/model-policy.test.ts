import { describe, expect, it } from 'vitest';
import { loadEmbedderFor, loadPreferredEmbedder } from '../src/embedding/model-policy.js';
import { OFFLINE_MODEL_ID } from '../src/embedding/offline-model/build.js';
import { TEST_MODELS_DIR } from './support/engine-config.js';

// Downloads are off, so these never reach the network: a model missing from MODELS_DIR simply is not there.
const settings = { modelsDir: TEST_MODELS_DIR, fetchTimeoutMs: 1000, allowModelDownload: false };

describe('choosing the embedding model', () => {
  it('falls back to the offline model, in one line, when the configured model cannot be had', async () => {
    const warnings: string[] = [];
    const embedder = await loadPreferredEmbedder({ ...settings, model: 'Xenova/all-MiniLM-L6-v2' }, (line) => warnings.push(line));
    expect(embedder.model).toBe(OFFLINE_MODEL_ID);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Embedding model Xenova\/all-MiniLM-L6-v2 could not be loaded \(.+\); using the offline model conflict-desk\/glove-6b-100d-sif-v2\./);
  });

  it('loads the offline model without a word when it is the one configured', async () => {
    const warnings: string[] = [];
    const embedder = await loadPreferredEmbedder({ ...settings, model: OFFLINE_MODEL_ID }, (line) => warnings.push(line));
    expect([embedder.model, embedder.dimensions, warnings]).toEqual([OFFLINE_MODEL_ID, 100, []]);
  });

  it('refuses, rather than substitutes, when an index needs a model that cannot be loaded', async () => {
    await expect(loadEmbedderFor('nobody/missing-model', { ...settings, model: OFFLINE_MODEL_ID })).rejects.toThrow();
  });
});
