import { describe, expect, it } from 'vitest';
import { DotProductKernel } from '../src/retrieval/dot-product-kernel.js';
import { VectorMatrix } from '../src/retrieval/vector-matrix.js';

// Deterministic pseudo-random rows, so that a failure can be replayed.
function rows(count: number, dimensions: number): number[][] {
  let state = 7;
  const next = () => ((state = (state * 48271) % 2147483647) / 2147483647) * 2 - 1;
  return Array.from({ length: count }, () => Array.from({ length: dimensions }, next));
}

function cosine(a: number[], b: number[]): number {
  const dot = a.reduce((sum, x, i) => sum + x * b[i]!, 0);
  return dot / (Math.hypot(...a) * Math.hypot(...b));
}

function matrixOf(vectors: number[][]): VectorMatrix {
  const matrix = VectorMatrix.empty(vectors[0]!.length, vectors.length);
  vectors.forEach((vector, row) => matrix.set(row, vector));
  return matrix;
}

describe('the vector matrix', () => {
  it.each([100, 7])('ranks every row of %i dimensions by its cosine with the query, best first', (dimensions) => {
    const vectors = rows(300, dimensions);
    const query = rows(1, dimensions + 1)[0]!.slice(1);
    const expected = vectors.map((vector, row) => ({ row, score: cosine(vector, query) })).sort((a, b) => b.score - a.score);
    const found = matrixOf(vectors).nearest(query, 10);
    expect(found.map((r) => r.row)).toEqual(expected.slice(0, 10).map((r) => r.row));
    found.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i]!.score, 5));
  });

  it('finds nothing for a zero query or a limit of zero', () => {
    const matrix = matrixOf(rows(5, 7));
    expect(matrix.nearest([0, 0, 0, 0, 0, 0, 0], 3)).toEqual([]);
    expect(matrix.nearest([1, 0, 0, 0, 0, 0, 0], 0)).toEqual([]);
  });

  it('gives back its unit rows without padding, and takes them back', () => {
    const matrix = matrixOf([
      [3, 4, 0, 0, 0],
      [0, 0, 0, 0, 2],
    ]);
    expect(Array.from(matrix.storedValues)).toEqual([0.6, 0.8, 0, 0, 0, 0, 0, 0, 0, 1].map(Math.fround));
    const back = VectorMatrix.fromValues(5, matrix.storedValues);
    expect(back.rows).toBe(2);
    expect(back.row(1)).toEqual([0, 0, 0, 0, 1]);
    expect(back.nearest([0, 0, 0, 0, 5], 1)).toEqual([{ row: 1, score: 1 }]);
  });

  it('points its centroid along the sum of its rows', () => {
    const centroid = matrixOf([
      [1, 0, 0],
      [0, 1, 0],
    ]).centroid();
    expect(Array.from(centroid).map((x) => x.toFixed(4))).toEqual(['0.7071', '0.7071', '0.0000']);
  });
});

describe('the dot-product kernel', () => {
  it('writes each row’s dot product with the query into its score', () => {
    const kernel = new DotProductKernel(3, 4);
    kernel.values.set([1, 2, 3, 4, 0, 0, 0, 0, -1, 1, -1, 1]);
    kernel.query.set([1, 1, 1, 1]);
    kernel.score();
    expect(Array.from(kernel.scores)).toEqual([10, 0, 0]);
  });

  it('refuses rows that are not a whole number of four-lane groups', () => {
    expect(() => new DotProductKernel(2, 6)).toThrow(/not a whole number of SIMD lanes/);
  });
});
