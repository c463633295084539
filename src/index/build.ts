import type { Corpus } from '../corpus/load.js';
import type { CorpusProblem } from '../corpus/problem.js';
import type { Embedder } from '../embedding/embedder.js';
import { CHUNKER_VERSION, chunkArticle } from '../passages/chunk.js';
import { foldForMatching } from '../text/fold.js';
import type { IndexedPassage } from './indexed-passage.js';
import type { Manifest } from './manifest.js';
import { writeIndex } from './write.js';

export interface BuildProgress {
  passagesDone: number;
  passagesTotal: number;
}

export interface BuildSummary {
  articles: number;
  passages: number;
  skipped: CorpusProblem[];
  model: string;
  seconds: number;
}

// Embedding in slices lets progress be reported while keeping each model call a sensible size.
const PROGRESS_SLICE = 64;

/** Chunks and embeds the whole corpus, then publishes the new index atomically. */
export async function buildIndex(
  corpus: Corpus,
  embedder: Embedder,
  indexDir: string,
  onProgress: (progress: BuildProgress) => void = () => {},
): Promise<BuildSummary> {
  const started = performance.now();
  const passages: IndexedPassage[] = corpus.articles.flatMap((article) =>
    chunkArticle(article).map((passage) => ({
      ...passage,
      title: article.title,
      publisher: article.publisher,
      url: article.url,
      published: article.published,
    })),
  );
  const vectors: number[][] = [];
  onProgress({ passagesDone: 0, passagesTotal: passages.length });
  for (let i = 0; i < passages.length; i += PROGRESS_SLICE) {
    // Folded text, so that "Сosmodrome" with a Cyrillic С embeds like the Latin spelling a user types.
    vectors.push(...(await embedder.embed(passages.slice(i, i + PROGRESS_SLICE).map((p) => foldForMatching(p.text)))));
    onProgress({ passagesDone: vectors.length, passagesTotal: passages.length });
  }
  const passageCounts = new Map<string, number>();
  for (const passage of passages) passageCounts.set(passage.articleId, (passageCounts.get(passage.articleId) ?? 0) + 1);
  const manifest: Manifest = {
    formatVersion: 1,
    model: embedder.model,
    dimensions: embedder.dimensions,
    chunkerVersion: CHUNKER_VERSION,
    corpusFingerprint: corpus.fingerprint,
    builtAt: new Date().toISOString(),
    passages: passages.length,
    articles: corpus.articles.map(({ body: _body, path: _path, ...meta }) => ({
      ...meta,
      passages: passageCounts.get(meta.id) ?? 0,
    })),
    skipped: corpus.problems,
  };
  await writeIndex(indexDir, manifest, passages, vectors);
  return {
    articles: corpus.articles.length,
    passages: passages.length,
    skipped: corpus.problems,
    model: embedder.model,
    seconds: (performance.now() - started) / 1000,
  };
}
