import { mkdtemp, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { env, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOfflineModel, ensureOfflineModel, OFFLINE_MODEL_ID, type OfflineModelInfo } from '../src/embedding/offline-model/build.js';
import { commonComponents, removeComponents } from '../src/embedding/offline-model/common-component.js';
import type { EmbeddingTable } from '../src/embedding/offline-model/onnx-graph.js';
import { sifWeights, zipfProbabilities } from '../src/embedding/offline-model/sif-weights.js';
import { selectVocabulary } from '../src/embedding/offline-model/tokenizer-files.js';

const UNK_ID = 1;
const MODEL_FOLDER = path.basename(OFFLINE_MODEL_ID);

describe('SIF weights', () => {
  it('estimates word probabilities from frequency rank with a Zipf law that sums to one', () => {
    const probabilities = zipfProbabilities([1, 2, 3], 0);
    const harmonic = 1 + 1 / 2 + 1 / 3;
    expect([...probabilities]).toEqual([1 / harmonic, 1 / 2 / harmonic, 1 / 3 / harmonic].map((p) => expect.closeTo(p, 12)));
  });

  it('weights each word a / (a + p(w))', () => {
    const [p1, p2] = zipfProbabilities([1, 3], 1);
    const weights = sifWeights([1, 3], { a: 0.01, zipfOffset: 1 });
    expect([...weights]).toEqual([0.01 / (0.01 + p1!), 0.01 / (0.01 + p2!)]);
  });

  it('damps the most frequent words and leaves rare words almost unweighted', () => {
    const ranks = Array.from({ length: 100_000 }, (_, i) => i + 1);
    const weights = sifWeights(ranks);
    expect(weights[0]).toBeLessThan(0.1);
    expect(weights[99_999]).toBeGreaterThan(0.99);
  });

  it('never weights a more frequent word above a rarer one', () => {
    const weights = sifWeights(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(weights.every((weight, i) => i === 0 || weight >= weights[i - 1]!)).toBe(true);
  });

  it('rejects ranks that are not positive integers', () => {
    expect(() => sifWeights([0])).toThrow(RangeError);
    expect(() => sifWeights([1.5])).toThrow(RangeError);
  });
});

describe('common component removal', () => {
  const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((sum, x, i) => sum + x * b[i]!, 0);
  const rowsOf = (table: EmbeddingTable) =>
    Array.from({ length: table.rows }, (_, r) => Array.from(table.values.subarray(r * table.dimensions, (r + 1) * table.dimensions)));
  const tableOf = (rows: number[][]): EmbeddingTable => ({ values: Float32Array.from(rows.flat()), rows: rows.length, dimensions: rows[0]!.length });

  // Every row shares a large component along `shared`, plus small parts orthogonal to it.
  const shared = [2 / 3, 1 / 3, 2 / 3];
  const side = [
    [1 / 3, 2 / 3, -2 / 3],
    [2 / 3, -2 / 3, -1 / 3],
  ];
  const mix = (s: number, a: number, b: number) => shared.map((x, d) => s * x + a * side[0]![d]! + b * side[1]![d]!);
  // Rows come in pairs with opposite side parts, so `shared` is exactly the top eigenvector.
  const table = tableOf([[0, 0, 0], mix(5, 0.5, -0.2), mix(5, -0.5, 0.2), mix(-4, 0.3, 0.6), mix(-4, -0.3, -0.6)]);
  const weights = [0, 0.3, 0.3, 0.2, 0.2];

  it('finds the dominant direction of the weighted rows as a unit vector', () => {
    const [u] = commonComponents(table, weights, 1);
    expect(Math.abs(dot(u!, shared))).toBeCloseTo(1, 6);
    expect(dot(u!, u!)).toBeCloseTo(1, 12);
  });

  it('leaves every row orthogonal to the component and otherwise unchanged', () => {
    const [u] = commonComponents(table, weights, 1);
    const before = rowsOf(table);
    const after = rowsOf(removeComponents(table, [u!]));
    after.forEach((row, r) => {
      expect(dot(row, u!)).toBeCloseTo(0, 5);
      // row − (row·u)u: what was orthogonal to u stays, so the special zero row stays zero.
      const expected = before[r]!.map((x, d) => x - dot(before[r]!, u!) * u![d]!);
      expect(row).toEqual(expected.map((x) => expect.closeTo(x, 5)));
    });
    expect(after[0]).toEqual([0, 0, 0]);
  });

  it('weights rows, so a heavy frequent row outweighs a larger rare one', () => {
    const [u] = commonComponents(tableOf([[10, 0, 0], [0, 1, 0], [0, 0, 1]]), [0.0001, 0.6, 0.3999], 1);
    expect(Math.abs(u![1]!)).toBeCloseTo(1, 6);
  });

  it('returns further components orthonormal to the first, strongest first', () => {
    const rows = [[3, 0, 0], [0, 2, 0], [0, 0, 1], [1, 1, 1]];
    const components = commonComponents(tableOf(rows), [1, 1, 1, 1], 3);
    components.forEach((u, i) => components.forEach((v, j) => expect(dot(u, v)).toBeCloseTo(i === j ? 1 : 0, 6)));
    const variance = (u: Float64Array) => rows.reduce((sum, row) => sum + dot(row, u) ** 2, 0);
    expect(variance(components[0]!)).toBeGreaterThan(variance(components[1]!));
    expect(variance(components[1]!)).toBeGreaterThan(variance(components[2]!));
  });

  it('rejects a weight count that does not match the rows', () => {
    expect(() => commonComponents(table, [1, 1], 1)).toThrow(RangeError);
  });
});

describe('vocabulary selection', () => {
  it('keeps the most frequent words that survive normalisation and BERT splitting whole', () => {
    const words = ['the', 'well-known', ',', 'café', 'news', 'war'];
    expect(selectVocabulary(words, 3)).toEqual([
      { word: 'the', rank: 1 },
      { word: ',', rank: 3 },
      { word: 'news', rank: 5 },
    ]);
  });
});

describe('built offline model', () => {
  let modelsDir: string;
  let built: OfflineModelInfo;
  let extractor: FeatureExtractionPipeline;

  beforeAll(async () => {
    modelsDir = await mkdtemp(path.join(tmpdir(), 'offline-model-'));
    built = await buildOfflineModel(modelsDir);
    env.localModelPath = modelsDir;
    env.allowRemoteModels = false;
    extractor = await pipeline('feature-extraction', OFFLINE_MODEL_ID, { dtype: 'fp32' });
  }, 60_000);

  afterAll(async () => {
    await extractor?.dispose();
    if (modelsDir) await rm(modelsDir, { recursive: true, force: true });
  });

  async function embed(texts: string[], normalize = true): Promise<number[][]> {
    const output = await extractor(texts, { pooling: 'mean', normalize });
    return output.tolist() as number[][];
  }

  function ids(text: string): number[] {
    return (extractor.tokenizer(text).input_ids.tolist() as bigint[][])[0]!.map(Number);
  }

  function cosine(a: number[], b: number[]): number {
    return a.reduce((sum, x, i) => sum + x * b[i]!, 0);
  }

  it('writes the model folder under the model id with every file Transformers.js loads', async () => {
    expect(built).toEqual({ dir: path.join(modelsDir, OFFLINE_MODEL_ID), vocabSize: 100_002, dimensions: 100 });
    const files = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx', 'build.json'];
    for (const file of files) expect((await stat(path.join(built.dir, file))).size).toBeGreaterThan(0);
    expect(await readdir(path.dirname(built.dir))).toEqual([MODEL_FOLDER]);
  });

  it('writes a Hugging Face WordLevel tokenizer whose unknown token is [UNK]', async () => {
    const tokenizer = JSON.parse(await readFile(path.join(built.dir, 'tokenizer.json'), 'utf8'));
    expect(tokenizer.model.type).toBe('WordLevel');
    expect(tokenizer.model.unk_token).toBe('[UNK]');
    expect(tokenizer.model.vocab['[PAD]']).toBe(0);
    expect(tokenizer.model.vocab['[UNK]']).toBe(UNK_ID);
  });

  it('maps out-of-vocabulary words to [UNK]', () => {
    const [unknown, troops] = ids('zxqv troops');
    expect(unknown).toBe(UNK_ID);
    expect(troops).not.toBe(UNK_ID);
  });

  it('lowercases, strips accents and splits punctuation before looking words up', () => {
    expect(ids('Café, North-East')).toEqual(ids('cafe , north - east'));
    expect(ids('Café, North-East')).not.toContain(UNK_ID);
  });

  it('feeds the ONNX graph input_ids only', () => {
    const session = (extractor.model as unknown as { sessions: { model: { inputNames: string[] } } }).sessions.model;
    expect(session.inputNames).toEqual(['input_ids']);
  });

  it('embeds each text as a unit vector of 100 dimensions', async () => {
    const vectors = await embed(['North Korean troops sent to Russia', 'Kyiv']);
    expect(vectors.map((vector) => vector.length)).toEqual([100, 100]);
    for (const vector of vectors) expect(Math.hypot(...vector)).toBeCloseTo(1, 5);
  });

  it('places a paraphrase clearly closer than an unrelated sentence', async () => {
    const [query, paraphrase, unrelated] = await embed([
      'North Korean troops sent to Russia',
      'Pyongyang dispatched soldiers to Moscow',
      'how to cook kimchi at home',
    ]);
    expect(cosine(query!, paraphrase!)).toBeGreaterThan(cosine(query!, unrelated!) + 0.2);
  });

  it('removes the direction all texts share, so unrelated texts are not similar', async () => {
    const [question, passage] = await embed([
      'What is the capital of Australia?',
      'North Korea has sent 3,000 troops to Russia, South Korean intelligence said.',
    ]);
    // 0.75 while the common component was left in.
    expect(cosine(question!, passage!)).toBeLessThan(0.3);
  });

  it('gives a text of only unknown words a zero mean, which normalisation turns into NaN', async () => {
    const [raw] = await embed(['zxqv qwzx'], false);
    const [normalized] = await embed(['zxqv qwzx']);
    expect(raw!.every((x) => x === 0)).toBe(true);
    expect(normalized!.every(Number.isNaN)).toBe(true);
  });

  it('ignores unknown words when averaging', async () => {
    const [withUnknown, without] = await embed(['zxqv troops qwzx', 'troops']);
    expect(cosine(withUnknown!, without!)).toBeCloseTo(1, 5);
  });

  it('leaves a complete model folder alone', async () => {
    const before = (await stat(path.join(built.dir, 'onnx/model.onnx'))).mtimeMs;
    expect(await ensureOfflineModel(modelsDir)).toBe(built.dir);
    expect((await stat(path.join(built.dir, 'onnx/model.onnx'))).mtimeMs).toBe(before);
  });

  it('rebuilds a model folder that lost a file', async () => {
    await unlink(path.join(built.dir, 'tokenizer_config.json'));
    expect(await ensureOfflineModel(modelsDir)).toBe(built.dir);
    expect((await stat(path.join(built.dir, 'tokenizer_config.json'))).size).toBeGreaterThan(0);
    expect(await readdir(path.dirname(built.dir))).toEqual([MODEL_FOLDER]);
  }, 60_000);

  it('rebuilds a model folder written by an older build format', async () => {
    const marker = path.join(built.dir, 'build.json');
    const current = JSON.parse(await readFile(marker, 'utf8'));
    await writeFile(marker, JSON.stringify({ ...current, formatVersion: current.formatVersion - 1 }));
    expect(await ensureOfflineModel(modelsDir)).toBe(built.dir);
    expect(JSON.parse(await readFile(marker, 'utf8'))).toEqual(current);
  }, 60_000);
});
