import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { LexicalIndex } from '../retrieval/lexical.js';
import type { Concept } from '../retrieval/query.js';
import type { TermWeights } from '../retrieval/terms.js';
import { stemOf } from '../retrieval/terms.js';
import { VectorMatrix } from '../retrieval/vector-matrix.js';
import type { IndexedPassage } from './indexed-passage.js';
import { readBinaryFile } from './binary-file.js';
import { LEXICAL_FILE, MANIFEST_FILE, PASSAGES_FILE, VECTORS_FILE, liveBuildDir } from './layout.js';
import { fromLexicalFile } from './lexical-file.js';
import type { Manifest } from './manifest.js';
import { manifestSchema } from './manifest.js';
import { PassageTable } from './passage-table.js';

const vectorsHeaderSchema = z.object({ dimensions: z.number().int().positive() });

/** Raised when there is no usable index: what is wrong, and how to fix it (the message says both). */
export class IndexUnavailableError extends Error {
  override name = 'IndexUnavailableError';
  constructor(
    readonly problem: string,
    readonly fix?: string,
  ) {
    super(fix ? `${problem} ${fix}` : problem);
  }
}

// How many passages holding a word are read to tell whether the corpus writes it as a name, and the share of its
// uses inside a sentence that must be capitalised ("Cold War" makes no name of "cold" where the corpus also says "the
// cold").
const NAME_SAMPLE = 40;
const NAME_SHARE = 0.8;
// Words already told apart, kept per index since its passages never change; cleared when this many are kept.
const NAME_CACHE = 50_000;
const REBUILD = 'Rebuild it with `npm run reindex -- --full`.';

export interface VectorHit {
  passage: IndexedPassage;
  /** Cosine similarity between the question and the passage. */
  score: number;
}

export interface PassageHit {
  passageId: string;
  /** BM25 score; only comparable within one question. */
  score: number;
  /** Share of the question's term weight (IDF) that the passage contains, 0..1; comparable across questions. */
  coverage: number;
}

/** A built index, loaded into memory and read-only. Its three files share one row order. */
export class PassageIndex {
  private readonly names = new Map<string, boolean>();

  private constructor(
    /** The build folder this index was loaded from. */
    readonly buildDir: string,
    readonly manifest: Manifest,
    private readonly vectors: VectorMatrix,
    private readonly lexical: LexicalIndex,
    private readonly passages: PassageTable,
  ) {}

  get passageCount(): number {
    return this.passages.size;
  }

  passage(id: string): IndexedPassage | undefined {
    const row = this.passages.rowOf(id);
    return row === undefined ? undefined : this.passages.passage(row);
  }

  /** The passages most similar to the question vector; none for a zero vector (a question of unknown words). */
  vectorSearch(vector: number[], limit: number): VectorHit[] {
    return this.vectors.nearest(vector, limit).map(({ row, score }) => ({ passage: this.passages.passage(row), score }));
  }

  /** Cosine between a question vector and the direction of the whole corpus: how far it is about the corpus's topic. */
  topicality(vector: number[]): number {
    const centroid = this.vectors.centroid();
    const norm = Math.hypot(...vector) || 1;
    let dot = 0;
    for (let i = 0; i < centroid.length; i++) dot += centroid[i]! * vector[i]!;
    return dot / norm;
  }

  /** The stored vector of a passage, so that an unchanged article need not be embedded again. */
  vectorOf(passageId: string): number[] | undefined {
    const row = this.passages.rowOf(passageId);
    return row === undefined ? undefined : this.vectors.row(row);
  }

  lexicalSearch(weights: TermWeights, limit: number): PassageHit[] {
    return this.lexical.query(weights, limit).map(({ row, ...scores }) => ({ passageId: this.passages.idOf(row), ...scores }));
  }

  /**
   * Does the corpus write the word as a name ("Kursk", "Alabuga", "Koksan")? Members type names in lower case, so
   * only the articles can tell: most of the word's uses inside a sentence, in the passages that hold it, are
   * capitalised.
   */
  writesAsName(word: string): boolean {
    let known = this.names.get(word);
    if (known === undefined) {
      if (this.names.size >= NAME_CACHE) this.names.clear();
      this.names.set(word, (known = this.readsAsName(word)));
    }
    return known;
  }

  /** Texts of up to `limit` passages that hold the search term, spread over all of them. */
  textsWith(term: string, limit: number): string[] {
    return this.lexical.rowsWith(term, limit).map((row) => this.passages.passage(row).text);
  }

