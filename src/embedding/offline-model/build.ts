/**
 * Builds the offline static-embedding model folder that Transformers.js loads with
 * `pipeline('feature-extraction', OFFLINE_MODEL_ID)` once `env.localModelPath` points
 * at `modelsDir`:
 *
 *   <modelsDir>/conflict-desk/glove-6b-100d-sif-v2/
 *     config.json  tokenizer.json  tokenizer_config.json  onnx/model.onnx  build.json
 *
 * The logic lives in pure modules; this file only reads the vectors and writes files.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { commonComponents, removeComponents } from './common-component.js';
import { buildEmbeddingTable } from './embedding-table.js';
import { loadGloveVectors } from './glove-source.js';
import { bertConfigJson } from './model-config.js';
import { encodeGatherModel, type EmbeddingTable } from './onnx-graph.js';
import { sifWeights, zipfProbabilities } from './sif-weights.js';
import { SPECIAL_TOKENS, selectVocabulary, tokenizerConfigJson, tokenizerJson } from './tokenizer-files.js';

// -v2: common component removed. A new id, because indexes record the model they were built with.
export const OFFLINE_MODEL_ID = 'conflict-desk/glove-6b-100d-sif-v2';

/** GloVe words kept by default (special tokens come on top). */
const DEFAULT_WORD_COUNT = 100_000;

/** Principal components removed from the table (SIF's second step); see common-component.ts. */
const COMMON_COMPONENT_COUNT = 1;

const MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx'] as const;
/** Written last, so its presence means the other files are complete. */
const MARKER_FILE = 'build.json';
/** Bump when the folder's contents change meaning, so ensureOfflineModel rebuilds old folders. */
const FORMAT_VERSION = 2;

export interface OfflineModelInfo {
  /** The model folder. */
  readonly dir: string;
  /** Token count, i.e. rows of the embedding table: special tokens plus GloVe words. */
  readonly vocabSize: number;
  readonly dimensions: number;
}

export interface BuildOptions {
  /** How many of the most frequent GloVe words to keep; default 100 000. */
  readonly vocabSize?: number;
}

/** (Re)builds the model folder under `modelsDir`, replacing any existing one. */
export async function buildOfflineModel(modelsDir: string, options: BuildOptions = {}): Promise<OfflineModelInfo> {
  const dir = modelDir(modelsDir);
  const glove = await loadGloveVectors();
  const vocabulary = selectVocabulary(glove.words, options.vocabSize ?? DEFAULT_WORD_COUNT);
  const words = vocabulary.map((entry) => entry.word);
  const ranks = vocabulary.map((entry) => entry.rank);
  const weighted = buildEmbeddingTable(SPECIAL_TOKENS.length, words, sifWeights(ranks), glove.vectorOf, glove.dimensions);
  const table = withoutCommonComponents(weighted, zipfProbabilities(ranks));
  const onnx = encodeGatherModel(table);
  const info = { vocabSize: table.rows, dimensions: table.dimensions };

  // Same parent as the final folder, so the rename cannot cross filesystems.
  const temp = `${dir}.tmp-${randomUUID()}`;
  try {
    await mkdir(path.join(temp, 'onnx'), { recursive: true });
    await writeJson(path.join(temp, 'config.json'), bertConfigJson(table.rows, table.dimensions));
    await writeJson(path.join(temp, 'tokenizer.json'), tokenizerJson(words));
    await writeJson(path.join(temp, 'tokenizer_config.json'), tokenizerConfigJson());
    await writeFile(path.join(temp, 'onnx', 'model.onnx'), Buffer.concat(onnx.chunks, onnx.length));
    await writeJson(path.join(temp, MARKER_FILE), { formatVersion: FORMAT_VERSION, ...info });
    await replaceDir(temp, dir);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return { dir, ...info };
}

/** Returns the model folder, building it first if it is missing, incomplete or outdated. */
export async function ensureOfflineModel(modelsDir: string): Promise<string> {
  const dir = modelDir(modelsDir);
  if (!(await isComplete(dir))) await buildOfflineModel(modelsDir);
  return dir;
}

// Rows weighted by how often running text would draw them; the special rows are zero
// and weigh nothing.
function withoutCommonComponents(table: EmbeddingTable, wordProbabilities: Float64Array): EmbeddingTable {
  const rowWeights = new Float64Array(table.rows);
  rowWeights.set(wordProbabilities, SPECIAL_TOKENS.length);
  return removeComponents(table, commonComponents(table, rowWeights, COMMON_COMPONENT_COUNT));
}

function modelDir(modelsDir: string): string {
  return path.join(path.resolve(modelsDir), ...OFFLINE_MODEL_ID.split('/'));
}

async function writeJson(file: string, value: object): Promise<void> {
  await writeFile(file, `${JSON.stringify(value)}\n`);
}

// rename() cannot replace a non-empty folder, so an old one is moved aside first: a
// reader may briefly find no folder, but never a half-written one.
async function replaceDir(source: string, target: string): Promise<void> {
  const old = `${target}.old-${randomUUID()}`;
  try {
    await rename(target, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await rename(source, target);
  await rm(old, { recursive: true, force: true });
}

async function isComplete(dir: string): Promise<boolean> {
  try {
    const marker: unknown = JSON.parse(await readFile(path.join(dir, MARKER_FILE), 'utf8'));
    if ((marker as { formatVersion?: unknown }).formatVersion !== FORMAT_VERSION) return false;
    const sizes = await Promise.all(MODEL_FILES.map(async (file) => (await stat(path.join(dir, file))).size));
    return sizes.every((size) => size > 0);
  } catch {
    return false;
  }
}
