import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LocalIndex } from 'vectra';
import type { LexicalHit } from '../retrieval/lexical.js';
import { LexicalIndex } from '../retrieval/lexical.js';
import type { TermWeights } from '../retrieval/terms.js';
import { VectorMatrix } from '../retrieval/vector-matrix.js';
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
    private readonly vectors: VectorMatrix,
    private readonly lexical: LexicalIndex,
    /** In matrix row order. */
    private readonly ordered: IndexedPassage[],
    private readonly passages: Map<string, { passage: IndexedPassage; row: number }>,
  ) {}

  get passageCount(): number {
    return this.passages.size;
  }

  passage(id: string): IndexedPassage | undefined {
    return this.passages.get(id)?.passage;
  }

  /** The passages most similar to the question vector; none for a zero vector (a question of unknown words). */
  vectorSearch(vector: number[], limit: number): VectorHit[] {
    return this.vectors.nearest(vector, limit).map(({ row, score }) => ({ passage: this.ordered[row]!, score }));
  }

  /** The stored vector of a passage, so that an unchanged article need not be embedded again. */
  vectorOf(passageId: string): number[] | undefined {
    const entry = this.passages.get(passageId);
    return entry && this.vectors.row(entry.row);
  }

  lexicalSearch(weights: TermWeights, limit: number): LexicalHit[] {
    return this.lexical.query(weights, limit);
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
    const passages = new Map<string, { passage: IndexedPassage; row: number }>();
    const ordered: IndexedPassage[] = [];
    let vectors: VectorMatrix;
    let lexical: LexicalIndex;
    try {
      // vectra reads its own folder; its in-memory copy is dropped once the rows are in the matrix.
      const items = await new LocalIndex(path.join(buildDir, VECTORS_FOLDER)).listItems();
      vectors = new VectorMatrix(manifest.dimensions, items.length);
      items.forEach((item, row) => {
        if (item.vector.length !== manifest.dimensions) throw new Error(`passage ${item.id} has a vector of the wrong size`);
        const passage = fromMetadata(item.id, item.metadata);
        passages.set(item.id, { passage, row });
        ordered.push(passage);
        vectors.set(row, item.vector);
      });
      lexical = LexicalIndex.fromJSON(await readFile(path.join(buildDir, LEXICAL_FILE), 'utf8'));
    } catch (error) {
      throw fail('the passage files are missing or corrupt', error);
    }
    if (passages.size !== manifest.passages) {
      throw fail('it holds fewer passages than its manifest lists', new Error(`${passages.size} of ${manifest.passages}`));
    }
    return new PassageIndex(buildDir, manifest, vectors, lexical, ordered, passages);
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
