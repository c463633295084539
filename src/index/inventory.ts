import type { EngineConfig } from '../config/engine-config.js';
import { loadCorpus } from '../corpus/load.js';
import { OFFLINE_MODEL_ID } from '../embedding/offline-model/build.js';
import type { PassageIndex } from './open.js';
import { staleReasons } from './staleness.js';

/** What an index holds and whether it still matches the corpus: the `sources` view, for CLI and bot alike. */
export interface Inventory {
  articles: { id: string; title: string; publisher: string | null; url: string | null; published: string | null; passages: number }[];
  index: { model: string; builtAt: string; stale: boolean; staleReasons: string[]; passages: number };
}

/**
 * Describes `index` and compares it with the corpus folder now. No model is loaded for this, so an index built
 * with the configured model or with its offline fallback counts as current.
 */
export async function takeInventory(index: PassageIndex, config: Pick<EngineConfig, 'corpusDir' | 'model'>): Promise<Inventory> {
  const { manifest } = index;
  const corpus = await loadCorpus(config.corpusDir);
  const reasons = staleReasons(manifest, { models: [config.model, OFFLINE_MODEL_ID], corpusFingerprint: corpus.fingerprint });
  return {
    articles: manifest.articles.map(({ id, title, publisher, url, published, passages }) => ({ id, title, publisher, url, published, passages })),
    index: { model: manifest.model, builtAt: manifest.builtAt, stale: reasons.length > 0, staleReasons: reasons, passages: manifest.passages },
  };
}
