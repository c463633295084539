import type { Embedder } from './embedder.js';
import { loadEmbedder } from './embedder.js';
import { OFFLINE_MODEL_ID, ensureOfflineModel } from './offline-model/build.js';

export interface ModelSettings {
  /** The model asked for (EMBEDDING_MODEL). */
  model: string;
  modelsDir: string;
  fetchTimeoutMs: number;
  /** May a model missing from modelsDir be fetched from the Hugging Face hub? False keeps the process offline. */
  allowModelDownload: boolean;
}

/**
 * Loads the requested model, or the offline model when the requested one cannot be had (no network, unknown
 * name): one line goes to `warn` and the project keeps working offline.
 */
export async function loadPreferredEmbedder(settings: ModelSettings, warn: (line: string) => void): Promise<Embedder> {
  if (settings.model === OFFLINE_MODEL_ID) return loadOfflineEmbedder(settings);
  try {
    return await loadEmbedder(settings.model, { ...settings, allowRemote: settings.allowModelDownload });
  } catch (error) {
    warn(
      `Embedding model ${settings.model} could not be loaded (${firstLine(error)}); ` +
        `using the offline model ${OFFLINE_MODEL_ID}. Connect to the internet once to cache it in ${settings.modelsDir}.`,
    );
    return loadOfflineEmbedder(settings);
  }
}

/** Loads exactly `model` (the one an index was built with), from disk or, if allowed, the hub. */
export async function loadEmbedderFor(model: string, settings: ModelSettings): Promise<Embedder> {
  if (model === OFFLINE_MODEL_ID) return loadOfflineEmbedder(settings);
  return loadEmbedder(model, { ...settings, allowRemote: settings.allowModelDownload });
}

async function loadOfflineEmbedder(settings: ModelSettings): Promise<Embedder> {
  await ensureOfflineModel(settings.modelsDir);
  return loadEmbedder(OFFLINE_MODEL_ID, { ...settings, allowRemote: false });
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error);
  return message.split('\n')[0]!;
}
