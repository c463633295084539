/**
 * Common-component removal, the second step of SIF (Arora et al., 2017).
 *
 * Averaged word vectors share a large common direction (frequency and syntax rather
 * than topic), so every pooled text resembles every other. SIF removes each text's
 * projection on the corpus' first principal component. Mean pooling is linear, so
 * removing it from every row before pooling equals removing it after pooling, and the
 * step folds into the table: E' = E − (E u) uᵀ.
 *
 * There is no sentence corpus at build time, so u is estimated from the table itself:
 * the top eigenvectors of Σ_w p(w) e_w e_wᵀ over the (already SIF-weighted) rows, i.e.
 * the directions that dominate the rows as running text would draw them.
 */
import type { EmbeddingTable } from './onnx-graph.js';

export interface ComponentOptions {
  /** Power-iteration cap per component. */
  readonly maxIterations?: number;
  /** Stop once 1 − |cos(v, previous v)| falls below this. */
  readonly tolerance?: number;
}

/**
 * The `count` strongest principal directions of the rows weighted by `rowWeights`
 * (one per row, e.g. unigram probabilities), as orthonormal unit vectors, strongest first.
 * Uncentred on purpose: the shared mean is exactly the common part to remove.
 */
export function commonComponents(
  table: EmbeddingTable,
  rowWeights: ArrayLike<number>,
  count: number,
  options: ComponentOptions = {},
): Float64Array[] {
  if (rowWeights.length !== table.rows) throw new RangeError(`${rowWeights.length} weights for ${table.rows} rows`);
  if (!Number.isInteger(count) || count < 0 || count > table.dimensions) {
    throw new RangeError(`component count must be an integer in 0..${table.dimensions}, got ${count}`);
  }
  const moment = weightedSecondMoment(table, rowWeights);
  const found: Float64Array[] = [];
  while (found.length < count) found.push(topEigenvector(moment, table.dimensions, found, options));
  return found;
}

/** A copy of `table` with every row's projection on each orthonormal `direction` removed. */
export function removeComponents(table: EmbeddingTable, directions: readonly Float64Array[]): EmbeddingTable {
  const { rows, dimensions } = table;
  const values = new Float32Array(table.values.length);
  for (let r = 0; r < rows; r++) {
    const span = [r * dimensions, (r + 1) * dimensions] as const;
    // Worked in float64 and rounded to float32 once, so rounding is not compounded per direction.
    values.set(orthogonalTo(Float64Array.from(table.values.subarray(...span)), directions), span[0]);
  }
  return { values, rows, dimensions };
}

/** Σ_r w_r e_r e_rᵀ as a row-major symmetric [dimensions, dimensions] matrix. */
function weightedSecondMoment(table: EmbeddingTable, rowWeights: ArrayLike<number>): Float64Array {
  const { values, rows, dimensions } = table;
  const moment = new Float64Array(dimensions * dimensions);
  const row = new Float64Array(dimensions);
  for (let r = 0; r < rows; r++) {
    const weight = rowWeights[r]!;
    if (!(weight >= 0)) throw new RangeError(`row weight must be non-negative, got ${weight}`);
    if (weight === 0) continue;
    row.set(values.subarray(r * dimensions, (r + 1) * dimensions));
    // Upper triangle only; mirrored below.
    for (let i = 0; i < dimensions; i++) {
      const scaled = weight * row[i]!;
      const base = i * dimensions;
      for (let j = i; j < dimensions; j++) moment[base + j] = moment[base + j]! + scaled * row[j]!;
    }
  }
  for (let i = 0; i < dimensions; i++) for (let j = 0; j < i; j++) moment[i * dimensions + j] = moment[j * dimensions + i]!;
  return moment;
}

// Power iteration, kept orthogonal to the components already found (deflation), so the
// k-th call converges to the k-th eigenvector of the symmetric positive semi-definite matrix.
function topEigenvector(
  matrix: Float64Array,
  dimensions: number,
  previous: readonly Float64Array[],
  { maxIterations = 10_000, tolerance = 1e-12 }: ComponentOptions,
): Float64Array {
  // A fixed, irregular start: deterministic builds, and not orthogonal to any simple direction.
  let vector: Float64Array = Float64Array.from({ length: dimensions }, (_, d) => 1 + Math.sin(d + 1) / 2);
  vector = unit(orthogonalTo(vector, previous));
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const next = unit(orthogonalTo(multiply(matrix, vector, dimensions), previous));
    const converged = 1 - Math.abs(dot(next, vector)) < tolerance;
    vector = next;
    if (converged) break;
  }
  // Unconverged after the cap only when the top eigenvalues nearly tie; any direction in
  // their span is then a nearly as strong common component.
  return vector;
}

function multiply(matrix: Float64Array, vector: Float64Array, dimensions: number): Float64Array {
  const result = new Float64Array(dimensions);
  for (let i = 0; i < dimensions; i++) {
    let sum = 0;
    for (let j = 0; j < dimensions; j++) sum += matrix[i * dimensions + j]! * vector[j]!;
    result[i] = sum;
  }
  return result;
}

function orthogonalTo(vector: Float64Array, directions: readonly Float64Array[]): Float64Array {
  const result = Float64Array.from(vector);
  for (const u of directions) {
    const projection = dot(result, u);
    for (let d = 0; d < result.length; d++) result[d] = result[d]! - projection * u[d]!;
  }
  return result;
}

// A zero vector means no variance is left outside the components already found, so
// the table has fewer independent directions than components were asked for.
function unit(vector: Float64Array): Float64Array {
  const norm = Math.sqrt(dot(vector, vector));
  if (!(norm > 0)) throw new RangeError('no variance left to find a component in');
  return vector.map((x) => x / norm);
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
