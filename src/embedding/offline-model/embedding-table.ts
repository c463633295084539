/**
 * The embedding table behind the Gather: zero rows for the special tokens, then each
 * vocabulary word's vector scaled by its SIF weight. Folding the weight into the row
 * makes the pipeline's plain mean pooling compute a SIF-weighted average, and zero
 * rows for [PAD]/[UNK] keep unknown words from moving the pooled direction.
 */
import type { EmbeddingTable } from './onnx-graph.js';

/** Looks a word's vector up; the first `dimensions` values are used. */
export type VectorLookup = (word: string) => ArrayLike<number> | undefined;

export function buildEmbeddingTable(
  specialTokenCount: number,
  words: readonly string[],
  weights: ArrayLike<number>,
  vectorOf: VectorLookup,
  dimensions: number,
): EmbeddingTable {
  if (weights.length !== words.length) throw new RangeError(`${weights.length} weights for ${words.length} words`);
  const rows = specialTokenCount + words.length;
  const values = new Float32Array(rows * dimensions); // zero-filled: special rows stay zero
  words.forEach((word, i) => {
    const vector = vectorOf(word);
    if (!(vector && vector.length >= dimensions)) throw new Error(`no ${dimensions}-d vector for "${word}"`);
    const weight = weights[i]!;
    const offset = (specialTokenCount + i) * dimensions;
    for (let d = 0; d < dimensions; d++) {
      const component = vector[d]!;
      if (!Number.isFinite(component)) throw new Error(`vector of "${word}" has a non-finite component`);
      values[offset + d] = component * weight;
    }
  });
  return { values, rows, dimensions };
}
