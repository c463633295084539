import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineConfig } from '../../src/config/engine-config.js';
import type { Embedder } from '../../src/embedding/embedder.js';
import { OFFLINE_MODEL_ID } from '../../src/embedding/offline-model/build.js';
import type { PassageIndex } from '../../src/index/open.js';
import { refreshIndex } from '../../src/index/refresh.js';
import { tempDir } from './temp-dirs.js';

/**
 * The corpus every test reads: a frozen copy of the seed article, so that adding or editing articles in the live
 * corpus/ never changes what a test expects. Located from this file, not from the working folder.
 */
export const TEST_CORPUS_DIR = fileURLToPath(new URL('../corpus', import.meta.url));

/** The project's own models folder: the offline model is built there once and shared by all tests. */
export const TEST_MODELS_DIR = fileURLToPath(new URL('../../models', import.meta.url));

/** An engine configuration that never touches the network: offline model, no downloads, throwaway index folder. */
export async function testEngineConfig(overrides: Partial<EngineConfig> = {}): Promise<EngineConfig> {
  return {
    corpusDir: TEST_CORPUS_DIR,
    indexDir: await tempDir('index'),
    modelsDir: TEST_MODELS_DIR,
    model: OFFLINE_MODEL_ID,
    fetchTimeoutMs: 1000,
    allowModelDownload: false,
    ...overrides,
  };
}

/** A writable copy of the test corpus, for tests that edit articles. */
export async function copyOfCorpus(): Promise<string> {
  const dir = await tempDir('corpus');
  await cp(TEST_CORPUS_DIR, dir, { recursive: true });
  return dir;
}

/** Indexes articles written for one test (file name → Markdown with front matter) with the offline model. */
export async function indexOfArticles(articles: Record<string, string>): Promise<{ index: PassageIndex; embedder: Embedder }> {
  const corpusDir = await tempDir('articles');
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(corpusDir, name), text);
  return refreshIndex(await testEngineConfig({ corpusDir }), { warn: () => {} });
}
