import type { EngineConfig } from '../config/engine-config.js';
import { loadCorpus } from '../corpus/load.js';
import { describeProblem } from '../corpus/problem.js';
import type { Embedder } from '../embedding/embedder.js';
import { loadPreferredEmbedder } from '../embedding/model-policy.js';
import type { BuildProgress, BuildSummary } from './build.js';
import { buildIndex } from './build.js';
import { removeAbandonedBuilds } from './layout.js';
import type { PassageIndex } from './open.js';
import { IndexUnavailableError, openLiveIndex } from './open.js';
import { staleReasons } from './staleness.js';
import { IndexNotWritableError, canWriteIndexDir, isWriteDenied } from './write-access.js';
import { withWriterLock } from './writer-lock.js';

export interface RefreshOptions {
  /** Rebuild even when the index is fresh. */
  full?: boolean;
  /** Refuse to build when any corpus file is invalid. */
  strict?: boolean;
  /**
   * When this user cannot write INDEX_DIR, answer from the stale index there (saying so in one line) instead of
   * failing: what `ask` wants, not `reindex`. An index built with another model is never served this way.
   */
  serveStaleIfReadOnly?: boolean;
  warn: (line: string) => void;
  onProgress?: (progress: BuildProgress) => void;
}

export interface ReadyIndex {
  index: PassageIndex;
  embedder: Embedder;
  /** The build that just ran, or null when the existing index was fresh. */
  rebuilt: BuildSummary | null;
}

// A reindex of a large corpus takes minutes; waiting that long beats failing, and the lock is freed on crash.
const WRITER_WAIT_MS = 10 * 60 * 1000;

export class CorpusInvalidError extends Error {
  override name = 'CorpusInvalidError';
}

/**
 * Returns the live index and the model to query it with, first rebuilding the index when it is missing,
 * unusable or stale (corpus, model or chunker changed). The reason for a rebuild goes to `warn`.
 */
export async function refreshIndex(config: EngineConfig, options: RefreshOptions): Promise<ReadyIndex> {
  const corpus = await loadCorpus(config.corpusDir);
  if (options.strict && corpus.problems.length > 0) {
    throw new CorpusInvalidError(
      `--strict: ${corpus.problems.length} corpus file problem(s); fix them or run without --strict:\n` +
        corpus.problems.map((p) => `  ${describeProblem(p)}`).join('\n'),
    );
  }
  const embedder = await loadPreferredEmbedder(config, options.warn);
  const staleness = (index: PassageIndex) => staleReasons(index.manifest, { models: [embedder.model], corpusFingerprint: corpus.fingerprint });
  const live = await openIfUsable(config.indexDir, options.warn);
  if (live) {
    const reasons = staleness(live);
    if (reasons.length === 0 && !options.full) return { index: live, embedder, rebuilt: null };
    if (!(await canWriteIndexDir(config.indexDir))) {
      if (!options.serveStaleIfReadOnly || live.manifest.model !== embedder.model) throw new IndexNotWritableError(config.indexDir);
      options.warn(`The index in ${config.indexDir} is stale (${reasons.join('; ')}) and cannot be rebuilt by this user, who may not write there; answering from it as it is.`);
      return { index: live, embedder, rebuilt: null };
    }
    options.warn(options.full ? 'Rebuilding the index in full, as asked.' : `The index is stale (${reasons.join('; ')}); rebuilding it.`);
  }
  if (corpus.articles.length === 0) {
    throw new CorpusInvalidError(`The corpus folder ${config.corpusDir} holds no valid article; add .md files (see README).`);
  }
  try {
    return await withWriterLock(
      config.indexDir,
      async () => {
        // Another process may have rebuilt the index while this one waited to become the writer.
        const latest = await openIfUsable(config.indexDir, () => {});
        if (latest && !options.full && staleness(latest).length === 0) return { index: latest, embedder, rebuilt: null };
        await removeAbandonedBuilds(config.indexDir);
        const built = await buildIndex(corpus, embedder, config.indexDir, { previous: options.full ? null : latest, onProgress: options.onProgress });
        return { index: built.index, embedder, rebuilt: built.summary };
      },
      {
        timeoutMs: WRITER_WAIT_MS,
        onWait: (holder) =>
          options.warn(`Another process (pid ${holder.pid} on ${holder.host}, since ${holder.since}) is rebuilding the index in ${config.indexDir}; waiting for it to finish.`),
      },
    );
  } catch (error) {
    // Permissions, or a read-only file system, refused the lock or the build: say where and what to do.
    if (isWriteDenied(error)) throw new IndexNotWritableError(config.indexDir);
    throw error;
  }
}

// The live index, or null (saying why) when there is none or it is unusable: either way a build follows.
async function openIfUsable(indexDir: string, warn: (line: string) => void): Promise<PassageIndex | null> {
  try {
    return await openLiveIndex(indexDir);
  } catch (error) {
    if (!(error instanceof IndexUnavailableError)) throw error;
    warn(`${error.problem} Building a new one now.`);
    return null;
  }
}
