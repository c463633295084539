import { ensureOfflineModel } from '../../src/embedding/offline-model/build.js';
import { TEST_MODELS_DIR } from './engine-config.js';

// Build the offline model once, before any test file runs, so parallel files never race to build it.
export default async function setup(): Promise<void> {
  await ensureOfflineModel(TEST_MODELS_DIR);
}
