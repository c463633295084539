import type { PassageIndex } from './open.js';
import { staleReasons } from './staleness.js';

/** What an index holds and whether it still matches the corpus: the `sources` view, for CLI and bot alike. */
export interface Inventory {
  articles: { id: string; title: string; publisher: string | null; url: string | null; published: string | null; passages: number }[];
  index: { model: string; builtAt: string; stale: boolean; staleReasons: string[]; passages: number };
}

export function takeInventory(index: PassageIndex, current: { models: string[]; corpusFingerprint: string }): Inventory {
  const { manifest } = index;
  const reasons = staleReasons(manifest, current);
  return {
    articles: manifest.articles.map(({ id, title, publisher, url, published, passages }) => ({ id, title, publisher, url, published, passages })),
    index: { model: manifest.model, builtAt: manifest.builtAt, stale: reasons.length > 0, staleReasons: reasons, passages: manifest.passages },
  };
}
