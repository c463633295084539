import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LocalIndex } from 'vectra';
import type { LexicalHit } from '../retrieval/lexical.js';
import { LexicalIndex } from '../retrieval/lexical.js';
import type { TermWeights } from '../retrieval/terms.js';
import type { IndexedPassage } from './indexed-passage.js';
import { LEXICAL_FILE, MANIFEST_FILE, VECTORS_FOLDER, liveBuildDir } from './layout.js';
import type { Manifest } from './manifest.js';
import { manifestSchema } from './manifest.js';

/** Raised when there is no usable index; the message says what is wrong and how to fix it. */
export class IndexUnavailableError extends Error {
  override name = 'IndexUnavailableError';
}

export interface VectorHit {
  passage: IndexedPassage;
  /** Cosine similarity between the question and the passage. */
  score: number;
}

/** A built index, loaded into memory and read-only. */
export class PassageIndex {
  private constructor(
    /** The build folder this index was loaded from. */
    readonly buildDir: string,
    readonly manifest: Manifest,
    private readonly vectors: LocalIndex,
    private readonly lexical: LexicalIndex,
    private readonly passages: Map<string, IndexedPassage>,
    // The same arrays vectra holds, keyed for lookups that vectra would answer with a linear scan.
    private readonly vectorsById: Map<string, number[]>,
  ) {}

  get passageCount(): number {
    return this.passages.size;
  }

  passage(id: string): IndexedPassage | undefined {
    return this.passages.get(id);
  }

  async vectorSearch(vector: number[], limit: number): Promise<VectorHit[]> {
    // A question of only unknown words embeds to zero; it is similar to nothing (vectra would say NaN).
    if (vector.every((x) => x === 0)) return [];
    const results = await this.vectors.queryItems(vector, '', limit);
    return results.map(({ item, score }) => ({ passage: this.passages.get(item.id)!, score }));
  }

  /** The stored vector of a passage, so that an unchanged article need not be embedded again. */
  vectorOf(passageId: string): number[] | undefined {
    return this.vectorsById.get(passageId);
  }

  lexicalSearch(question: string, limit: number): LexicalHit[] {
    return this.lexical.query(question, limit);
  }

  termWeights(question: string): TermWeights {
    return this.lexical.termWeights(question);
  }

  /** Loads one build folder completely, so that a later swap or clean-up on disk cannot affect it. */
  static async load(buildDir: string): Promise<PassageIndex> {
    const fail = (what: string, error: unknown) =>
      new IndexUnavailableError(
        `The index in ${buildDir} is unusable: ${what} (${(error as Error).message.split('\n')[0]}). Rebuild it with \`npm run reindex -- --full\`.`,
      );
    let manifest: Manifest;
    try {
      manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(buildDir, MANIFEST_FILE), 'utf8')));
    } catch (error) {
      throw fail(`${MANIFEST_FILE} is missing or invalid`, error);
    }
    const vectors = new LocalIndex(path.join(buildDir, VECTORS_FOLDER));
    const passages = new Map<string, IndexedPassage>();
    const vectorsById = new Map<string, number[]>();
    let lexical: LexicalIndex;
    try {
      for (const item of await vectors.listItems()) {
        if (item.vector.length !== manifest.dimensions) throw new Error(`passage ${item.id} has a vector of the wrong size`);
        passages.set(item.id, fromMetadata(item.id, item.metadata));
        vectorsById.set(item.id, item.vector);
      }
      lexical = LexicalIndex.fromJSON(await readFile(path.join(buildDir, LEXICAL_FILE), 'utf8'));
    } catch (error) {
      throw fail('the passage files are missing or corrupt', error);
    }
    if (passages.size !== manifest.passages) {
      throw fail('it holds fewer passages than its manifest lists', new Error(`${passages.size} of ${manifest.passages}`));
    }
    return new PassageIndex(buildDir, manifest, vectors, lexical, passages, vectorsById);
  }
}

/** Opens the live index of INDEX_DIR. */
export async function openLiveIndex(indexDir: string): Promise<PassageIndex> {
  const buildDir = await liveBuildDir(indexDir);
  if (!buildDir) {
    throw new IndexUnavailableError(`There is no index in ${indexDir} yet. Build it with \`npm run reindex\`.`);
  }
  try {
    return await PassageIndex.load(buildDir);
  } catch (error) {
    // Another process may have published a new build and removed this one while it was being read.
    const now = await liveBuildDir(indexDir);
    if (now && now !== buildDir) return PassageIndex.load(now);
    throw error;
  }
}

function fromMetadata(id: string, metadata: Record<string, unknown>): IndexedPassage {
  const text = (key: string) => (typeof metadata[key] === 'string' ? (metadata[key] as string) : null);
  const number = (key: string) => {
    if (typeof metadata[key] !== 'number') throw new Error(`passage ${id} lacks ${key}`);
    return metadata[key] as number;
  };
  const body = text('text');
  const articleId = text('articleId');
  const title = text('title');
  if (body === null || articleId === null || title === null) throw new Error(`passage ${id} lacks its text or article`);
  return {
    id,
    articleId,
    paragraph: number('paragraph'),
    start: number('start'),
    end: number('end'),
    text: body,
    title,
    publisher: text('publisher'),
    url: text('url'),
    published: text('published'),
  };
}