  /** How many passages hold the search term. */
  passagesWith(term: string): number {
    return this.lexical.passagesWith(term);
  }

  /** Share of the passages that hold the search term. */
  passageShare(term: string): number {
    return this.passagesWith(term) / Math.max(1, this.passages.size);
  }

  private readsAsName(word: string): boolean {
    const within = new RegExp(`(?<=[\\p{L}\\p{N},;]\\s+)${word.replace(/[^\p{L}\p{N}]/gu, '')}(?![\\p{L}\\p{N}])`, 'giu');
    let capitalised = 0;
    let uses = 0;
    for (const row of this.lexical.rowsWith(stemOf(word), NAME_SAMPLE)) {
      for (const [use] of this.passages.passage(row).text.matchAll(within)) {
        uses++;
        if (use[0] !== use[0]!.toLowerCase()) capitalised++;
      }
    }
    return uses > 0 && capitalised >= NAME_SHARE * uses;
  }

  /** Does a passage of the article hold the search term? */
  articleHas(articleId: string, term: string): boolean {
    const rows = this.passages.rowsOfArticle(articleId);
    return rows !== undefined && this.lexical.usedInRows(term, rows.first, rows.end);
  }

  /** Weighs the question's concepts by their rarity in this corpus; one it never uses by `absentFactor` of the most. */
  weigh(concepts: Concept[], absentFactor?: number): TermWeights {
    return this.lexical.weigh(concepts, absentFactor);
  }

  /**
   * Share of the question's concept weight that one passage holds, 0..1; with `articleFactor`, a concept that only
   * another passage of its article holds counts that share of a match.
   */
  coverageOf(passageId: string, weights: TermWeights, articleFactor?: number): number {
    const row = this.passages.rowOf(passageId)!;
    if (articleFactor === undefined) return this.lexical.coverageOfRow(weights, row);
    const rows = this.passages.rowsOfArticle(this.passages.articleIdOf(row));
    return this.lexical.coverageOfRow(weights, row, rows && { ...rows, factor: articleFactor });
  }

  /** Loads one build folder completely, so that a later swap or clean-up on disk cannot affect it. */
  static async load(buildDir: string): Promise<PassageIndex> {
    const fail = (what: string, error: unknown) =>
      new IndexUnavailableError(`The index in ${buildDir} is unusable: ${what} (${(error as Error).message.split('\n')[0]}).`, REBUILD);
    let manifest: Manifest;
    try {
      manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(buildDir, MANIFEST_FILE), 'utf8')));
    } catch (error) {
      throw fail(`${MANIFEST_FILE} is missing or invalid`, error);
    }
    let passages: PassageTable;
    let vectors: VectorMatrix;
    let lexical: LexicalIndex;
    try {
      const table = await readBinaryFile(path.join(buildDir, PASSAGES_FILE), ['u32', 'u8'], manifest.checksums.passages);
      passages = PassageTable.fromFiles({ header: table.header, columns: table.arrays[0], texts: table.arrays[1] }, manifest.articles);
      const stored = await readBinaryFile(path.join(buildDir, VECTORS_FILE), ['f32'], manifest.checksums.vectors);
      vectors = VectorMatrix.fromValues(vectorsHeaderSchema.parse(stored.header).dimensions, stored.arrays[0]);
      const postings = await readBinaryFile(path.join(buildDir, LEXICAL_FILE), ['u32', 'u16'], manifest.checksums.lexical);
      lexical = fromLexicalFile({ header: postings.header, rows: postings.arrays[0], counts: postings.arrays[1] });
    } catch (error) {
      throw fail('the passage files are missing or corrupt', error);
    }
    if (vectors.dimensions !== manifest.dimensions) {
      throw fail(`its vectors are not of the manifest's size`, new Error(`${vectors.dimensions} dimensions, not ${manifest.dimensions}`));
    }
    const rows = [passages.size, vectors.rows, lexical.size];
    if (rows.some((count) => count !== manifest.passages)) {
      throw fail('its files disagree with its manifest on the number of passages', new Error(`${rows.join(', ')} rows for ${manifest.passages} passages`));
    }
    return new PassageIndex(buildDir, manifest, vectors, lexical, passages);
  }
}

/** Opens the live index of INDEX_DIR. */
export async function openLiveIndex(indexDir: string): Promise<PassageIndex> {
  const buildDir = await liveBuildDir(indexDir);
  if (!buildDir) {
    throw new IndexUnavailableError(`There is no index in ${indexDir} yet.`, 'Build it with `npm run reindex`.');
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
