import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EngineConfig } from '../../src/config/engine-config.js';
import { OFFLINE_MODEL_ID } from '../../src/embedding/offline-model/build.js';

/** The project's own models folder: the offline model is built there once and shared by all tests. */
export const TEST_MODELS_DIR = path.resolve('models');

/** An engine configuration that never touches the network: offline model, no downloads, throwaway index folder. */
export async function testEngineConfig(overrides: Partial<EngineConfig> = {}): Promise<EngineConfig> {
  return {
    corpusDir: path.resolve('corpus'),
    indexDir: await mkdtemp(path.join(tmpdir(), 'conflict-desk-index-')),
    modelsDir: TEST_MODELS_DIR,
    model: OFFLINE_MODEL_ID,
    fetchTimeoutMs: 1000,
    allowModelDownload: false,
    ...overrides,
  };
}

/** A writable copy of the shipped corpus, for tests that edit articles. */
export async function copyOfCorpus(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'conflict-desk-corpus-'));
  await cp(path.resolve('corpus'), dir, { recursive: true });
  return dir;
}
