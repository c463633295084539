import { calibrate } from '../answer/calibration.js';
import type { Corpus } from '../corpus/load.js';
import type { CorpusProblem } from '../corpus/problem.js';
import type { Embedder } from '../embedding/embedder.js';
import { CHUNKER_VERSION, chunkArticle } from '../passages/chunk.js';
import { ANALYZER_VERSION } from '../retrieval/terms.js';
import { foldForMatching } from '../text/fold.js';
import type { IndexedPassage } from './indexed-passage.js';
import type { Manifest } from './manifest.js';
import { INDEX_FORMAT_VERSION } from './manifest.js';
import type { PassageIndex } from './open.js';
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
  /** Articles embedded in this build: new, edited, or all of them in a full build. */
  embeddedArticles: number;
  /** Unchanged articles whose vectors were taken from the previous index. */
  reusedArticles: number;
  /** Articles of the previous index that are gone from the corpus. */
  removedArticles: number;
}

/** What a build did, and the new live index, loaded once to verify it and ready to serve. */
export interface BuildResult {
  summary: BuildSummary;
  index: PassageIndex;
}

export interface BuildOptions {
  /** The live index, whose vectors are reused for unchanged articles; null for a full build. */
  previous: PassageIndex | null;
  onProgress?: (progress: BuildProgress) => void;
}

// Embedding in slices lets progress be reported while keeping each model call a sensible size.
const PROGRESS_SLICE = 64;

/**
 * Chunks the corpus, embeds what changed since `previous` (an article whose content hash is unchanged keeps its
 * vectors, as long as model and chunker are the same), then publishes the new index atomically.
 */
export async function buildIndex(corpus: Corpus, embedder: Embedder, indexDir: string, options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const onProgress = options.onProgress ?? (() => {});
  const previous = reusable(options.previous, embedder);
  const previousHashes = new Map(previous?.manifest.articles.map((old) => [old.id, old.contentHash]));
  const unchanged = new Set(corpus.articles.filter((a) => previousHashes.get(a.id) === a.contentHash).map((a) => a.id));
  const passages: IndexedPassage[] = corpus.articles.flatMap((article) =>
    chunkArticle(article).map((passage) => ({
      ...passage,
      title: article.title,
      publisher: article.publisher,
      url: article.url,
      published: article.published,
    })),
  );

  const vectors = new Map<string, number[]>();
  for (const passage of passages) {
    const kept = unchanged.has(passage.articleId) ? previous!.vectorOf(passage.id) : undefined;
    if (kept) vectors.set(passage.id, kept);
  }
  const toEmbed = passages.filter((passage) => !vectors.has(passage.id));
  onProgress({ passagesDone: 0, passagesTotal: toEmbed.length });
  for (let i = 0; i < toEmbed.length; i += PROGRESS_SLICE) {
    const slice = toEmbed.slice(i, i + PROGRESS_SLICE);
    // Folded text, so that "Сosmodrome" with a Cyrillic С embeds like the Latin spelling a user types.
    const embedded = await embedder.embed(slice.map((p) => foldForMatching(p.text)));
    slice.forEach((passage, j) => vectors.set(passage.id, embedded[j]!));
    onProgress({ passagesDone: Math.min(i + PROGRESS_SLICE, toEmbed.length), passagesTotal: toEmbed.length });
  }

  const passageCounts = new Map<string, number>();
  for (const passage of passages) passageCounts.set(passage.articleId, (passageCounts.get(passage.articleId) ?? 0) + 1);
  const manifest: Omit<Manifest, 'checksums' | 'calibration'> = {
    formatVersion: INDEX_FORMAT_VERSION,
    model: embedder.model,
    dimensions: embedder.dimensions,
    chunkerVersion: CHUNKER_VERSION,
    analyzerVersion: ANALYZER_VERSION,
    corpusFingerprint: corpus.fingerprint,
    builtAt: new Date().toISOString(),
    passages: passages.length,
    articles: corpus.articles.map(({ body: _body, path: _path, ...meta }) => ({ ...meta, passages: passageCounts.get(meta.id) ?? 0 })),
    skipped: corpus.problems,
  };
  const index = await writeIndex(indexDir, manifest, passages, passages.map((p) => vectors.get(p.id)!), (built) => calibrate(built, embedder));
  const current = new Set(corpus.articles.map((article) => article.id));
  const summary: BuildSummary = {
    articles: corpus.articles.length,
    passages: passages.length,
    skipped: corpus.problems,
    model: embedder.model,
    seconds: (performance.now() - started) / 1000,
    embeddedArticles: corpus.articles.length - unchanged.size,
    reusedArticles: unchanged.size,
    removedArticles: previous ? previous.manifest.articles.filter((old) => !current.has(old.id)).length : 0,
  };
  return { summary, index };
}

// Vectors from another model or chunking are not comparable with new ones: such an index is rebuilt in full.
function reusable(previous: PassageIndex | null, embedder: Embedder): PassageIndex | null {
  if (!previous) return null;
  const { model, dimensions, chunkerVersion } = previous.manifest;
  return model === embedder.model && dimensions === embedder.dimensions && chunkerVersion === CHUNKER_VERSION ? previous : null;
}
