import { DotProductKernel } from './dot-product-kernel.js';

/** A scored row of the matrix. */
export interface RowScore {
  row: number;
  score: number;
}

/**
 * All passage vectors in one Float32Array, rows scaled to unit length so that a dot product is the cosine. The rows
 * live in the memory of a WebAssembly kernel that scores them all against a question four lanes at a time, each row
 * padded with zeros to a multiple of 4 dimensions.
 */
export class VectorMatrix {
  private mean: Float32Array | null = null;
  private readonly kernel: DotProductKernel;

  private constructor(
    readonly dimensions: number,
    readonly rows: number,
  ) {
    this.kernel = new DotProductKernel(rows, Math.ceil(dimensions / 4) * 4);
  }

  static empty(dimensions: number, rows: number): VectorMatrix {
    return new VectorMatrix(dimensions, rows);
  }

  /** A matrix over stored rows (see `storedValues`), which must already be of unit length. */
  static fromValues(dimensions: number, values: Float32Array): VectorMatrix {
    if (values.length % dimensions !== 0) throw new Error(`${values.length} values do not make rows of ${dimensions}`);
    const matrix = new VectorMatrix(dimensions, values.length / dimensions);
    for (let row = 0; row < matrix.rows; row++) matrix.rowView(row).set(values.subarray(row * dimensions, (row + 1) * dimensions));
    return matrix;
  }

  /** The unit rows, row after row, without padding: what fromValues takes back. */
  get storedValues(): Float32Array {
    const values = new Float32Array(this.rows * this.dimensions);
    for (let row = 0; row < this.rows; row++) values.set(this.rowView(row), row * this.dimensions);
    return values;
  }

  set(row: number, vector: number[]): void {
    const norm = Math.hypot(...vector) || 1;
    this.rowView(row).set(vector.map((x) => x / norm));
  }

  row(row: number): number[] {
    return Array.from(this.rowView(row));
  }

  /**
   * The direction of the whole collection (the normalised sum of its rows): how close a question comes to it says
   * how far it is about what the collection is about. Computed once, on first use.
   */
  centroid(): Float32Array {
    if (!this.mean) {
      const sum = new Float64Array(this.dimensions);
      for (let row = 0; row < this.rows; row++) this.rowView(row).forEach((x, i) => (sum[i]! += x));
      const norm = Math.hypot(...sum) || 1;
      this.mean = Float32Array.from(sum, (x) => x / norm);
    }
    return this.mean;
  }

  /** The `limit` rows most similar to `query` by cosine, best first; none for a zero query. */
  nearest(query: number[], limit: number): RowScore[] {
    const norm = Math.hypot(...query);
    if (norm === 0 || limit <= 0) return [];
    const { kernel } = this;
    kernel.query.set(query.map((x) => x / norm));
    kernel.score();
    const best = new TopScores(limit);
    const { scores } = kernel;
    for (let row = 0; row < this.rows; row++) best.offer(row, scores[row]!);
    return best.sorted();
  }

  /** The row's dimensions, without its padding, in the kernel's memory. */
  private rowView(row: number): Float32Array {
    const { stride, values } = this.kernel;
    return values.subarray(row * stride, row * stride + this.dimensions);
  }
}

/** Keeps the `limit` highest scores seen, in order; cheap when most offers fall below the lowest kept. */
export class TopScores {
  private readonly kept: RowScore[] = [];

  constructor(private readonly limit: number) {}

  offer(row: number, score: number): void {
    const { kept } = this;
    if (kept.length === this.limit && score <= kept[kept.length - 1]!.score) return;
    let at = kept.length;
    while (at > 0 && kept[at - 1]!.score < score) at--;
    kept.splice(at, 0, { row, score });
    if (kept.length > this.limit) kept.pop();
  }

  sorted(): RowScore[] {
    return this.kept;
  }
}
