import type { EngineConfig } from '../config/engine-config.js';
import { loadCorpus } from '../corpus/load.js';
import { describeProblem } from '../corpus/problem.js';
import type { Embedder } from '../embedding/embedder.js';
import { loadPreferredEmbedder } from '../embedding/model-policy.js';
import type { BuildProgress, BuildSummary } from './build.js';
import { buildIndex } from './build.js';
import type { PassageIndex } from './open.js';
import { IndexUnavailableError, openLiveIndex } from './open.js';
import { staleReasons } from './staleness.js';

export interface RefreshOptions {
  /** Rebuild even when the index is fresh. */
  full?: boolean;
  /** Refuse to build when any corpus file is invalid. */
  strict?: boolean;
  warn: (line: string) => void;
  onProgress?: (progress: BuildProgress) => void;
}

export interface ReadyIndex {
  index: PassageIndex;
  embedder: Embedder;
  /** The build that just ran, or null when the existing index was fresh. */
  rebuilt: BuildSummary | null;
}

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
  let why: string;
  try {
    const index = await openLiveIndex(config.indexDir);
    const reasons = staleReasons(index.manifest, { models: [embedder.model], corpusFingerprint: corpus.fingerprint });
    if (reasons.length === 0 && !options.full) return { index, embedder, rebuilt: null };
    why = options.full ? 'Rebuilding the index in full, as asked.' : `The index is stale (${reasons.join('; ')}); rebuilding it.`;
  } catch (error) {
    if (!(error instanceof IndexUnavailableError)) throw error;
    why = `${error.message.replace(/ (Build|Rebuild) it with .*$/, '')} Building a new one now.`;
  }
  options.warn(why);
  if (corpus.articles.length === 0) {
    throw new CorpusInvalidError(`The corpus folder ${config.corpusDir} holds no valid article; add .md files (see README).`);
  }
  const rebuilt = await buildIndex(corpus, embedder, config.indexDir, options.onProgress);
  return { index: await openLiveIndex(config.indexDir), embedder, rebuilt };
}
